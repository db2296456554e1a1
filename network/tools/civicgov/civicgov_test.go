package main

import (
	"bytes"
	"crypto/x509"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/golang/protobuf/proto"
	"github.com/hyperledger/fabric-config/configtx"
	cb "github.com/hyperledger/fabric-protos-go/common"
	pb "github.com/hyperledger/fabric-protos-go/peer"
)

// consortium is three founding organisations with orderers and a fourth that wants to join.
type consortium struct {
	community, bank, audit, bank2 *testOrg
	dir                           string
}

func newConsortium(t *testing.T) *consortium {
	return &consortium{
		community: newTestOrg(t, "community", true, 21011),
		bank:      newTestOrg(t, "bank", true, 21021),
		audit:     newTestOrg(t, "audit", true, 21031),
		bank2:     newTestOrg(t, "bank2", false, 21041),
		dir:       t.TempDir(),
	}
}

// file writes content under the test's directory and returns its path.
func (c *consortium) file(t *testing.T, name string, content []byte) string {
	p := filepath.Join(c.dir, name)
	must(t, os.MkdirAll(filepath.Dir(p), 0o755))
	must(t, os.WriteFile(p, content, 0o600))
	return p
}

func (c *consortium) def(t *testing.T, o *testOrg) string {
	return c.file(t, o.name+".json", o.json(t))
}

// civicgov runs the command line; it returns stdout+stderr and the error.
func civicgov(args ...string) (string, error) {
	var out bytes.Buffer
	err := run(args, &out, &out)
	return out.String(), err
}

func expectRefusal(t *testing.T, want string, args ...string) {
	t.Helper()
	out, err := civicgov(args...)
	if err == nil {
		t.Fatalf("civicgov %s: accepted (%s), expected a refusal containing %q", strings.Join(args, " "), out, want)
	}
	if !strings.Contains(err.Error(), want) {
		t.Fatalf("civicgov %s: refused with %q, expected it to contain %q", strings.Join(args, " "), err, want)
	}
	if strings.Contains(strings.SplitN(err.Error(), "\nusage:", 2)[0], "\n") {
		t.Fatalf("refusal is not one line: %q", err)
	}
}

func expectOK(t *testing.T, args ...string) string {
	t.Helper()
	out, err := civicgov(args...)
	if err != nil {
		t.Fatalf("civicgov %s: %v", strings.Join(args, " "), err)
	}
	return out
}

// found writes the genesis block of the three founders and returns its path.
func (c *consortium) found(t *testing.T) string {
	out := filepath.Join(c.dir, "genesis.block")
	expectOK(t, "found", "--channel", "civic", "--out", out, c.def(t, c.community), c.def(t, c.bank), c.def(t, c.audit))
	return out
}

func (c *consortium) sign(t *testing.T, update string, signerOrg *testOrg, claimed string, id testID) {
	t.Helper()
	cert := c.file(t, "signers/"+claimed+id.cert.SerialNumber.String()+".pem", []byte(certPEM(id.cert)))
	key := c.file(t, "signers/"+claimed+id.cert.SerialNumber.String()+".key", []byte(keyPEM(t, id.key)))
	expectOK(t, "sign", "--update", update, "--msp", claimed, "--cert", cert, "--key", key)
}

