package main

import (
	"bytes"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"net"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// DefinitionFormat is the only organisation definition format civicgov reads.
const DefinitionFormat = "civic-ledger/organisation/1"

// Definition is an organisation definition file as an organisation exports it (public material only).
type Definition struct {
	Format      string         `json:"format"`
	Name        string         `json:"name"`
	MSPID       string         `json:"mspId"`
	Domain      string         `json:"domain"`
	CACerts     []string       `json:"caCerts"`
	TLSCACerts  []string       `json:"tlsCaCerts"`
	AdminCerts  []string       `json:"adminCerts"`
	CRLs        []string       `json:"crls"`
	NodeOUs     *NodeOUs       `json:"nodeOUs"`
	AnchorPeers []Endpoint     `json:"anchorPeers"`
	Orderers    []OrdererEntry `json:"orderers"`
}

// NodeOUs names the organisational units that tell an MSP's clients, peers, admins and orderers apart.
type NodeOUs struct {
	Client  string `json:"client"`
	Peer    string `json:"peer"`
	Admin   string `json:"admin"`
	Orderer string `json:"orderer"`
}

// Endpoint is a host name (or IP address) and a port.
type Endpoint struct {
	Host string `json:"host"`
	Port int    `json:"port"`
}

func (e Endpoint) String() string { return net.JoinHostPort(e.Host, strconv.Itoa(e.Port)) }

// OrdererEntry is one Raft orderer an organisation runs: its endpoint and its TLS certificate
// (used as the consenter's client and server certificate).
type OrdererEntry struct {
	Host    string `json:"host"`
	Port    int    `json:"port"`
	TLSCert string `json:"tlsCert"`
}

// Org is a checked definition with its certificates parsed.
type Org struct {
	Def        Definition
	CACerts    []*x509.Certificate
	TLSCACerts []*x509.Certificate
	AdminCerts []*x509.Certificate
	CRLs       []*pkix.CertificateList // the form fabric-config writes into the MSP
	OrdererTLS []*x509.Certificate     // one per Def.Orderers entry
}

var (
	nameRe  = regexp.MustCompile(`^[a-z][a-z0-9-]{0,31}$`)
	mspIDRe = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9.-]{0,63}$`)
	labelRe = regexp.MustCompile(`^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$`)
	ouRe    = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$`)
)

// ReadDefinition reads and checks a definition file; the error names the file and the first problem.
func ReadDefinition(path string) (*Org, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, errors.Unwrap(err))
	}
	org, err := ParseDefinition(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return org, nil
}

