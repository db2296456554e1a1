package main

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/asn1"
	"encoding/pem"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/golang/protobuf/proto"
	"github.com/hyperledger/fabric-config/configtx"
	cb "github.com/hyperledger/fabric-protos-go/common"
	mb "github.com/hyperledger/fabric-protos-go/msp"
)

// CheckUpdate decides, as the orderer will, whether an update can be applied to the current
// configuration, and refuses earlier and more clearly: an update computed from an older configuration,
// a signature that does not verify or comes from an identity the channel does not know as an admin,
// and too few signatures for the modification policies of what the update changes (for the Application
// group's membership: a MAJORITY of the current application organisations' admins; for one
// organisation's definition: an admin of that organisation). It returns a one-line summary.
func CheckUpdate(cfg *cb.Config, channel string, u *Update) (string, error) {
	d, err := diffUpdate(cfg, channel, u)
	if err != nil {
		return "", err
	}
	current, write, delta := d.current, d.write, d.delta
	orgs, err := touchedOrgs(cfg, u)
	if err != nil {
		return "", err
	}
	if len(u.Envelope.Signatures) == 0 {
		return "", errors.New("the update carries no signature: sign it first (civicgov sign, or peer channel signconfigtx)")
	}
	signers, err := checkSignatures(cfg, channel, u)
	if err != nil {
		return "", err
	}

	// Each changed element that exists already must satisfy its own modification policy; an added
	// one is covered by its parent group's (whose version changes with its membership).
	ev := &evaluator{root: cfg.ChannelGroup, signers: signers}
	var satisfied []string
	done := map[string]bool{}
	for _, k := range delta {
		e, ok := current[k]
		if !ok {
			continue
		}
		groupPath, name, err := modPolicyOf(e)
		if err != nil {
			return "", err
		}
		ref := "/" + strings.Join(append(groupPath, name), "/")
		if done[ref] {
			continue
		}
		done[ref] = true
		ok, why := ev.evaluate(groupPath, name)
		if !ok {
			return "", fmt.Errorf("too few signatures: %s needs %s (policy %s)", changeSummary(current, write, k), why, ref)
		}
		satisfied = append(satisfied, ref)
	}
	return fmt.Sprintf("ready to submit: %s%s; policies satisfied: %s; %s",
		changeList(current, write, delta), orgList(orgs), strings.Join(satisfied, ", "), signedBy(signers)), nil
}

// diff is what an update changes in the current configuration.
type diff struct {
	current, write map[string]element
	delta          []string // keys of the elements it changes (or adds)
}

// diffUpdate checks that an update applies to the current configuration, as the orderer checks it
// (same channel, read set at the current versions, versions in the write set one up), and says what
// it changes.
func diffUpdate(cfg *cb.Config, channel string, u *Update) (*diff, error) {
	if u.ChannelID != channel {
		return nil, fmt.Errorf("the update is for channel %q, the config block for %q", u.ChannelID, channel)
	}
	current := mapConfig(cfg.ChannelGroup)
	read := mapConfig(u.Update.ReadSet)
	write := mapConfig(u.Update.WriteSet)
	for _, k := range sortedKeys(read) {
		e, ok := current[k]
		if !ok {
			return nil, fmt.Errorf("the update reads %s, which the channel does not have: it was computed from another channel's configuration", k)
		}
		if e.version != read[k].version {
			return nil, fmt.Errorf("the update was computed from an older configuration (%s is at version %d, the update expects %d): fetch the config again and propose it again", k, e.version, read[k].version)
		}
	}
	var delta []string
	for _, k := range sortedKeys(write) {
		if r, ok := read[k]; ok && r.version == write[k].version {
			continue
		}
		e, exists := current[k]
		switch {
		case !exists && write[k].version != 0:
			return nil, fmt.Errorf("the update sets new element %s to version %d (must be 0)", k, write[k].version)
		case exists && write[k].version != e.version+1:
			return nil, fmt.Errorf("the update sets %s to version %d, but it is at version %d", k, write[k].version, e.version)
		}
		delta = append(delta, k)
	}
	if len(delta) == 0 {
		return nil, errors.New("the update changes nothing")
	}
	return &diff{current: current, write: write, delta: delta}, nil
}

// ---------------------------------------------------------------- signatures