func readBlockConfig(t *testing.T, path string) *cb.Config {
	cfg, _, err := readConfigBlock(path)
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// apply applies an update's write set to a config, as the orderer would, and wraps it in a config block:
// the next "current config" for a test.
func (c *consortium) apply(t *testing.T, configBlock, update string) string {
	t.Helper()
	cfg := readBlockConfig(t, configBlock)
	u, err := readUpdate(update)
	must(t, err)
	// The write set of fabric-config's computed update holds whole groups for what changed; replacing
	// each changed group of the current config by the write set's and bumping the sequence is enough here.
	var merge func(cur, w *cb.ConfigGroup) *cb.ConfigGroup
	merge = func(cur, w *cb.ConfigGroup) *cb.ConfigGroup {
		if cur == nil {
			return w
		}
		out := proto.Clone(cur).(*cb.ConfigGroup)
		if w.Version != cur.Version {
			out.Groups = map[string]*cb.ConfigGroup{}
			for k, g := range w.Groups {
				out.Groups[k] = merge(cur.Groups[k], g)
			}
			out.Version = w.Version
		} else {
			for k, g := range w.Groups {
				out.Groups[k] = merge(cur.Groups[k], g)
			}
		}
		for k, v := range w.Values {
			if len(v.Value) > 0 || v.Version != cur.Values[k].GetVersion() {
				out.Values[k] = v
			}
		}
		for k, p := range w.Policies {
			if p.Policy != nil {
				out.Policies[k] = p
			}
		}
		return out
	}
	next := &cb.Config{Sequence: cfg.Sequence + 1, ChannelGroup: merge(cfg.ChannelGroup, u.Update.WriteSet)}
	block, err := genesisBlock(next, "civic")
	must(t, err)
	out := configBlock + ".next"
	must(t, writeProto(out, block))
	return out
}

func TestFound(t *testing.T) {
	c := newConsortium(t)
	block := c.found(t)
	cfg := readBlockConfig(t, block)
	ctx := configtx.New(cfg)

	t.Run("every founder is in the Application group with its anchor peer", func(t *testing.T) {
		for _, o := range []*testOrg{c.community, c.bank, c.audit} {
			org := ctx.Application().Organization(o.msp)
			if org == nil {
				t.Fatalf("%s missing from the Application group", o.msp)
			}
			peers, err := org.AnchorPeers()
			must(t, err)
			if len(peers) != 1 || peers[0].Port != o.port || peers[0].Host != "127.0.0.1" {
				t.Fatalf("%s anchor peers = %v", o.msp, peers)
			}
			m, err := org.MSP().Configuration()
			must(t, err)
			if !m.NodeOUs.Enable || m.NodeOUs.AdminOUIdentifier.OrganizationalUnitIdentifier != "admin" || len(m.Admins) != 1 || !m.Admins[0].Equal(o.admin.cert) {
				t.Fatalf("%s MSP = %+v", o.msp, m)
			}
			pol, err := org.Policies()
			must(t, err)
			// fabric-config prints a one-principal OR as AND: both are 1-out-of-1
			if pol["Admins"].Rule != "AND('"+o.msp+".admin')" || pol["Endorsement"].Rule != "AND('"+o.msp+".peer')" ||
				pol["Writers"].Rule != "OR('"+o.msp+".admin', '"+o.msp+".client')" {
				t.Fatalf("%s policies = %+v", o.msp, pol)
			}
		}
	})
	t.Run("orderers are consenters, endpoints in each org, batch and raft settings as up.sh", func(t *testing.T) {
		ord, err := ctx.Orderer().Configuration()
		must(t, err)
		if len(ord.EtcdRaft.Consenters) != 3 || len(ord.Organizations) != 3 {
			t.Fatalf("consenters %d, orderer orgs %d", len(ord.EtcdRaft.Consenters), len(ord.Organizations))
		}
		for _, cs := range ord.EtcdRaft.Consenters {
			if !cs.ClientTLSCert.Equal(cs.ServerTLSCert) {
				t.Fatal("client and server TLS cert differ")
			}
		}
		if ord.BatchTimeout.String() != "150ms" || ord.BatchSize.MaxMessageCount != 200 ||
			ord.BatchSize.AbsoluteMaxBytes != 10<<20 || ord.BatchSize.PreferredMaxBytes != 4<<20 {
			t.Fatalf("batch %v %+v", ord.BatchTimeout, ord.BatchSize)
		}
		o := ord.EtcdRaft.Options
		if o.TickInterval != "200ms" || o.ElectionTick != 10 || o.HeartbeatTick != 1 || o.MaxInflightBlocks != 5 || o.SnapshotIntervalSize != 16<<20 {
			t.Fatalf("raft options %+v", o)
		}
		oc, err := ctx.Orderer().Organization("BankMSP").Configuration()
		must(t, err)
		if len(oc.OrdererEndpoints) != 1 || oc.OrdererEndpoints[0] != "127.0.0.1:21020" {
			t.Fatalf("bank endpoints %v", oc.OrdererEndpoints)
		}
		// the MSP is one value in both groups (Fabric refuses two definitions of one MSP id)
		a := cfg.ChannelGroup.Groups["Application"].Groups["BankMSP"].Values["MSP"].Value
		b := cfg.ChannelGroup.Groups["Orderer"].Groups["BankMSP"].Values["MSP"].Value
		if !bytes.Equal(a, b) {
			t.Fatal("BankMSP's MSP differs between the Application and Orderer groups")
		}
	})
	t.Run("policies and capabilities", func(t *testing.T) {
		app, err := ctx.Application().Policies()
		must(t, err)
		if app["Admins"].Rule != "MAJORITY Admins" || app["LifecycleEndorsement"].Rule != "MAJORITY Endorsement" || app["Endorsement"].Rule != "MAJORITY Endorsement" {
			t.Fatalf("application policies %+v", app)
		}
		ch, err := ctx.Channel().Policies()
		must(t, err)
		if ch["Admins"].Rule != "MAJORITY Admins" {
			t.Fatalf("channel policies %+v", ch)
		}
		caps, _ := ctx.Application().Capabilities()
		ocaps, _ := ctx.Orderer().Capabilities()
		ccaps, _ := ctx.Channel().Capabilities()
		if strings.Join(caps, ",") != "V2_5" || strings.Join(ocaps, ",") != "V2_0" || strings.Join(ccaps, ",") != "V2_0" {
			t.Fatalf("capabilities %v %v %v", caps, ocaps, ccaps)
		}
	})
	t.Run("options", func(t *testing.T) {
		out := filepath.Join(c.dir, "g2.block")
		expectOK(t, "found", "--channel", "civic", "--out", out, "--batch-timeout", "1s", "--max-messages", "10", c.def(t, c.community))
		ctx := configtx.New(readBlockConfig(t, out))
		ord, err := ctx.Orderer().Configuration()
		must(t, err)
		if ord.BatchTimeout.String() != "1s" || ord.BatchSize.MaxMessageCount != 10 {
			t.Fatalf("batch %v %d", ord.BatchTimeout, ord.BatchSize.MaxMessageCount)
		}
	})
	t.Run("describe", func(t *testing.T) {
		out := expectOK(t, "describe", "--config", block)
		var d Description
		must(t, json.Unmarshal([]byte(out), &d))
		if d.Channel != "civic" || len(d.Organisations) != 3 || len(d.Orderer.Consenters) != 3 || !d.Organisations[1].Orderer {
			t.Fatalf("describe: %s", out)
		}
	})
}

func TestFoundRefusals(t *testing.T) {
	c := newConsortium(t)
	out := filepath.Join(c.dir, "genesis.block")
	expectRefusal(t, "duplicate MSP id BankMSP", "found", "--channel", "civic", "--out", out, c.def(t, c.bank), c.def(t, c.bank))
	clash := *c.audit
	clash.def.AnchorPeers = []Endpoint{{Host: "127.0.0.1", Port: c.bank.port}}
	expectRefusal(t, "endpoint 127.0.0.1:21021 is listed by both BankMSP and AuditMSP", "found", "--channel", "civic", "--out", out, c.def(t, c.bank), c.file(t, "clash.json", clash.json(t)))
	expectRefusal(t, "no definition lists an orderer", "found", "--channel", "civic", "--out", out, c.def(t, c.bank2))
	expectRefusal(t, "channel \"Civic\"", "found", "--channel", "Civic", "--out", out, c.def(t, c.bank))
	expectRefusal(t, "missing --channel", "found", "--out", out, c.def(t, c.bank))
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Fatal("a refused found wrote a block")
	}
}

