package main

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha1"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"strings"
	"testing"
	"time"
)

// testCA is a certificate authority made for a test.
type testCA struct {
	cert *x509.Certificate
	key  *ecdsa.PrivateKey
	next int64
}

type testID struct {
	cert *x509.Certificate
	key  *ecdsa.PrivateKey
}

func newKey(t testing.TB) *ecdsa.PrivateKey {
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func ski(k *ecdsa.PrivateKey) []byte {
	pub, _ := x509.MarshalPKIXPublicKey(&k.PublicKey)
	h := sha1.Sum(pub)
	return h[:]
}

func newTestCA(t testing.TB, cn string) *testCA {
	k := newKey(t)
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: cn, Organization: []string{cn}},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(24 * time.Hour),
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign | x509.KeyUsageDigitalSignature,
		BasicConstraintsValid: true,
		IsCA:                  true,
		SubjectKeyId:          ski(k),
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &k.PublicKey, k)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := x509.ParseCertificate(der)
	return &testCA{cert: c, key: k, next: 100}
}

// issue makes a leaf certificate with the given OU; hosts (DNS names or IPs) make it a TLS certificate.
func (ca *testCA) issue(t testing.TB, cn, ou string, hosts ...string) testID {
	k := newKey(t)
	ca.next++
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(ca.next),
		Subject:      pkix.Name{CommonName: cn},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		SubjectKeyId: ski(k),
	}
	if ou != "" {
		tmpl.Subject.OrganizationalUnit = []string{ou}
	}
	if len(hosts) > 0 {
		tmpl.KeyUsage |= x509.KeyUsageKeyEncipherment
		tmpl.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth, x509.ExtKeyUsageClientAuth}
		for _, h := range hosts {
			if ip := net.ParseIP(h); ip != nil {
				tmpl.IPAddresses = append(tmpl.IPAddresses, ip)
			} else {
				tmpl.DNSNames = append(tmpl.DNSNames, h)
			}
		}
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca.cert, &k.PublicKey, ca.key)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := x509.ParseCertificate(der)
	return testID{cert: c, key: k}
}

func (ca *testCA) crl(t testing.TB, revoked ...*x509.Certificate) string {
	var entries []x509.RevocationListEntry
	for _, c := range revoked {
		entries = append(entries, x509.RevocationListEntry{SerialNumber: c.SerialNumber, RevocationTime: time.Now().Add(-time.Minute)})
	}
	der, err := x509.CreateRevocationList(rand.Reader, &x509.RevocationList{
		Number: big.NewInt(time.Now().UnixNano()), ThisUpdate: time.Now().Add(-time.Minute),
		NextUpdate: time.Now().Add(24 * time.Hour), RevokedCertificateEntries: entries,
	}, ca.cert, ca.key)
	if err != nil {
		t.Fatal(err)
	}
	return string(pem.EncodeToMemory(&pem.Block{Type: "X509 CRL", Bytes: der}))
}

func certPEM(c *x509.Certificate) string {
	return string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw}))
}

func keyPEM(t testing.TB, k *ecdsa.PrivateKey) string {
	der, err := x509.MarshalPKCS8PrivateKey(k)
	if err != nil {
		t.Fatal(err)
	}
	return string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}))
}

// testOrg is an organisation made for a test: its CAs, an admin, a client, a peer, and optionally an orderer.
type testOrg struct {
	name, msp, domain string
	ca, tlsca         *testCA
	admin, user, peer testID
	orderer, ordTLS   testID
	peerTLS           testID
	def               Definition
	port              int // its peer's port; its orderer's is port-1
}

func newTestOrg(t testing.TB, name string, withOrderer bool, port int) *testOrg {
	msp := strings.ToUpper(name[:1]) + name[1:] + "MSP"
	domain := name + ".civic.test"
	o := &testOrg{name: name, msp: msp, domain: domain, ca: newTestCA(t, "ca."+domain), tlsca: newTestCA(t, "tlsca."+domain), port: port}
	o.admin = o.ca.issue(t, "Admin@"+domain, "admin")
	o.user = o.ca.issue(t, "User1@"+domain, "client")
	o.peer = o.ca.issue(t, "peer0."+domain, "peer")
	o.peerTLS = o.tlsca.issue(t, "peer0."+domain, "", "peer0."+domain, "127.0.0.1")
	o.def = Definition{
		Format: DefinitionFormat, Name: name, MSPID: msp, Domain: domain,
		CACerts: []string{certPEM(o.ca.cert)}, TLSCACerts: []string{certPEM(o.tlsca.cert)},
		AdminCerts: []string{certPEM(o.admin.cert)}, CRLs: []string{},
		NodeOUs:     &NodeOUs{Client: "client", Peer: "peer", Admin: "admin", Orderer: "orderer"},
		AnchorPeers: []Endpoint{{Host: "127.0.0.1", Port: port}},
		Orderers:    []OrdererEntry{},
	}
	if withOrderer {
		o.orderer = o.ca.issue(t, "orderer0."+domain, "orderer")
		o.ordTLS = o.tlsca.issue(t, "orderer0."+domain, "", "orderer0."+domain, "127.0.0.1")
		o.def.Orderers = []OrdererEntry{{Host: "127.0.0.1", Port: port - 1, TLSCert: certPEM(o.ordTLS.cert)}}
	}
	return o
}

func (o *testOrg) org(t testing.TB) *Org {
	t.Helper()
	org, err := ParseDefinition(o.json(t))
	if err != nil {
		t.Fatalf("definition of %s: %v", o.msp, err)
	}
	return org
}

func (o *testOrg) json(t testing.TB) []byte {
	b, err := json.MarshalIndent(o.def, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func write(t testing.TB, path, content string) {
	must(t, os.WriteFile(path, []byte(content), 0o600))
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
