#!/usr/bin/env bash
# Self-test of hosts.sh (needs root, Go, Java 17): three hosts a, b, c on one machine. Checks that a host sees
# only its own folder; that names resolve to the host's own address at home and to its proxy address
# elsewhere (getent, a JVM, a Go binary); that a TCP service on b is reached from a only through Toxiproxy;
# the round trip a->b at 0 and at 20 ms one-way latency (printed); link_down / link_up; and that
# hosts_destroy leaves no civic-* namespace and no process. Bounded (about a minute); exits non-zero on
# any failure; always destroys what it made. Refuses to run while civic-* namespaces exist (another run's).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export CONSORTIUM_ROOT
CONSORTIUM_ROOT="$(mktemp -d /tmp/civic-hosts-selftest.XXXXXX)"
# shellcheck source-path=SCRIPTDIR
source "$here/hosts.sh"

PORT=9000
LATENCY=20
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
fail() { log "FAIL: $*"; exit 1; }
pass() { log "ok: $*"; }

for ns in /run/netns/civic-*; do
  [[ -e "$ns" ]] && { log "civic-* namespaces exist (another consortium run's?): $(echo /run/netns/civic-*)"; exit 1; }
done
command -v java >/dev/null || fail "java (17+) is required"
command -v go >/dev/null || fail "go is required"

work="$CONSORTIUM_ROOT/exchange/selftest"   # visible from every host
cleanup() {
  local rc=$?
  hosts_destroy || rc=1
  rm -rf "$CONSORTIUM_ROOT"
  exit "$rc"
}
trap cleanup EXIT
trap 'log "FAIL: line $LINENO: $BASH_COMMAND"' ERR
trap 'exit 130' INT TERM

hosts_init
host_add a 1
host_add b 2
host_add c 3
host_names a peer0.a.civic.test
host_names b peer0.b.civic.test orderer0.b.civic.test
host_names c peer0.c.civic.test
mkdir -p "$work"
hosts_init                # idempotent: a second call and a repeated host_add change nothing
host_add a 1
host_names b peer0.b.civic.test
if host_add a 4 2>/dev/null; then fail "host_add gave host a a second index"; fi
if host_add d 2 2>/dev/null; then fail "host_add gave index 2 to a second host"; fi
if host_names c peer0.b.civic.test 2>/dev/null; then fail "host_names gave b's name to c"; fi
[[ "$(host_ip b) $(host_proxy_ip b)" == "10.203.0.2 10.203.1.2" ]] || fail "host_ip/host_proxy_ip b: $(host_ip b) $(host_proxy_ip b)"
pass "hosts_init and host_add are idempotent; a second index, a used index, another host's name are refused"

# --- Folders: a sees its own folder (writable), not b's or c's.
echo secret >"$CONSORTIUM_ROOT/hosts/b/key"
# shellcheck disable=SC2016 # expanded by the inner bash
seen="$(host_exec a bash -c 'cd "$1" && ls -A && touch a/written-by-a' _ "$CONSORTIUM_ROOT/hosts")"
[[ "$seen" == a ]] || fail "host a sees [$seen] in hosts/, expected only its own folder a"
[[ -f "$CONSORTIUM_ROOT/hosts/a/written-by-a" ]] || fail "what a wrote in its folder is not in hosts/a"
host_exec a test ! -e "$CONSORTIUM_ROOT/hosts/b/key" || fail "host a can see b's files"
host_exec a test -d "$CONSORTIUM_ROOT/exchange" || fail "host a cannot see exchange/"
seen="$(cd "$CONSORTIUM_ROOT/hosts" && host_exec a ls -A)"
[[ "$seen" == a ]] || fail "from a working directory hosts/, host a sees [$seen], expected only a"
if (cd "$CONSORTIUM_ROOT/hosts/b" && host_exec a cat key 2>/dev/null); then fail "from a working directory hosts/b, host a read b's file"; fi
pass "a sees only hosts/a (writable) and exchange/; b's file is hidden, also from a working directory inside it"