func TestDefinitionRefusals(t *testing.T) {
	c := newConsortium(t)
	other := newTestCA(t, "ca.other.test")
	cases := []struct {
		name   string
		change func(d *Definition)
		want   string
	}{
		{"unknown format", func(d *Definition) { d.Format = "civic-ledger/organisation/2" }, "unknown format"},
		{"bad msp id", func(d *Definition) { d.MSPID = "Bank MSP" }, "mspId \"Bank MSP\""},
		{"bad name", func(d *Definition) { d.Name = "Bank" }, "name \"Bank\""},
		{"bad domain", func(d *Definition) { d.Domain = "bank..test" }, "domain"},
		{"no CA", func(d *Definition) { d.CACerts = nil }, "caCerts: at least one"},
		{"CA not PEM", func(d *Definition) { d.CACerts = []string{"hello"} }, "caCerts[0]: not PEM"},
		{"CA is a leaf", func(d *Definition) { d.CACerts = []string{certPEM(c.bank.admin.cert)} }, "not a CA certificate"},
		{"CA is a CRL", func(d *Definition) { d.CACerts = []string{c.bank.ca.crl(t)} }, "expected \"CERTIFICATE\""},
		{"admin from another CA", func(d *Definition) { d.AdminCerts = []string{certPEM(other.issue(t, "Admin", "admin").cert)} }, "adminCerts[0]: not issued by the organisation's CA"},
		{"admin without admin OU", func(d *Definition) { d.AdminCerts = []string{certPEM(c.bank.peer.cert)} }, "has neither the admin OU"},
		{"no admin", func(d *Definition) { d.AdminCerts = nil }, "adminCerts: at least one"},
		{"CRL from another CA", func(d *Definition) { d.CRLs = []string{other.crl(t)} }, "crls[0]: not signed by the organisation's CA"},
		{"CRL not a CRL", func(d *Definition) { d.CRLs = []string{certPEM(c.bank.ca.cert)} }, "expected \"X509 CRL\""},
		{"admin revoked", func(d *Definition) { d.CRLs = []string{c.bank.ca.crl(t, c.bank.admin.cert)} }, "revoked by the definition's own CRL"},
		{"bad anchor host", func(d *Definition) { d.AnchorPeers[0].Host = "peer0 bank" }, "neither a DNS name nor an IP"},
		{"bad anchor port", func(d *Definition) { d.AnchorPeers[0].Port = 70000 }, "port 70000"},
		{"no anchor peer", func(d *Definition) { d.AnchorPeers = nil }, "anchorPeers: at least one"},
		{"missing node OUs", func(d *Definition) { d.NodeOUs = nil }, "nodeOUs: missing"},
		{"empty node OU", func(d *Definition) {
			d.NodeOUs = &NodeOUs{Client: "client", Peer: "peer", Admin: "", Orderer: "orderer"}
		}, "nodeOUs.admin"},
		{"orderer TLS from the CA, not the TLS CA", func(d *Definition) {
			d.Orderers[0].TLSCert = certPEM(c.bank.ca.issue(t, "orderer0", "", "127.0.0.1").cert)
		}, "not issued by the organisation's TLS CA"},
		{"orderer TLS cert without its host", func(d *Definition) { d.Orderers[0].Host = "orderer9.bank.civic.test" }, "not valid for host"},
		{"orderer bad port", func(d *Definition) { d.Orderers[0].Port = 0 }, "port 0"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			o := *c.bank
			var d Definition
			b, _ := json.Marshal(c.bank.def)
			must(t, json.Unmarshal(b, &d))
			tc.change(&d)
			o.def = d
			expectRefusal(t, tc.want, "check-definition", c.file(t, "bad-"+strings.ReplaceAll(tc.name, " ", "-")+".json", o.json(t)))
		})
	}
	t.Run("unknown field", func(t *testing.T) {
		b := bytes.Replace(c.bank.json(t), []byte(`"name"`), []byte(`"nmae": "x", "name"`), 1)
		expectRefusal(t, "unknown field \"nmae\"", "check-definition", c.file(t, "unknown.json", b))
	})
	t.Run("not JSON", func(t *testing.T) {
		expectRefusal(t, "not an organisation definition", "check-definition", c.file(t, "junk.json", []byte("{nope")))
	})
	t.Run("a good one", func(t *testing.T) {
		out := expectOK(t, "check-definition", c.def(t, c.bank))
		if !strings.Contains(out, "BankMSP (bank), 1 admin certificate(s)") {
			t.Fatal(out)
		}
	})
}

