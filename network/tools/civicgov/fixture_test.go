package main

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// TestWriteNetworkFixture writes three organisations (each with a peer and a Raft orderer on 127.0.0.1)
// and a fourth without an orderer, as files, for a test against real Fabric processes. It runs only when
// CIVICGOV_FIXTURE names an empty directory; ports start at CIVICGOV_FIXTURE_PORT (default 21000).
func TestWriteNetworkFixture(t *testing.T) {
	dir := os.Getenv("CIVICGOV_FIXTURE")
	if dir == "" {
		t.Skip("CIVICGOV_FIXTURE not set")
	}
	base := 21000
	for i, spec := range []struct {
		name    string
		orderer bool
	}{{"community", true}, {"bank", true}, {"audit", true}, {"bank2", false}} {
		port := base + 10*(i+1) + 1
		o := newTestOrg(t, spec.name, spec.orderer, port)
		home := filepath.Join(dir, spec.name)
		must(t, os.MkdirAll(home, 0o755))
		write(t, filepath.Join(home, "definition.json"), string(o.json(t)))
		o.writeMSP(t, filepath.Join(home, "admin", "msp"), o.admin)
		o.writeTLS(t, filepath.Join(home, "admin", "tls"), o.tlsca.issue(t, "Admin@"+o.domain, "", "admin."+o.domain))
		o.writeMSP(t, filepath.Join(home, "user", "msp"), o.user)
		o.writeMSP(t, filepath.Join(home, "peer0", "msp"), o.peer)
		o.writeTLS(t, filepath.Join(home, "peer0", "tls"), o.peerTLS)
		if spec.orderer {
			o.writeMSP(t, filepath.Join(home, "orderer0", "msp"), o.orderer)
			o.writeTLS(t, filepath.Join(home, "orderer0", "tls"), o.ordTLS)
		}
		write(t, filepath.Join(home, "env"), "MSP="+o.msp+"\nPEER_PORT="+itoa(port)+"\nORDERER_PORT="+itoa(port-1)+"\n")
	}
}

func itoa(i int) string { return strconv.Itoa(i) }