// ParseDefinition parses and checks a definition: the format, every field, every certificate and CRL,
// and that the admin certificates, the orderers' TLS certificates and the CRLs come from the
// organisation's own CAs.
func ParseDefinition(data []byte) (*Org, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var d Definition
	if err := dec.Decode(&d); err != nil {
		return nil, fmt.Errorf("not an organisation definition (JSON): %v", err)
	}
	if dec.More() {
		return nil, errors.New("not an organisation definition: more than one JSON value")
	}
	if d.Format != DefinitionFormat {
		return nil, fmt.Errorf("unknown format %q (expected %q)", d.Format, DefinitionFormat)
	}
	if !nameRe.MatchString(d.Name) {
		return nil, fmt.Errorf("name %q: must be a lowercase key (a-z, 0-9, '-', starting with a letter, at most 32)", d.Name)
	}
	if !mspIDRe.MatchString(d.MSPID) {
		return nil, fmt.Errorf("mspId %q: must be letters, digits, '.' and '-', starting with a letter, at most 64", d.MSPID)
	}
	if !validDNSName(d.Domain) {
		return nil, fmt.Errorf("domain %q: not a DNS name", d.Domain)
	}
	org := &Org{Def: d}
	var err error
	if org.CACerts, err = parseCACerts("caCerts", d.CACerts); err != nil {
		return nil, err
	}
	if org.TLSCACerts, err = parseCACerts("tlsCaCerts", d.TLSCACerts); err != nil {
		return nil, err
	}
	if d.NodeOUs == nil {
		return nil, errors.New("nodeOUs: missing (client, peer, admin, orderer)")
	}
	for _, ou := range []struct{ field, value string }{
		{"client", d.NodeOUs.Client}, {"peer", d.NodeOUs.Peer}, {"admin", d.NodeOUs.Admin}, {"orderer", d.NodeOUs.Orderer},
	} {
		if !ouRe.MatchString(ou.value) {
			return nil, fmt.Errorf("nodeOUs.%s %q: missing or not an OU name", ou.field, ou.value)
		}
	}
	if d.NodeOUs.Client == d.NodeOUs.Peer || d.NodeOUs.Client == d.NodeOUs.Admin || d.NodeOUs.Client == d.NodeOUs.Orderer ||
		d.NodeOUs.Peer == d.NodeOUs.Admin || d.NodeOUs.Peer == d.NodeOUs.Orderer || d.NodeOUs.Admin == d.NodeOUs.Orderer {
		return nil, errors.New("nodeOUs: the four OU names must differ")
	}
	if len(d.AdminCerts) == 0 {
		return nil, errors.New("adminCerts: at least one admin certificate is required")
	}
	for i, p := range d.AdminCerts {
		c, err := parseCert(fmt.Sprintf("adminCerts[%d]", i), p)
		if err != nil {
			return nil, err
		}
		if err := issuedBy(c, org.CACerts, x509.ExtKeyUsageAny); err != nil {
			return nil, fmt.Errorf("adminCerts[%d]: not issued by the organisation's CA (caCerts): %v", i, err)
		}
		ous := c.Subject.OrganizationalUnit
		if !contains(ous, d.NodeOUs.Admin) && !contains(ous, d.NodeOUs.Client) {
			return nil, fmt.Errorf("adminCerts[%d]: has neither the admin OU %q nor the client OU %q (Fabric refuses such an admin)", i, d.NodeOUs.Admin, d.NodeOUs.Client)
		}
		org.AdminCerts = append(org.AdminCerts, c)
	}
	for i, p := range d.CRLs {
		crl, err := parseCRL(fmt.Sprintf("crls[%d]", i), p, org.CACerts)
		if err != nil {
			return nil, err
		}
		org.CRLs = append(org.CRLs, crl)
	}
	for i, c := range org.AdminCerts {
		if revoked(c, org.CRLs) {
			return nil, fmt.Errorf("adminCerts[%d]: revoked by the definition's own CRL", i)
		}
	}
	if len(d.AnchorPeers) == 0 {
		return nil, errors.New("anchorPeers: at least one anchor peer is required")
	}
	seen := map[string]bool{}
	for i, a := range d.AnchorPeers {
		if err := checkEndpoint(fmt.Sprintf("anchorPeers[%d]", i), a.Host, a.Port); err != nil {
			return nil, err
		}
		if seen[a.String()] {
			return nil, fmt.Errorf("anchorPeers[%d]: %s is listed twice", i, a)
		}
		seen[a.String()] = true
	}
	for i, o := range d.Orderers {
		field := fmt.Sprintf("orderers[%d]", i)
		if err := checkEndpoint(field, o.Host, o.Port); err != nil {
			return nil, err
		}
		e := Endpoint{o.Host, o.Port}
		if seen[e.String()] {
			return nil, fmt.Errorf("%s: %s is listed twice", field, e)
		}
		seen[e.String()] = true
		c, err := parseCert(field+".tlsCert", o.TLSCert)
		if err != nil {
			return nil, err
		}
		if err := issuedBy(c, org.TLSCACerts, x509.ExtKeyUsageAny); err != nil {
			return nil, fmt.Errorf("%s.tlsCert (%s): not issued by the organisation's TLS CA (tlsCaCerts): %v", field, c.Subject.CommonName, err)
		}
		if c.VerifyHostname(o.Host) != nil {
			return nil, fmt.Errorf("%s.tlsCert (%s): not valid for host %q (its SANs: %s)", field, c.Subject.CommonName, o.Host, sans(c))
		}
		org.OrdererTLS = append(org.OrdererTLS, c)
	}
	return org, nil
}

func parseCACerts(field string, pems []string) ([]*x509.Certificate, error) {
	if len(pems) == 0 {
		return nil, fmt.Errorf("%s: at least one CA certificate is required", field)
	}
	var certs []*x509.Certificate
	for i, p := range pems {
		f := fmt.Sprintf("%s[%d]", field, i)
		c, err := parseCert(f, p)
		if err != nil {
			return nil, err
		}
		if !c.IsCA || c.KeyUsage&x509.KeyUsageCertSign == 0 {
			return nil, fmt.Errorf("%s (%s): not a CA certificate (needs CA:true and keyCertSign)", f, c.Subject.CommonName)
		}
		if len(c.SubjectKeyId) == 0 {
			return nil, fmt.Errorf("%s (%s): has no subject key identifier (Fabric needs it to match CRLs)", f, c.Subject.CommonName)
		}
		certs = append(certs, c)
	}
	return certs, nil
}