func TestAddOrgRoundTrip(t *testing.T) {
	c := newConsortium(t)
	block := c.found(t)
	update := filepath.Join(c.dir, "add-bank2.pb")
	expectOK(t, "add-org", "--config", block, "--definition", c.def(t, c.bank2), "--out", update)

	expectRefusal(t, "carries no signature", "check-update", "--config", block, "--update", update)
	c.sign(t, update, c.bank, "BankMSP", c.bank.admin)
	expectRefusal(t, "too few signatures: adding Bank2MSP to /Channel/Application needs the admins of 2 of the 3 application organisations (MAJORITY); "+
		"signed by 1: BankMSP; 1 more from: AuditMSP or CommunityMSP (policy /Channel/Application/Admins)", "check-update", "--config", block, "--update", update)

	// signing twice with one identity counts once and leaves the file as it is
	before, _ := os.ReadFile(update)
	c.sign(t, update, c.bank, "BankMSP", c.bank.admin)
	after, _ := os.ReadFile(update)
	if !bytes.Equal(before, after) {
		t.Fatal("a second signature by the same certificate changed the file")
	}

	c.sign(t, update, c.audit, "AuditMSP", c.audit.admin)
	out := expectOK(t, "check-update", "--config", block, "--update", update)
	if !strings.Contains(out, "ready to submit: adding Bank2MSP to /Channel/Application") || !strings.Contains(out, "AuditMSP, BankMSP") {
		t.Fatal(out)
	}

	// what Fabric reads: an envelope of type CONFIG_UPDATE for the channel, both signatures in it
	env := &cb.Envelope{}
	must(t, readProto(update, env))
	u, err := parseUpdate(env)
	must(t, err)
	if u.ChannelID != "civic" || len(u.Envelope.Signatures) != 2 {
		t.Fatalf("channel %q, %d signatures", u.ChannelID, len(u.Envelope.Signatures))
	}
	ws := u.Update.WriteSet.Groups["Application"].Groups["Bank2MSP"]
	if ws == nil {
		t.Fatal("the write set does not add Bank2MSP")
	}
	ap := &pb.AnchorPeers{}
	must(t, proto.Unmarshal(ws.Values["AnchorPeers"].Value, ap))
	if len(ap.AnchorPeers) != 1 || ap.AnchorPeers[0].Port != 21041 {
		t.Fatalf("anchor peers %v", ap.AnchorPeers)
	}

	// the channel after the update: bank2 is in, and adding it again is refused
	next := c.apply(t, block, update)
	expectRefusal(t, "duplicate MSP id Bank2MSP: it is already an organisation of channel civic", "add-org", "--config", next, "--definition", c.def(t, c.bank2), "--out", filepath.Join(c.dir, "again.pb"))
	// and the update is now stale
	expectRefusal(t, "computed from an older configuration", "check-update", "--config", next, "--update", update)
}