// signer is the identity behind a signature that verified.
type signer struct {
	n     int // 1-based position of its signature
	mspID string
	cert  *x509.Certificate
	raw   []byte // the serialized identity
	roles map[mb.MSPRole_MSPRoleType]bool
}

// checkSignatures verifies every signature against the current configuration's MSPs and requires each
// signer to be an admin of the MSP it claims.
func checkSignatures(cfg *cb.Config, channel string, u *Update) ([]*signer, error) {
	msps, err := channelMSPs(cfg)
	if err != nil {
		return nil, err
	}
	var out []*signer
	seen := map[string]bool{}
	for i, s := range u.Envelope.Signatures {
		n := i + 1
		sh := &cb.SignatureHeader{}
		if err := proto.Unmarshal(s.SignatureHeader, sh); err != nil {
			return nil, fmt.Errorf("signature %d: bad signature header", n)
		}
		sid := &mb.SerializedIdentity{}
		if err := proto.Unmarshal(sh.Creator, sid); err != nil || sid.Mspid == "" {
			return nil, fmt.Errorf("signature %d: no signer identity in its header", n)
		}
		who := fmt.Sprintf("signature %d by %s", n, sid.Mspid)
		m, ok := msps[sid.Mspid]
		if !ok {
			return nil, fmt.Errorf("%s: %s is not an organisation of channel %s", who, sid.Mspid, channel)
		}
		b, _ := pem.Decode(sid.IdBytes)
		if b == nil || b.Type != "CERTIFICATE" {
			return nil, fmt.Errorf("%s: its identity is not a PEM certificate", who)
		}
		cert, err := x509.ParseCertificate(b.Bytes)
		if err != nil {
			return nil, fmt.Errorf("%s: its identity is not a certificate: %v", who, err)
		}
		if err := verifyIssued(cert, m); err != nil {
			return nil, fmt.Errorf("%s: its certificate is not issued by %s's CA in the channel: %v", who, sid.Mspid, err)
		}
		if revoked(cert, m.RevocationList) {
			return nil, fmt.Errorf("%s: its certificate is revoked by %s's CRL", who, sid.Mspid)
		}
		roles, err := rolesOf(cert, m)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", who, err)
		}
		if err := verifySignature(cert, s.Signature, append(append([]byte{}, s.SignatureHeader...), u.Envelope.ConfigUpdate...)); err != nil {
			return nil, fmt.Errorf("%s: the signature does not verify (%v)", who, err)
		}
		if !roles[mb.MSPRole_ADMIN] {
			return nil, fmt.Errorf("%s: not an admin", who)
		}
		// Fabric counts an identity once however often it signed.
		id := sid.Mspid + "\x00" + string(cert.Raw)
		if seen[id] {
			continue
		}
		seen[id] = true
		out = append(out, &signer{n: n, mspID: sid.Mspid, cert: cert, raw: sh.Creator, roles: roles})
	}
	return out, nil
}

// channelMSPs collects every MSP the configuration defines, by MSP id.
func channelMSPs(cfg *cb.Config) (map[string]configtx.MSP, error) {
	app, ordOnly, err := channelOrgs(cfg)
	if err != nil {
		return nil, err
	}
	out := map[string]configtx.MSP{}
	for k, o := range app {
		out[k] = o.MSP
	}
	for k, o := range ordOnly {
		out[k] = o.MSP
	}
	return out, nil
}

func verifyIssued(cert *x509.Certificate, m configtx.MSP) error {
	roots, inter := x509.NewCertPool(), x509.NewCertPool()
	for _, c := range m.RootCerts {
		roots.AddCert(c)
	}
	for _, c := range m.IntermediateCerts {
		inter.AddCert(c)
	}
	_, err := cert.Verify(x509.VerifyOptions{Roots: roots, Intermediates: inter, KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageAny}, CurrentTime: time.Now()})
	return err
}

