# shellcheck shell=bash
# Separate hosts on one machine, for network/consortium-test.sh (sourced, not run; needs root).
#
# Each organisation's host is a Linux network namespace `civic-<ORG>` with its own address
# 10.203.0.INDEX/16 on a veth cable to a bridge in the hub namespace `civic-hub`. The hub runs Toxiproxy
# (pinned by install-toxiproxy.sh), which listens on the host's PROXY address 10.203.1.INDEX (an address of
# the hub) and forwards to the host's own address. Every host's /etc/hosts (ip netns exec mounts
# /etc/netns/civic-<X>/hosts there) maps its own names to its own address and every other host's names to
# that host's proxy address, so all traffic between hosts crosses Toxiproxy, where latency is added (this
# kernel has no netem). The bridge ports are isolated: a host cannot reach another host's own address
# directly, only its proxy address. Addresses 10.203.0.0/16 exist only inside these namespaces; the root
# namespace's interfaces, routes and firewall are never touched.
#
#   CONSORTIUM_ROOT (default /tmp/civic-consortium)
#     hosts/<ORG>/   the organisation's folder (its ORG_HOME lives here); host_exec shows a host only its own
#     exchange/      files the operators pass to each other (public material only)
#     .net/          this library's state: org index, names, exposed ports, latency, Toxiproxy's log
#
# Typical use (the test's EXIT trap calls hosts_destroy):
#   source network/consortium/hosts.sh
#   trap hosts_destroy EXIT
#   hosts_init
#   host_add bank 2; host_names bank peer0.bank.civic.test orderer0.bank.civic.test; host_expose bank 7050 7051
#   host_exec bank network/org.sh --home "$CONSORTIUM_ROOT/hosts/bank" start
#   latency_set 20
# Functions print errors on stderr as "hosts: ..." and return non-zero.