func TestCheckUpdateRefusals(t *testing.T) {
	c := newConsortium(t)
	block := c.found(t)
	fresh := func(name string) string {
		p := filepath.Join(c.dir, name+".pb")
		expectOK(t, "add-org", "--config", block, "--definition", c.def(t, c.bank2), "--out", p)
		return p
	}
	check := func(p string) []string { return []string{"check-update", "--config", block, "--update", p} }

	t.Run("a non-admin signer", func(t *testing.T) {
		p := fresh("user")
		c.sign(t, p, c.community, "CommunityMSP", c.community.admin)
		c.sign(t, p, c.bank, "BankMSP", c.bank.user)
		expectRefusal(t, "signature 2 by BankMSP: not an admin", check(p)...)
	})
	t.Run("a peer signing", func(t *testing.T) {
		p := fresh("peer")
		c.sign(t, p, c.bank, "BankMSP", c.bank.peer)
		expectRefusal(t, "signature 1 by BankMSP: not an admin", check(p)...)
	})
	t.Run("a signer from another MSP's CA", func(t *testing.T) {
		p := fresh("foreign")
		c.sign(t, p, c.community, "CommunityMSP", c.community.admin)
		c.sign(t, p, c.bank, "AuditMSP", c.bank.admin) // Bank's admin claiming Audit
		expectRefusal(t, "signature 2 by AuditMSP: its certificate is not issued by AuditMSP's CA", check(p)...)
	})
	t.Run("a signer of an MSP outside the channel", func(t *testing.T) {
		p := fresh("outsider")
		c.sign(t, p, c.bank2, "Bank2MSP", c.bank2.admin)
		expectRefusal(t, "signature 1 by Bank2MSP: Bank2MSP is not an organisation of channel civic", check(p)...)
	})
	t.Run("a signature that does not verify", func(t *testing.T) {
		// Bank's admin signs another update (its own anchor peer moves); that signature is put on this one
		o := *c.bank
		o.def.AnchorPeers = []Endpoint{{Host: "127.0.0.1", Port: 21029}}
		other := filepath.Join(c.dir, "anchor.pb")
		expectOK(t, "update-org", "--config", block, "--definition", c.file(t, "bank-anchor.json", o.json(t)), "--out", other)
		c.sign(t, other, c.bank, "BankMSP", c.bank.admin)
		u, err := readUpdate(other)
		must(t, err)
		p := fresh("tampered")
		target, err := readUpdate(p)
		must(t, err)
		e, err := configtx.NewEnvelope(target.Envelope.ConfigUpdate, u.Envelope.Signatures...)
		must(t, err)
		must(t, writeProto(p, e))
		expectRefusal(t, "signature 1 by BankMSP: the signature does not verify", check(p)...)
	})
	t.Run("a revoked admin", func(t *testing.T) {
		// Bank revokes an old admin certificate; a signature by it is refused afterwards
		old := c.bank.ca.issue(t, "Admin2@bank", "admin")
		d := c.bank.def
		d.CRLs = []string{c.bank.ca.crl(t, old.cert)}
		o := *c.bank
		o.def = d
		up := filepath.Join(c.dir, "bank-crl.pb")
		expectOK(t, "update-org", "--config", block, "--definition", c.file(t, "bank-crl.json", o.json(t)), "--out", up)
		c.sign(t, up, c.bank, "BankMSP", c.bank.admin)
		expectOK(t, check(up)...)
		next := c.apply(t, block, up)
		p := filepath.Join(c.dir, "after-crl.pb")
		expectOK(t, "add-org", "--config", next, "--definition", c.def(t, c.bank2), "--out", p)
		c.sign(t, p, c.bank, "BankMSP", old)
		expectRefusal(t, "signature 1 by BankMSP: its certificate is revoked by BankMSP's CRL", "check-update", "--config", next, "--update", p)
	})
	t.Run("an update for another channel", func(t *testing.T) {
		g := filepath.Join(c.dir, "other.block")
		expectOK(t, "found", "--channel", "other", "--out", g, c.def(t, c.community))
		p := fresh("wrongchannel")
		c.sign(t, p, c.bank, "BankMSP", c.bank.admin)
		expectRefusal(t, "the update is for channel \"civic\", the config block for \"other\"", "check-update", "--config", g, "--update", p)
	})
	t.Run("a config block that is not one", func(t *testing.T) {
		p := fresh("x")
		expectRefusal(t, "not a config block", "check-update", "--config", p, "--update", p)
	})
}