// rolesOf gives the roles an identity holds in its MSP, as Fabric's MSP decides them (NodeOUs: exactly
// one node OU; an admin is one with the admin OU or one listed among the MSP's admins).
func rolesOf(cert *x509.Certificate, m configtx.MSP) (map[mb.MSPRole_MSPRoleType]bool, error) {
	roles := map[mb.MSPRole_MSPRoleType]bool{mb.MSPRole_MEMBER: true}
	for _, a := range m.Admins {
		if a.Equal(cert) {
			roles[mb.MSPRole_ADMIN] = true
		}
	}
	if !m.NodeOUs.Enable {
		return roles, nil
	}
	ous := map[string]mb.MSPRole_MSPRoleType{
		m.NodeOUs.ClientOUIdentifier.OrganizationalUnitIdentifier:  mb.MSPRole_CLIENT,
		m.NodeOUs.PeerOUIdentifier.OrganizationalUnitIdentifier:    mb.MSPRole_PEER,
		m.NodeOUs.AdminOUIdentifier.OrganizationalUnitIdentifier:   mb.MSPRole_ADMIN,
		m.NodeOUs.OrdererOUIdentifier.OrganizationalUnitIdentifier: mb.MSPRole_ORDERER,
	}
	delete(ous, "")
	count := 0
	for _, ou := range cert.Subject.OrganizationalUnit {
		if r, ok := ous[ou]; ok {
			roles[r] = true
			count++
		}
	}
	if count != 1 {
		return nil, fmt.Errorf("its certificate has %d of the MSP's node OUs (client, peer, admin, orderer); Fabric requires exactly one", count)
	}
	return roles, nil
}

// verifySignature checks an ECDSA signature over SHA-256(msg), with the low-S form Fabric requires.
func verifySignature(cert *x509.Certificate, sig, msg []byte) error {
	pub, ok := cert.PublicKey.(*ecdsa.PublicKey)
	if !ok {
		return fmt.Errorf("key type %T is not ECDSA", cert.PublicKey)
	}
	var rs struct{ R, S *big.Int }
	if rest, err := asn1.Unmarshal(sig, &rs); err != nil || len(rest) != 0 || rs.R == nil || rs.S == nil {
		return errors.New("not an ECDSA signature")
	}
	half := new(big.Int).Rsh(pub.Curve.Params().N, 1)
	if rs.S.Sign() <= 0 || rs.S.Cmp(half) > 0 {
		return errors.New("not in low-S form")
	}
	digest := sha256.Sum256(msg)
	if !ecdsa.Verify(pub, digest[:], rs.R, rs.S) {
		return errors.New("wrong signature")
	}
	return nil
}

func signedBy(signers []*signer) string {
	var m []string
	seen := map[string]bool{}
	for _, s := range signers {
		if !seen[s.mspID] {
			seen[s.mspID] = true
			m = append(m, s.mspID)
		}
	}
	sort.Strings(m)
	if len(m) == 0 {
		return "signed by no admin"
	}
	return fmt.Sprintf("signed by admins of %d organisation(s): %s", len(m), strings.Join(m, ", "))
}

// ---------------------------------------------------------------- the configuration as elements

// element is a group, value or policy of a configuration, keyed as Fabric's validator keys them.
type element struct {
	kind      string   // Group, Value, Policy
	path      []string // the groups above it, from "Channel"
	name      string
	version   uint64
	modPolicy string
	group     *cb.ConfigGroup
}

func elementKey(kind string, path []string, name string) string {
	return fmt.Sprintf("[%s] /%s", kind, strings.Join(append(append([]string{}, path...), name), "/"))
}

func mapConfig(root *cb.ConfigGroup) map[string]element {
	out := map[string]element{}
	var walk func(g *cb.ConfigGroup, path []string, name string)
	walk = func(g *cb.ConfigGroup, path []string, name string) {
		out[elementKey("Group", path, name)] = element{"Group", path, name, g.Version, g.ModPolicy, g}
		inner := append(append([]string{}, path...), name)
		for k, v := range g.Values {
			out[elementKey("Value", inner, k)] = element{"Value", inner, k, v.Version, v.ModPolicy, nil}
		}
		for k, p := range g.Policies {
			out[elementKey("Policy", inner, k)] = element{"Policy", inner, k, p.Version, p.ModPolicy, nil}
		}
		for k, sub := range g.Groups {
			walk(sub, inner, k)
		}
	}
	if root != nil {
		walk(root, nil, configtx.ChannelGroupKey)
	}
	return out
}