# --- Names: getent (glibc, as Java's resolver), a JVM (single-file source), a Go binary.
expect_b_from_a="$(host_proxy_ip b)"
expect_b_from_b="$(host_ip b)"
got="$(host_exec a getent hosts orderer0.b.civic.test | awk '{print $1}' || true)"
[[ "$got" == "$expect_b_from_a" ]] || fail "in a, getent: orderer0.b.civic.test -> '$got', expected b's proxy $expect_b_from_a"
got="$(host_exec b getent hosts orderer0.b.civic.test | awk '{print $1}' || true)"
[[ "$got" == "$expect_b_from_b" ]] || fail "in b, getent: orderer0.b.civic.test -> '$got', expected b's own $expect_b_from_b"
got="$(host_exec a timeout 60 java "$here/NetProbe.java" resolve peer0.b.civic.test || true)"
[[ "$got" == "$expect_b_from_a" ]] || fail "in a, Java: peer0.b.civic.test -> '$got', expected $expect_b_from_a"
got="$(host_exec b timeout 60 java "$here/NetProbe.java" resolve peer0.b.civic.test || true)"
[[ "$got" == "$expect_b_from_b" ]] || fail "in b, Java: peer0.b.civic.test -> '$got', expected $expect_b_from_b"
mkdir -p "$work/goresolve"
cat >"$work/goresolve/main.go" <<'GO'
// Prints the addresses Go's resolver gives for a name (GODEBUG=netdns=go|cgo chooses the resolver).
package main

import (
	"fmt"
	"net"
	"os"
)