func TestRemoveOrg(t *testing.T) {
	c := newConsortium(t)
	block := c.found(t)
	out := filepath.Join(c.dir, "rm.pb")
	expectRefusal(t, "unknown MSP NopeMSP", "remove-org", "--config", block, "--msp", "NopeMSP", "--out", out)
	expectRefusal(t, "removing BankMSP is not supported while it runs consenters", "remove-org", "--config", block, "--msp", "BankMSP", "--out", out)

	add := filepath.Join(c.dir, "add.pb")
	expectOK(t, "add-org", "--config", block, "--definition", c.def(t, c.bank2), "--out", add)
	next := c.apply(t, block, add)
	expectOK(t, "remove-org", "--config", next, "--msp", "Bank2MSP", "--out", out)
	c.sign(t, out, c.bank, "BankMSP", c.bank.admin)
	c.sign(t, out, c.community, "CommunityMSP", c.community.admin)
	// 4 application organisations now: a majority is 3
	expectRefusal(t, "needs the admins of 3 of the 4 application organisations (MAJORITY); signed by 2: BankMSP, CommunityMSP; 1 more from: AuditMSP or Bank2MSP", "check-update", "--config", next, "--update", out)
	c.sign(t, out, c.audit, "AuditMSP", c.audit.admin)
	expectOK(t, "check-update", "--config", next, "--update", out)
	gone := c.apply(t, next, out)
	if ctx := configtx.New(readBlockConfig(t, gone)); ctx.Application().Organization("Bank2MSP") != nil {
		t.Fatal("Bank2MSP still in the channel")
	}

	t.Run("the last organisation", func(t *testing.T) {
		// a channel founded by one organisation running no orderer cannot be made here; the
		// refusal is checked directly on a config with one application organisation without orderers
		cfg := readBlockConfig(t, next)
		app := cfg.ChannelGroup.Groups["Application"]
		for k := range app.Groups {
			if k != "Bank2MSP" {
				delete(app.Groups, k)
			}
		}
		_, _, err := RemoveOrg(cfg, "civic", "Bank2MSP")
		if err == nil || !strings.Contains(err.Error(), "last organisation of channel civic") {
			t.Fatalf("removing the last organisation: %v", err)
		}
	})
}