// modPolicyOf resolves an element's mod_policy to a group path and a policy name: an absolute path
// from the channel root; a relative one from the group itself (for a group) or from the group holding it.
func modPolicyOf(e element) ([]string, string, error) {
	mp := e.modPolicy
	if mp == "" {
		return nil, "", fmt.Errorf("%s has no mod_policy: the channel cannot change it", elementKey(e.kind, e.path, e.name))
	}
	var base []string
	if strings.HasPrefix(mp, "/") {
		mp = mp[1:]
	} else {
		base = append(base, e.path...)
		if e.kind == "Group" {
			base = append(base, e.name)
		}
	}
	parts := strings.Split(mp, "/")
	return append(base, parts[:len(parts)-1]...), parts[len(parts)-1], nil
}

// changeSummary says in words what the update does to one element.
func changeSummary(current, write map[string]element, key string) string {
	e := current[key]
	w := write[key]
	if e.kind == "Group" && w.group != nil && e.group != nil {
		var added, removed []string
		for _, k := range sortedKeys(w.group.Groups) {
			if _, ok := e.group.Groups[k]; !ok {
				added = append(added, k)
			}
		}
		for _, k := range sortedKeys(e.group.Groups) {
			if _, ok := w.group.Groups[k]; !ok {
				removed = append(removed, k)
			}
		}
		where := "/" + strings.Join(append(append([]string{}, e.path...), e.name), "/")
		var parts []string
		if len(added) > 0 {
			parts = append(parts, "adding "+strings.Join(added, ", ")+" to "+where)
		}
		if len(removed) > 0 {
			parts = append(parts, "removing "+strings.Join(removed, ", ")+" from "+where)
		}
		if len(parts) > 0 {
			return strings.Join(parts, " and ")
		}
		return "changing " + where
	}
	return "changing " + strings.TrimPrefix(key, "["+e.kind+"] ")
}

// orgList introduces the organisations an update adds or changes, with their definition digests.
func orgList(orgs []string) string {
	if len(orgs) == 0 {
		return ""
	}
	return "; organisation definitions in it: " + strings.Join(orgs, ", ")
}

func changeList(current, write map[string]element, delta []string) string {
	var out []string
	for _, k := range delta {
		if _, ok := current[k]; ok {
			out = append(out, changeSummary(current, write, k))
		}
	}
	return strings.Join(out, "; ")
}

// ---------------------------------------------------------------- policies

// evaluator evaluates the current configuration's policies against a set of verified signers, as
// Fabric's cauthdsl and implicit meta policies do.
type evaluator struct {
	root    *cb.ConfigGroup
	signers []*signer
}

func (ev *evaluator) group(path []string) *cb.ConfigGroup {
	if len(path) == 0 || path[0] != configtx.ChannelGroupKey {
		return nil
	}
	g := ev.root
	for _, p := range path[1:] {
		if g = g.Groups[p]; g == nil {
			return nil
		}
	}
	return g
}

// evaluate tells whether the policy name of the group at path is satisfied; if not, it says what it needs.
func (ev *evaluator) evaluate(path []string, name string) (bool, string) {
	g := ev.group(path)
	where := "/" + strings.Join(path, "/")
	if g == nil || g.Policies[name] == nil || g.Policies[name].Policy == nil {
		return false, fmt.Sprintf("policy %s/%s, which the channel does not define", where, name)
	}
	p := g.Policies[name].Policy
	switch cb.Policy_PolicyType(p.Type) {
	case cb.Policy_SIGNATURE:
		env := &cb.SignaturePolicyEnvelope{}
		if err := proto.Unmarshal(p.Value, env); err != nil || env.Rule == nil {
			return false, fmt.Sprintf("policy %s/%s, which is malformed", where, name)
		}
		used := make([]bool, len(ev.signers))
		if ev.signatureRule(env.Rule, env.Identities, used) {
			return true, ""
		}
		return false, describeSignaturePolicy(env) + "; " + signedBy(ev.signers)
	case cb.Policy_IMPLICIT_META:
		imp := &cb.ImplicitMetaPolicy{}
		if err := proto.Unmarshal(p.Value, imp); err != nil {
			return false, fmt.Sprintf("policy %s/%s, which is malformed", where, name)
		}
		subs := sortedKeys(g.Groups)
		var ok []string
		for _, k := range subs {
			if good, _ := ev.evaluate(append(append([]string{}, path...), k), imp.SubPolicy); good {
				ok = append(ok, k)
			}
		}
		need := 1
		switch imp.Rule {
		case cb.ImplicitMetaPolicy_ALL:
			need = len(subs)
		case cb.ImplicitMetaPolicy_MAJORITY:
			need = len(subs)/2 + 1
		}
		if len(ok) >= need {
			return true, ""
		}
		what := strings.ToLower(imp.SubPolicy)
		if imp.SubPolicy == configtx.AdminsPolicyKey {
			what = "admins"
		}
		var missing []string
		for _, k := range subs {
			if !contains(ok, k) {
				missing = append(missing, k)
			}
		}
		has := "none"
		if len(ok) > 0 {
			has = strings.Join(ok, ", ")
		}
		return false, fmt.Sprintf("the %s of %d of the %d %s (%s); signed by %d: %s; %d more from: %s",
			what, need, len(subs), groupNoun(path), imp.Rule, len(ok), has, need-len(ok), strings.Join(missing, " or "))
	default:
		return false, fmt.Sprintf("policy %s/%s of a type civicgov does not evaluate (%d)", where, name, p.Type)
	}
}