func main() {
	addrs, err := net.LookupHost(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(addrs[0])
}
GO
printf 'module goresolve\n\ngo 1.21\n' >"$work/goresolve/go.mod"
(cd "$work/goresolve" && GOFLAGS=-buildvcs=false timeout 120 go build -o resolve .)
for resolver in go cgo; do
  got="$(host_exec a env GODEBUG=netdns=$resolver "$work/goresolve/resolve" peer0.b.civic.test || true)"
  [[ "$got" == "$expect_b_from_a" ]] || fail "in a, Go ($resolver): peer0.b.civic.test -> '$got', expected $expect_b_from_a"
  got="$(host_exec b env GODEBUG=netdns=$resolver "$work/goresolve/resolve" peer0.b.civic.test || true)"
  [[ "$got" == "$expect_b_from_b" ]] || fail "in b, Go ($resolver): peer0.b.civic.test -> '$got', expected $expect_b_from_b"
done
pass "b's names: in a -> $expect_b_from_a (b's proxy), in b -> $expect_b_from_b (b's own), for getent, Java and Go"

# --- A TCP service on a and on b, exposed through Toxiproxy.
javac -d "$work/classes" "$here/NetProbe.java"
probe() { local org="$1"; shift; host_exec "$org" timeout 30 java -cp "$work/classes" NetProbe "$@"; }
# b's service is started the way an organisation's start command does: in the background, PID recorded.
# shellcheck disable=SC2016 # expanded by the inner bash
host_exec b bash -c 'nohup java -cp "$1" NetProbe serve "$2" </dev/null >"$3" 2>&1 & echo $! >"$4"' _ \
  "$work/classes" "$PORT" "$work/serve-b.log" "$CONSORTIUM_ROOT/hosts/b/serve.pid"
host_exec a java -cp "$work/classes" NetProbe serve "$PORT" </dev/null >"$work/serve-a.log" 2>&1 &
host_expose a "$PORT"
host_expose b "$PORT"
host_expose b "$PORT"       # idempotent
for org in a b; do
  for ((i = 0; i < 50; i++)); do probe "$org" reach 127.0.0.1 "$PORT" 500 >/dev/null && break; sleep 0.2; done
  probe "$org" reach 127.0.0.1 "$PORT" 500 >/dev/null || fail "the echo service on $org did not start (see $work/serve-$org.log)"
done
b_pid="$(cat "$CONSORTIUM_ROOT/hosts/b/serve.pid")"
_hosts_alive "$b_pid" || fail "b's service (PID $b_pid) did not outlive host_exec"
seen="$(nsenter -t "$b_pid" -m ls -A "$CONSORTIUM_ROOT/hosts")"
[[ "$seen" == b ]] || fail "b's background service sees [$seen] in hosts/, expected only b"
host_names c gateway.c.civic.test   # a name added later reaches processes already running
got="$(nsenter -t "$b_pid" -m getent hosts gateway.c.civic.test | awk '{print $1}' || true)"
[[ "$got" == "$(host_proxy_ip c)" ]] || fail "b's running service resolves a name added later to '$got', expected c's proxy $(host_proxy_ip c)"
pass "a process started in the background on b keeps running after host_exec (PID $b_pid), sees only hosts/b and names added later"
probe a reach peer0.b.civic.test "$PORT" 3000 >/dev/null || fail "a cannot reach b's service by name through the proxy"
probe c reach peer0.b.civic.test "$PORT" 3000 >/dev/null || fail "c cannot reach b's service by name through the proxy"
if probe a reach "$(host_ip b)" "$PORT" 1500 >/dev/null; then fail "a reached b's own address directly, bypassing the proxy"; fi
pass "a and c reach b's service at peer0.b.civic.test:$PORT through Toxiproxy; b's own address is not reachable from a"

# --- Round trip a->b at 0 and at $LATENCY ms one way.
rtt() { probe a rtt peer0.b.civic.test "$PORT" 20 | awk '{print $2}'; }
rtt0="$(rtt)"
latency_set "$LATENCY"
rtt20="$(rtt)"
latency_set 0
rtt_back="$(rtt)"
log "round trip a->b (median of 20): ${rtt0} ms at 0 ms, ${rtt20} ms at $LATENCY ms one way, ${rtt_back} ms after back to 0"
awk -v a="$rtt0" -v b="$rtt20" -v c="$rtt_back" -v l="$LATENCY" \
  'BEGIN { d = b - a; exit !(d >= 2 * l - 3 && d <= 2 * l + 25 && c < a + 10) }' \
  || fail "latency $LATENCY ms one way should add about $((2 * LATENCY)) ms per round trip: $rtt0 -> $rtt20 -> $rtt_back ms"
pass "latency $LATENCY ms one way adds $(awk -v a="$rtt0" -v b="$rtt20" 'BEGIN { printf "%.1f", b - a }') ms per round trip"

# --- Link down / up.
latency_set "$LATENCY"    # a cut host must also be cut with toxics in place
link_down b
start=$(date +%s%N)
if probe a reach peer0.b.civic.test "$PORT" 2000 >/dev/null; then fail "a reached b while b's link is down"; fi
if probe b reach peer0.a.civic.test "$PORT" 2000 >/dev/null; then fail "b reached a while b's link is down"; fi
probe c reach peer0.a.civic.test "$PORT" 3000 >/dev/null || fail "c cannot reach a while only b is down"
pass "b's link down: a cannot reach b, b cannot reach a, c still reaches a ($(( ($(date +%s%N) - start) / 1000000 )) ms for the three checks)"
link_up b
probe a reach peer0.b.civic.test "$PORT" 3000 >/dev/null || fail "a cannot reach b after link_up"
probe b reach peer0.a.civic.test "$PORT" 3000 >/dev/null || fail "b cannot reach a after link_up"
rtt_up="$(rtt)"
awk -v r="$rtt_up" -v l="$LATENCY" 'BEGIN { exit !(r >= 2 * l - 3) }' || fail "after link_up the latency is gone ($rtt_up ms)"
pass "b's link up: reachable again both ways, latency kept ($rtt_up ms round trip)"

# --- Toxiproxy dies: hosts_init starts it again with the proxies and the latency recorded.
kill "$(ip netns pids "$HOSTS_HUB")"
if probe a reach peer0.b.civic.test "$PORT" 1000 >/dev/null; then fail "a reached b with Toxiproxy stopped"; fi
hosts_init
probe a reach peer0.b.civic.test "$PORT" 3000 >/dev/null || fail "a cannot reach b after Toxiproxy was restarted"
rtt_restart="$(rtt)"
awk -v r="$rtt_restart" -v l="$LATENCY" 'BEGIN { exit !(r >= 2 * l - 3) }' || fail "after a Toxiproxy restart the latency is gone ($rtt_restart ms)"
pass "Toxiproxy restarted by hosts_init with its proxies and latency ($rtt_restart ms round trip)"

# --- Destroy: no namespace, no process left.
ns_pids="$(for ns in /run/netns/civic-*; do ip netns pids "$(basename "$ns")"; done | tr '\n' ' ')"
[[ -n "${ns_pids// /}" ]] || fail "no process found in the namespaces before hosts_destroy (Toxiproxy and two echo services expected)"
hosts_destroy
hosts_destroy    # twice is harmless
left="$(ip netns list | { grep '^civic-' || true; } | tr '\n' ' ')"
[[ -z "$left" ]] || fail "namespaces remain: $left"
for p in $ns_pids; do _hosts_alive "$p" && fail "process $p ($(tr '\0' ' ' <"/proc/$p/cmdline")) survived hosts_destroy"; done
ls /etc/netns/civic-* >/dev/null 2>&1 && fail "/etc/netns/civic-* remains"
pass "hosts_destroy: no civic-* namespace, none of the processes $ns_pids, no /etc/netns/civic-*"
log "hosts self-test passed"