func TestUpdateOrg(t *testing.T) {
	c := newConsortium(t)
	block := c.found(t)
	// Bank replaces its admin certificate and revokes the old one
	newAdmin := c.bank.ca.issue(t, "Admin@bank.civic.test", "admin")
	o := *c.bank
	o.def.AdminCerts = []string{certPEM(newAdmin.cert)}
	o.def.CRLs = []string{c.bank.ca.crl(t, c.bank.admin.cert)}
	def := c.file(t, "bank-v2.json", o.json(t))
	up := filepath.Join(c.dir, "bank-v2.pb")
	expectOK(t, "update-org", "--config", block, "--definition", def, "--out", up)

	c.sign(t, up, c.community, "CommunityMSP", c.community.admin)
	c.sign(t, up, c.audit, "AuditMSP", c.audit.admin)
	expectRefusal(t, "needs an admin of BankMSP; signed by admins of 2 organisation(s): AuditMSP, CommunityMSP (policy /Channel/Application/BankMSP/Admins)", "check-update", "--config", block, "--update", up)
	c.sign(t, up, c.bank, "BankMSP", c.bank.admin) // the old admin still counts: the CRL is not in force yet
	expectOK(t, "check-update", "--config", block, "--update", up)

	next := c.apply(t, block, up)
	cfg := readBlockConfig(t, next)
	for _, g := range []string{"Application", "Orderer"} {
		m := cfg.ChannelGroup.Groups[g].Groups["BankMSP"].Values["MSP"].Value
		if !bytes.Contains(m, []byte(certPEM(newAdmin.cert))) || bytes.Contains(m, []byte(certPEM(c.bank.admin.cert))) {
			t.Fatalf("%s/BankMSP does not hold the new admin certificate only", g)
		}
	}
	a := cfg.ChannelGroup.Groups["Application"].Groups["BankMSP"].Values["MSP"].Value
	b := cfg.ChannelGroup.Groups["Orderer"].Groups["BankMSP"].Values["MSP"].Value
	if !bytes.Equal(a, b) {
		t.Fatal("BankMSP's MSP differs between the Application and Orderer groups after the update")
	}

	expectRefusal(t, "nothing to update", "update-org", "--config", next, "--definition", def, "--out", filepath.Join(c.dir, "same.pb"))
	expectRefusal(t, "unknown MSP Bank2MSP", "update-org", "--config", next, "--definition", c.def(t, c.bank2), "--out", filepath.Join(c.dir, "x.pb"))
	moved := o
	moved.def.Orderers = []OrdererEntry{{Host: "127.0.0.1", Port: 29999, TLSCert: o.def.Orderers[0].TLSCert}}
	expectRefusal(t, "changing orderers is not supported", "update-org", "--config", next, "--definition", c.file(t, "moved.json", moved.json(t)), "--out", filepath.Join(c.dir, "x.pb"))
}

func TestSignRefusals(t *testing.T) {
	c := newConsortium(t)
	block := c.found(t)
	up := filepath.Join(c.dir, "u.pb")
	expectOK(t, "add-org", "--config", block, "--definition", c.def(t, c.bank2), "--out", up)
	cert := c.file(t, "a.pem", []byte(certPEM(c.bank.admin.cert)))
	wrongKey := c.file(t, "b.key", []byte(keyPEM(t, c.bank.user.key)))
	expectRefusal(t, "is not the private key of", "sign", "--update", up, "--msp", "BankMSP", "--cert", cert, "--key", wrongKey)
	expectRefusal(t, "not a config update envelope", "sign", "--update", block, "--msp", "BankMSP", "--cert", cert, "--key", wrongKey)
	expectRefusal(t, "missing --key", "sign", "--update", up, "--msp", "BankMSP", "--cert", cert)
}

func TestSignWithConfig(t *testing.T) {
	c := newConsortium(t)
	block := c.found(t)
	up := filepath.Join(c.dir, "u.pb")
	expectOK(t, "add-org", "--config", block, "--definition", c.def(t, c.bank2), "--out", up)
	cert := c.file(t, "a.pem", []byte(certPEM(c.bank.admin.cert)))
	key := c.file(t, "a.key", []byte(keyPEM(t, c.bank.admin.key)))
	out := expectOK(t, "sign", "--update", up, "--msp", "BankMSP", "--cert", cert, "--key", key, "--config", block)
	if !strings.Contains(out, "signed by BankMSP (1 signature(s)): adding Bank2MSP to /Channel/Application") {
		t.Fatal(out)
	}
	// once the channel has moved on, signing the old proposal is refused and the file stays as it is
	c.sign(t, up, c.audit, "AuditMSP", c.audit.admin)
	next := c.apply(t, block, up)
	before, _ := os.ReadFile(up)
	cert2 := c.file(t, "c.pem", []byte(certPEM(c.community.admin.cert)))
	key2 := c.file(t, "c.key", []byte(keyPEM(t, c.community.admin.key)))
	expectRefusal(t, "not signed: the update was computed from an older configuration", "sign", "--update", up, "--msp", "CommunityMSP", "--cert", cert2, "--key", key2, "--config", next)
	after, _ := os.ReadFile(up)
	if !bytes.Equal(before, after) {
		t.Fatal("a refused signature changed the file")
	}
}