// signatureRule evaluates a signature policy rule as Fabric's cauthdsl does: each signer satisfies at
// most one principal; an n-out-of commits the signers it used only when it is satisfied.
func (ev *evaluator) signatureRule(rule *cb.SignaturePolicy, principals []*mb.MSPPrincipal, used []bool) bool {
	switch t := rule.Type.(type) {
	case *cb.SignaturePolicy_SignedBy:
		if int(t.SignedBy) >= len(principals) {
			return false
		}
		for i, s := range ev.signers {
			if !used[i] && satisfies(s, principals[t.SignedBy]) {
				used[i] = true
				return true
			}
		}
		return false
	case *cb.SignaturePolicy_NOutOf_:
		trial := append([]bool{}, used...)
		n := 0
		for _, r := range t.NOutOf.Rules {
			if ev.signatureRule(r, principals, trial) {
				n++
			}
		}
		if n >= int(t.NOutOf.N) {
			copy(used, trial)
			return true
		}
		return false
	}
	return false
}

func satisfies(s *signer, p *mb.MSPPrincipal) bool {
	switch p.PrincipalClassification {
	case mb.MSPPrincipal_ROLE:
		r := &mb.MSPRole{}
		if proto.Unmarshal(p.Principal, r) != nil {
			return false
		}
		return r.MspIdentifier == s.mspID && s.roles[r.Role]
	case mb.MSPPrincipal_IDENTITY:
		return bytes.Equal(p.Principal, s.raw)
	}
	return false
}

// describeSignaturePolicy says what a signature policy asks for, in words for the common forms.
func describeSignaturePolicy(env *cb.SignaturePolicyEnvelope) string {
	var parts []string
	for _, p := range env.Identities {
		r := &mb.MSPRole{}
		if p.PrincipalClassification != mb.MSPPrincipal_ROLE || proto.Unmarshal(p.Principal, r) != nil {
			parts = append(parts, "a specific identity")
			continue
		}
		parts = append(parts, fmt.Sprintf("%s %s of %s", article(r.Role), strings.ToLower(r.Role.String()), r.MspIdentifier))
	}
	if no := env.Rule.GetNOutOf(); no != nil && int(no.N) < len(no.Rules) || len(parts) > 1 {
		n := 1
		if no := env.Rule.GetNOutOf(); no != nil {
			n = int(no.N)
		}
		return fmt.Sprintf("%d signature(s) from: %s", n, strings.Join(parts, "; "))
	}
	return strings.Join(parts, "; ")
}

// groupNoun names a group's sub-groups in words.
func groupNoun(path []string) string {
	switch strings.Join(path, "/") {
	case "Channel/Application":
		return "application organisations"
	case "Channel/Orderer":
		return "ordering organisations"
	case "Channel":
		return "groups of the channel"
	}
	return "members of /" + strings.Join(path, "/")
}

func article(r mb.MSPRole_MSPRoleType) string {
	if r == mb.MSPRole_ADMIN || r == mb.MSPRole_ORDERER {
		return "an"
	}
	return "a"
}