CONSORTIUM_ROOT="${CONSORTIUM_ROOT:-/tmp/civic-consortium}"
[[ "$CONSORTIUM_ROOT" == /* ]] || CONSORTIUM_ROOT="$PWD/$CONSORTIUM_ROOT"   # host_exec mounts need it absolute
HOSTS_LIB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
HOSTS_HUB=civic-hub
HOSTS_BRIDGE=br0                  # in the hub
# The bridge's own (locally administered) MAC address, set once: a Linux bridge otherwise takes the lowest
# MAC of its ports, so a host added later could change it, and every host's ARP entry for the hub's
# addresses (the proxies) would point at a MAC that no longer answers: all traffic between hosts stalls
# until those entries expire (seen: the Raft orderers lost their leader when Bank2's host was added).
HOSTS_BRIDGE_MAC=02:cb:00:00:00:fe
HOSTS_HUB_IP=10.203.255.254       # the hub's own address on the bridge (Toxiproxy's source address upstream)
HOSTS_PREFIX=10.203               # /16: hosts at 10.203.0.INDEX, their proxy addresses at 10.203.1.INDEX
HOSTS_API=http://127.0.0.1:8474   # Toxiproxy's HTTP API, on the hub's loopback only

_hosts_fail() { printf 'hosts: %s\n' "$*" >&2; return 1; }
_hosts_state() { echo "$CONSORTIUM_ROOT/.net"; }
_hosts_ns() { echo "civic-$1"; }
_hosts_veth() { echo "h-$1"; }    # the hub's end of ORG's cable (the host's end is eth0)
_hosts_ns_exists() { [[ -e "/run/netns/$1" ]]; }
_hosts_orgs() { local f; for f in "$(_hosts_state)"/orgs/*; do [[ -f "$f" ]] && basename "$f"; done; return 0; }
_hosts_index() {
  local f; f="$(_hosts_state)/orgs/$1"
  [[ -f "$f" ]] || _hosts_fail "no host $1 (host_add $1 INDEX first)" || return 1
  cat "$f"
}
# A process that has not exited (a zombie has: it only waits for its parent to collect it).
_hosts_alive() { [[ -r "/proc/$1/status" ]] && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null; }
_hosts_is_down() { [[ -f "$(_hosts_state)/down/$1" ]]; }

# The tools this library and the organisations' commands (network/org.sh) run. iproute2 (ip), curl, jq and
# openssl are installed with apt-get when missing (CI runs as root on Debian/Ubuntu); mount/umount
# (util-linux) are part of every Debian/Ubuntu base system.
_hosts_require_tools() {
  local missing=() t
  [[ "$(id -u)" == 0 ]] || _hosts_fail "separate hosts need root (ip netns, mount)" || return 1
  command -v ip >/dev/null || missing+=(iproute2)
  command -v curl >/dev/null || missing+=(curl)
  command -v jq >/dev/null || missing+=(jq)
  command -v openssl >/dev/null || missing+=(openssl)
  if ((${#missing[@]})); then
    command -v apt-get >/dev/null || _hosts_fail "missing ${missing[*]} and no apt-get to install them" || return 1
    printf 'hosts: installing %s with apt-get\n' "${missing[*]}" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 \
      && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2 \
      || _hosts_fail "apt-get install ${missing[*]} failed" || return 1
  fi
  for t in ip curl jq openssl mount umount setsid; do
    command -v "$t" >/dev/null || _hosts_fail "$t not found" || return 1
  done
}

_hosts_check_org() {
  [[ "$1" =~ ^[a-z][a-z0-9]{0,12}$ && "$1" != hub ]] \
    || _hosts_fail "organisation key '$1': lowercase letters and digits, at most 13, starting with a letter, not 'hub'"
}

# _hosts_api METHOD PATH [JSON]: calls Toxiproxy's API in the hub and prints the HTTP status. Fails, showing
# Toxiproxy's answer, when there is none or the status is neither 2xx, 404 (absent) nor 409 (already there).
_hosts_api() {
  local args=(-sS --max-time 10 -X "$1" -w '\n%{http_code}') out code
  [[ -n "${3:-}" ]] && args+=(-H 'Content-Type: application/json' --data "$3")
  out="$(ip netns exec "$HOSTS_HUB" curl "${args[@]}" "$HOSTS_API$2")" \
    || _hosts_fail "Toxiproxy API $1 $2: no answer" || return 1
  code="${out##*$'\n'}"
  if [[ ! "$code" =~ ^(2..|404|409)$ ]]; then
    printf '%s\n' "${out%$'\n'*}" >&2
    _hosts_fail "Toxiproxy API $1 $2: HTTP $code"; return 1
  fi
  echo "$code"
}
# _hosts_api_ok METHOD PATH [JSON]: the same, but only a 2xx status counts as success.
_hosts_api_ok() {
  local code
  code="$(_hosts_api "$@")" || return 1
  [[ "$code" == 2* ]] || _hosts_fail "Toxiproxy API $1 $2: HTTP $code"
}
_hosts_toxiproxy_up() {
  ip netns exec "$HOSTS_HUB" curl -sf --max-time 2 -o /dev/null "$HOSTS_API/version" 2>/dev/null
}

# hosts_init: creates the hub namespace civic-hub (lo up, bridge br0 with the hub's address
# 10.203.255.254/16) and starts the pinned Toxiproxy server in it, its API on the hub's 127.0.0.1:8474 (log:
# $CONSORTIUM_ROOT/.net/toxiproxy.log); makes $CONSORTIUM_ROOT/hosts and exchange. Idempotent: what exists is
# kept; a Toxiproxy that died is restarted and given back the proxies and latency recorded in .net/.
hosts_init() {
  _hosts_require_tools || return 1
  local state bin i
  state="$(_hosts_state)"
  bin="$("$HOSTS_LIB_DIR/install-toxiproxy.sh")" || _hosts_fail "Toxiproxy could not be installed" || return 1
  mkdir -p "$CONSORTIUM_ROOT/hosts" "$CONSORTIUM_ROOT/exchange" "$state"/{orgs,names,ports,down,mnt} || return 1
  chmod 755 "$CONSORTIUM_ROOT/hosts"
  if _hosts_ns_exists "$HOSTS_HUB" && [[ ! -f "$state/hub" ]]; then
    _hosts_fail "$HOSTS_HUB exists but was not made for CONSORTIUM_ROOT=$CONSORTIUM_ROOT (a previous run's?): hosts_destroy removes it"
    return 1
  fi
  if ! _hosts_ns_exists "$HOSTS_HUB"; then
    ip netns add "$HOSTS_HUB" || _hosts_fail "ip netns add $HOSTS_HUB failed" || return 1
    touch "$state/hub"
    ip -n "$HOSTS_HUB" link set lo up \
      && ip -n "$HOSTS_HUB" link add "$HOSTS_BRIDGE" address "$HOSTS_BRIDGE_MAC" type bridge \
      && ip -n "$HOSTS_HUB" addr add "$HOSTS_HUB_IP/16" dev "$HOSTS_BRIDGE" \
      && ip -n "$HOSTS_HUB" link set "$HOSTS_BRIDGE" up \
      || _hosts_fail "could not set up the bridge in $HOSTS_HUB (kernel without bridge support?)" || return 1
  fi
  if ! _hosts_toxiproxy_up; then
    # Started from a subshell that exits at once, in a session of its own, with its own log: not a job of
    # the caller's shell (whose `wait` would wait for it), and free of its pipes and terminal signals.
    # hosts_destroy stops it with every other process of the civic-* namespaces.
    (setsid ip netns exec "$HOSTS_HUB" env LOG_LEVEL=warn "$bin/toxiproxy-server" -host 127.0.0.1 -port 8474 \
      </dev/null >>"$state/toxiproxy.log" 2>&1 &)
    for ((i = 0; i < 100; i++)); do _hosts_toxiproxy_up && break; sleep 0.1; done
    _hosts_toxiproxy_up || _hosts_fail "Toxiproxy did not start in $HOSTS_HUB (see $state/toxiproxy.log)" || return 1
    local org
    for org in $(_hosts_orgs); do
      [[ -s "$state/ports/$org" ]] || continue
      # shellcheck disable=SC2046
      host_expose "$org" $(cat "$state/ports/$org") || return 1
    done
  fi
}

# host_add ORG INDEX: creates host namespace civic-<ORG> (lo up) with a veth cable eth0 to the hub's bridge
# (hub end h-<ORG>, an isolated bridge port), the host's address 10.203.0.INDEX/16 and its proxy address
# 10.203.1.INDEX/16 on the hub; creates $CONSORTIUM_ROOT/hosts/<ORG> (mode 700) and (re)writes every host's
# hosts file. ORG: lowercase key (e.g. bank); INDEX: 1..250, one per host. Calling it again with the same
# INDEX changes nothing; another INDEX for an existing ORG, or an INDEX in use, is refused.
host_add() {
  local org="${1:-}" index="${2:-}" state ns veth other
  [[ $# -eq 2 ]] || _hosts_fail "usage: host_add ORG INDEX" || return 1
  _hosts_check_org "$org" || return 1
  [[ "$index" =~ ^[1-9][0-9]{0,2}$ ]] && ((index <= 250)) || _hosts_fail "host $org: INDEX '$index' must be 1..250" || return 1
  _hosts_ns_exists "$HOSTS_HUB" || _hosts_fail "no hub: call hosts_init first" || return 1
  state="$(_hosts_state)"; ns="$(_hosts_ns "$org")"; veth="$(_hosts_veth "$org")"
  if [[ -f "$state/orgs/$org" && "$(cat "$state/orgs/$org")" != "$index" ]]; then
    _hosts_fail "host $org already has index $(cat "$state/orgs/$org"), not $index"; return 1
  fi
  for other in $(_hosts_orgs); do
    if [[ "$other" != "$org" && "$(cat "$state/orgs/$other")" == "$index" ]]; then
      _hosts_fail "index $index is already host $other's"; return 1
    fi
  done
  if _hosts_ns_exists "$ns" && [[ ! -f "$state/orgs/$org" ]]; then
    _hosts_fail "$ns exists but was not made for CONSORTIUM_ROOT=$CONSORTIUM_ROOT (a previous run's?): hosts_destroy removes it"
    return 1
  fi
  if ! _hosts_ns_exists "$ns"; then
    ip netns add "$ns" || _hosts_fail "ip netns add $ns failed" || return 1
    ip -n "$ns" link set lo up \
      && ip -n "$HOSTS_HUB" link add "$veth" type veth peer name eth0 netns "$ns" \
      && ip -n "$HOSTS_HUB" link set "$veth" master "$HOSTS_BRIDGE" \
      && ip -n "$HOSTS_HUB" link set "$veth" type bridge_slave isolated on \
      && ip -n "$HOSTS_HUB" link set "$veth" up \
      && ip -n "$ns" addr add "$HOSTS_PREFIX.0.$index/16" dev eth0 \
      && ip -n "$ns" link set eth0 up \
      || _hosts_fail "could not wire host $org ($ns)" || return 1
  fi
  local addrs   # (not piped into grep -q: under pipefail, ip killed by SIGPIPE would read as "absent")
  addrs="$(ip -n "$HOSTS_HUB" -o addr show dev "$HOSTS_BRIDGE")" || return 1
  if [[ "$addrs" != *" $HOSTS_PREFIX.1.$index/16 "* ]]; then
    ip -n "$HOSTS_HUB" addr add "$HOSTS_PREFIX.1.$index/16" dev "$HOSTS_BRIDGE" \
      || _hosts_fail "could not add proxy address $HOSTS_PREFIX.1.$index to the hub" || return 1
  fi
  echo "$index" >"$state/orgs/$org"
  touch "$state/names/$org" "$state/ports/$org"
  mkdir -p "$state/mnt/$org" "$CONSORTIUM_ROOT/hosts/$org" && chmod 700 "$CONSORTIUM_ROOT/hosts/$org" || return 1
  _hosts_write_files
}

# host_ip ORG: prints the host's own address (10.203.0.INDEX), where its services listen.
host_ip() { local i; i="$(_hosts_index "${1:-}")" || return 1; echo "$HOSTS_PREFIX.0.$i"; }

# host_proxy_ip ORG: prints the host's proxy address (10.203.1.INDEX, on the hub), by which other hosts reach it.
host_proxy_ip() { local i; i="$(_hosts_index "${1:-}")" || return 1; echo "$HOSTS_PREFIX.1.$i"; }

# host_names ORG NAME...: adds NAMEs (e.g. peer0.bank.civic.test, orderer0.bank.civic.test,
# chaincode.bank.civic.test, gateway.bank.civic.test) to the host names of ORG and (re)writes every host's
# /etc/netns/civic-<X>/hosts: X's own names -> X's own address, every other host's names -> that host's
# proxy address; processes already running there see the change. A name already belonging to another host
# is refused. Each file also maps localhost, and this machine's host name to the host's own address (so that
# a JVM's getLocalHost() needs no DNS).
host_names() {
  local org="${1:-}" state name other
  [[ $# -ge 2 ]] || _hosts_fail "usage: host_names ORG NAME..." || return 1
  _hosts_index "$org" >/dev/null || return 1
  shift
  state="$(_hosts_state)"
  for name in "$@"; do
    [[ "$name" =~ ^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$ ]] || _hosts_fail "host name '$name' is not valid" || return 1
    for other in $(_hosts_orgs); do
      if [[ "$other" != "$org" ]] && grep -qxF "$name" "$state/names/$other"; then
        _hosts_fail "host name $name already belongs to host $other"; return 1
      fi
    done
  done
  for name in "$@"; do grep -qxF "$name" "$state/names/$org" || echo "$name" >>"$state/names/$org"; done
  _hosts_write_files
}

# Writes /etc/netns/civic-<X>/hosts for every host X (ip netns exec bind-mounts it over /etc/hosts).
_hosts_write_files() {
  local state x y dir tmp names
  state="$(_hosts_state)"
  for x in $(_hosts_orgs); do
    dir="/etc/netns/$(_hosts_ns "$x")"
    mkdir -p "$dir" || return 1
    tmp="$(mktemp "$dir/.hosts.XXXXXX")" || return 1
    {
      echo "# Written by network/consortium/hosts.sh for host $x: own names -> own address, others -> their proxy"
      echo "127.0.0.1 localhost"
      echo "::1 localhost ip6-localhost ip6-loopback"
      echo "$HOSTS_PREFIX.0.$(cat "$state/orgs/$x") $(tr '\n' ' ' <"$state/names/$x")$(cat /proc/sys/kernel/hostname)"
      for y in $(_hosts_orgs); do
        [[ "$y" == "$x" ]] && continue
        names="$(tr '\n' ' ' <"$state/names/$y")"
        if [[ -n "$names" ]]; then echo "$HOSTS_PREFIX.1.$(cat "$state/orgs/$y") ${names% }"; fi
      done
    } >"$tmp" || return 1
    # Rewritten in place, not replaced: ip netns exec bind-mounts this very file over /etc/hosts, so
    # processes already running on the host see the new names only if the file keeps its inode.
    if [[ -f "$dir/hosts" ]]; then cat "$tmp" >"$dir/hosts" && rm -f "$tmp" || return 1
    else chmod 644 "$tmp" && mv -f "$tmp" "$dir/hosts" || return 1; fi
  done
}

# host_expose ORG PORT...: one Toxiproxy proxy per PORT, named <ORG>-<PORT>, listening on
# 10.203.1.INDEX:PORT (the hub) and forwarding to 10.203.0.INDEX:PORT (the host), with the current latency
# (latency_set) and disabled while the host's link is down. Idempotent: an existing proxy is kept.
host_expose() {
  local org="${1:-}" index port state name body
  [[ $# -ge 2 ]] || _hosts_fail "usage: host_expose ORG PORT..." || return 1
  index="$(_hosts_index "$org")" || return 1
  shift
  state="$(_hosts_state)"
  for port in "$@"; do
    [[ "$port" =~ ^[1-9][0-9]{0,4}$ ]] && ((port <= 65535)) || _hosts_fail "port '$port' is not valid" || return 1
  done
  for port in "$@"; do
    name="$org-$port"
    body="$(printf '{"name":"%s","listen":"%s:%s","upstream":"%s:%s","enabled":%s}' "$name" \
      "$HOSTS_PREFIX.1.$index" "$port" "$HOSTS_PREFIX.0.$index" "$port" "$(_hosts_is_down "$org" && echo false || echo true)")"
    _hosts_api POST /proxies "$body" >/dev/null || return 1
    grep -qxF "$port" "$state/ports/$org" || echo "$port" >>"$state/ports/$org"
    _hosts_latency_proxy "$name" "$(cat "$state/latency" 2>/dev/null || echo 0)" || return 1
  done
}

# Sets the latency toxics of one proxy: lat-up (client -> host) and lat-down (host -> client), MS each;
# 0 removes them. A toxic changes on open connections too.
_hosts_latency_proxy() {
  local proxy="$1" ms="$2" stream toxic code
  for stream in upstream downstream; do
    toxic="lat-${stream%stream}"
    if ((ms == 0)); then
      _hosts_api DELETE "/proxies/$proxy/toxics/$toxic" >/dev/null || return 1
      continue
    fi
    code="$(_hosts_api POST "/proxies/$proxy/toxics/$toxic" "{\"attributes\":{\"latency\":$ms,\"jitter\":0}}")" || return 1
    if [[ "$code" == 404 ]]; then
      _hosts_api_ok POST "/proxies/$proxy/toxics" \
        "{\"name\":\"$toxic\",\"type\":\"latency\",\"stream\":\"$stream\",\"toxicity\":1.0,\"attributes\":{\"latency\":$ms,\"jitter\":0}}" \
        >/dev/null || return 1
    fi
  done
}

# latency_set MS: one-way latency of MS milliseconds on every proxy, in both directions (a Toxiproxy
# latency toxic upstream and one downstream: a round trip between two hosts costs 2*MS more); 0 removes
# them. Applies to open connections and to proxies exposed later.
latency_set() {
  local ms="${1:-}" org port state
  [[ "$ms" =~ ^[0-9]{1,5}$ ]] || _hosts_fail "usage: latency_set MS (0..99999)" || return 1
  ms=$((10#$ms))
  state="$(_hosts_state)"
  echo "$ms" >"$state/latency"
  for org in $(_hosts_orgs); do
    while read -r port; do
      if [[ -n "$port" ]]; then _hosts_latency_proxy "$org-$port" "$ms" || return 1; fi
    done <"$state/ports/$org"
  done
}

# link_down ORG: cuts ORG's cable: the hub's end of its veth goes down (the host sees NO-CARRIER; what it
# sends reaches nobody) and ORG's proxies are disabled (a connection to ORG is refused at once; open ones
# through them are closed). Connections ORG had opened to others just stop getting answers, as on a real cut.
link_down() {
  local org="${1:-}" port state
  _hosts_index "$org" >/dev/null || return 1
  state="$(_hosts_state)"
  touch "$state/down/$org"
  ip -n "$HOSTS_HUB" link set "$(_hosts_veth "$org")" down || _hosts_fail "could not take $org's link down" || return 1
  while read -r port; do
    if [[ -n "$port" ]]; then _hosts_api_ok POST "/proxies/$org-$port" '{"enabled":false}' || return 1; fi
  done <"$state/ports/$org"
}

# link_up ORG: restores ORG's cable and re-enables its proxies (with the latency in force).
link_up() {
  local org="${1:-}" port state
  _hosts_index "$org" >/dev/null || return 1
  state="$(_hosts_state)"
  ip -n "$HOSTS_HUB" link set "$(_hosts_veth "$org")" up || _hosts_fail "could not bring $org's link up" || return 1
  # Address resolutions that failed during the cut would fail the first connection after it: forget them.
  ip -n "$(_hosts_ns "$org")" neigh flush dev eth0 || true
  ip -n "$HOSTS_HUB" neigh flush to "$(host_ip "$org")" || true
  while read -r port; do
    if [[ -n "$port" ]]; then _hosts_api_ok POST "/proxies/$org-$port" '{"enabled":true}' || return 1; fi
  done <"$state/ports/$org"
  rm -f "$state/down/$org"
}

# host_exec ORG CMD [ARG...]: runs the program CMD inside civic-<ORG> (ip netns exec: the host's network and
# its /etc/hosts), in a private mount namespace where $CONSORTIUM_ROOT/hosts is a read-only tmpfs holding
# only <ORG>'s own folder (bind-mounted back, writable): other organisations' folders are not there.
# exchange/, the repo, Fabric's binaries and the JDK stay visible. Processes CMD starts in the background
# keep running (in that network and mount namespace) after host_exec returns; the organisation's own
# start/stop records their PIDs. For shell code use: host_exec ORG bash -c '...'. Returns CMD's status.
host_exec() {
  local org="${1:-}" state
  [[ $# -ge 2 ]] || _hosts_fail "usage: host_exec ORG CMD [ARG...]" || return 1
  _hosts_index "$org" >/dev/null || return 1
  shift
  state="$(_hosts_state)"
  # ip netns exec has already made a mount namespace of its own (mounts here do not reach the machine).
  # Order: hold the org's folder at a staging point, cover hosts/ with a tmpfs, put the folder back.
  # shellcheck disable=SC2016 # expanded by the inner bash
  ip netns exec "$(_hosts_ns "$org")" bash -c '
    set -e
    hosts="$1" org="$2" stage="$3"; shift 3
    mount --bind "$hosts/$org" "$stage"
    mount -t tmpfs -o mode=755,size=64k civic-hosts "$hosts"
    mkdir -m 700 "$hosts/$org"
    mount --bind "$stage" "$hosts/$org"
    umount "$stage"
    mount -o remount,ro "$hosts"
    # The working directory was looked up before the mounts: look it up again, so that a relative path
    # cannot reach behind the tmpfs.
    cd -- "$PWD" 2>/dev/null || { echo "host_exec: the working directory $PWD is not visible on host $org" >&2; exit 1; }
    exec "$@"' host_exec "$CONSORTIUM_ROOT/hosts" "$org" "$state/mnt/$org" "$@"
}

# hosts_destroy: kills every process in every civic-* namespace (ip netns pids; TERM, then KILL after 10 s)
# including Toxiproxy, deletes the namespaces (and with them the veths), /etc/netns/civic-* and the state in
# $CONSORTIUM_ROOT/.net. The organisations' folders and exchange/ are left for inspection. Safe to call twice
# and when nothing was made. Fails if a process or namespace could not be removed.
hosts_destroy() {
  local nss=() ns pids p i left=0
  for ns in /run/netns/civic-*; do [[ -e "$ns" ]] && nss+=("$(basename "$ns")"); done
  # Rounds, in case a process was starting another while the first round killed.
  for _ in 1 2 3; do
    pids=()
    for ns in "${nss[@]}"; do
      for p in $(ip netns pids "$ns" 2>/dev/null); do [[ "$p" != "$$" && "$p" != "$BASHPID" ]] && pids+=("$p"); done
    done
    ((${#pids[@]})) || break
    kill -TERM "${pids[@]}" 2>/dev/null || true
    for ((i = 0; i < 100; i++)); do
      left=0; for p in "${pids[@]}"; do _hosts_alive "$p" && left=1; done
      ((left)) || break
      sleep 0.1
    done
    if ((left)); then kill -KILL "${pids[@]}" 2>/dev/null || true; sleep 0.5; fi
  done
  left=0
  for ns in "${nss[@]}"; do
    if [[ -n "$(ip netns pids "$ns" 2>/dev/null)" ]]; then
      printf 'hosts: processes remain in %s: %s\n' "$ns" "$(ip netns pids "$ns" | tr '\n' ' ')" >&2; left=1
    fi
    ip netns del "$ns" 2>/dev/null || { printf 'hosts: could not delete namespace %s\n' "$ns" >&2; left=1; }
  done
  rm -rf /etc/netns/civic-* "$(_hosts_state)"
  ((left == 0))
}