func TestOrderers(t *testing.T) {
	c := newConsortium(t)
	block := c.found(t)
	ca := filepath.Join(c.dir, "orderer-tlsca.pem")
	out := expectOK(t, "orderers", "--config", block, "--tls-ca-out", ca)
	if out != "127.0.0.1:21030\n127.0.0.1:21020\n127.0.0.1:21010\n" {
		t.Fatalf("orderers: %q", out)
	}
	b, err := os.ReadFile(ca)
	must(t, err)
	for _, o := range []*testOrg{c.community, c.bank, c.audit} {
		if !bytes.Contains(b, []byte(certPEM(o.tlsca.cert))) {
			t.Fatalf("the TLS CA bundle lacks %s's TLS CA", o.msp)
		}
	}
}

func TestDefinitionDigest(t *testing.T) {
	c := newConsortium(t)
	block := c.found(t)
	def := c.def(t, c.bank2)
	out := expectOK(t, "check-definition", def)
	i := strings.Index(out, "definition digest ")
	if i < 0 {
		t.Fatal(out)
	}
	dg := strings.TrimSpace(out[i+len("definition digest "):])
	if len(dg) != 16 {
		t.Fatalf("digest %q", dg)
	}
	up := filepath.Join(c.dir, "add.pb")
	expectOK(t, "add-org", "--config", block, "--definition", def, "--out", up)
	cert := c.file(t, "b.pem", []byte(certPEM(c.bank.admin.cert)))
	key := c.file(t, "b.key", []byte(keyPEM(t, c.bank.admin.key)))
	signed := expectOK(t, "sign", "--update", up, "--msp", "BankMSP", "--cert", cert, "--key", key, "--config", block)
	if !strings.Contains(signed, "organisation definitions in it: Bank2MSP (definition digest "+dg+")") {
		t.Fatalf("sign does not show the definition's digest %s: %s", dg, signed)
	}
	c.sign(t, up, c.audit, "AuditMSP", c.audit.admin)
	if out := expectOK(t, "check-update", "--config", block, "--update", up); !strings.Contains(out, "Bank2MSP (definition digest "+dg+")") {
		t.Fatalf("check-update does not show the definition's digest %s: %s", dg, out)
	}

	// a changed definition (an anchor peer moved) has another digest, and update-org shows the new one
	next := c.apply(t, block, up)
	moved := *c.bank2
	moved.def.AnchorPeers = []Endpoint{{Host: "127.0.0.1", Port: 21049}}
	def2 := c.file(t, "bank2-moved.json", moved.json(t))
	out2 := expectOK(t, "check-definition", def2)
	dg2 := strings.TrimSpace(out2[strings.Index(out2, "definition digest ")+len("definition digest "):])
	if dg2 == dg {
		t.Fatal("moving the anchor peer kept the digest")
	}
	up2 := filepath.Join(c.dir, "move.pb")
	expectOK(t, "update-org", "--config", next, "--definition", def2, "--out", up2)
	c.sign(t, up2, c.bank2, "Bank2MSP", c.bank2.admin)
	if out := expectOK(t, "check-update", "--config", next, "--update", up2); !strings.Contains(out, "Bank2MSP (definition digest "+dg2+")") {
		t.Fatalf("check-update of update-org does not show the new digest %s: %s", dg2, out)
	}
}

func TestCheckUpdateRefusesAnInconsistentDefinition(t *testing.T) {
	// an update made by another tool adds an organisation whose admin certificate its CA did not issue
	c := newConsortium(t)
	block := c.found(t)
	org := c.bank2.org(t)
	org.AdminCerts = []*x509.Certificate{newTestCA(t, "ca.elsewhere").issue(t, "Admin", "admin").cert}
	cfg := readBlockConfig(t, block)
	ctx := configtx.New(cfg)
	must(t, ctx.Application().SetOrganization(applicationOrg(org)))
	env, err := updateEnvelope(&ctx, "civic")
	must(t, err)
	up := filepath.Join(c.dir, "forged.pb")
	must(t, writeProto(up, env))
	c.sign(t, up, c.bank, "BankMSP", c.bank.admin)
	c.sign(t, up, c.audit, "AuditMSP", c.audit.admin)
	expectRefusal(t, "the update's definition of Bank2MSP: admin certificate 1 is not issued by its CA", "check-update", "--config", block, "--update", up)
}