// pemBlock decodes a string holding exactly one PEM block of the given type.
func pemBlock(field, text, typ string) ([]byte, error) {
	b, rest := pem.Decode([]byte(text))
	if b == nil {
		return nil, fmt.Errorf("%s: not PEM", field)
	}
	if b.Type != typ {
		return nil, fmt.Errorf("%s: a PEM %q, expected %q", field, b.Type, typ)
	}
	if len(bytes.TrimSpace(rest)) != 0 {
		return nil, fmt.Errorf("%s: more than one PEM block (one per entry)", field)
	}
	return b.Bytes, nil
}

func parseCert(field, text string) (*x509.Certificate, error) {
	der, err := pemBlock(field, text, "CERTIFICATE")
	if err != nil {
		return nil, err
	}
	c, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, fmt.Errorf("%s: not an X.509 certificate: %v", field, err)
	}
	return c, nil
}

// parseCRL parses a PEM X509 CRL and checks that one of the CAs signed it and that it names that CA
// by its key identifier (Fabric applies a CRL to a certificate only when they match).
func parseCRL(field, text string, cas []*x509.Certificate) (*pkix.CertificateList, error) {
	der, err := pemBlock(field, text, "X509 CRL")
	if err != nil {
		return nil, err
	}
	rl, err := x509.ParseRevocationList(der)
	if err != nil {
		return nil, fmt.Errorf("%s: not an X.509 CRL: %v", field, err)
	}
	var signer *x509.Certificate
	for _, ca := range cas {
		if rl.CheckSignatureFrom(ca) == nil {
			signer = ca
			break
		}
	}
	if signer == nil {
		return nil, fmt.Errorf("%s: not signed by the organisation's CA (caCerts)", field)
	}
	if !bytes.Equal(rl.AuthorityKeyId, signer.SubjectKeyId) {
		return nil, fmt.Errorf("%s: its authority key identifier does not name the CA that signed it (Fabric would ignore it)", field)
	}
	//lint:ignore SA1019 fabric-config's MSP holds CRLs as pkix.CertificateList
	crl, err := x509.ParseCRL(der) //nolint:staticcheck
	if err != nil {
		return nil, fmt.Errorf("%s: not an X.509 CRL: %v", field, err)
	}
	return crl, nil
}

// issuedBy checks that cert chains to one of roots and is valid now.
func issuedBy(cert *x509.Certificate, roots []*x509.Certificate, usage x509.ExtKeyUsage) error {
	pool := x509.NewCertPool()
	for _, r := range roots {
		pool.AddCert(r)
	}
	_, err := cert.Verify(x509.VerifyOptions{Roots: pool, KeyUsages: []x509.ExtKeyUsage{usage}, CurrentTime: time.Now()})
	return err
}

// revoked tells whether a CRL of its issuer lists the certificate.
func revoked(cert *x509.Certificate, crls []*pkix.CertificateList) bool {
	for _, crl := range crls {
		der, err := asn1.Marshal(*crl) // its TBS part keeps the original bytes
		if err != nil {
			continue
		}
		rl, err := x509.ParseRevocationList(der)
		if err != nil || !bytes.Equal(rl.RawIssuer, cert.RawIssuer) {
			continue
		}
		for _, rc := range rl.RevokedCertificateEntries {
			if rc.SerialNumber.Cmp(cert.SerialNumber) == 0 {
				return true
			}
		}
	}
	return false
}

func checkEndpoint(field, host string, port int) error {
	if net.ParseIP(host) == nil && !validDNSName(host) {
		return fmt.Errorf("%s: host %q is neither a DNS name nor an IP address", field, host)
	}
	if port < 1 || port > 65535 {
		return fmt.Errorf("%s: port %d is not in 1..65535", field, port)
	}
	return nil
}

func validDNSName(s string) bool {
	if s == "" || len(s) > 253 {
		return false
	}
	for _, l := range strings.Split(s, ".") {
		if !labelRe.MatchString(l) {
			return false
		}
	}
	return true
}

func sans(c *x509.Certificate) string {
	var s []string
	s = append(s, c.DNSNames...)
	for _, ip := range c.IPAddresses {
		s = append(s, ip.String())
	}
	if len(s) == 0 {
		return "none"
	}
	return strings.Join(s, ", ")
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
