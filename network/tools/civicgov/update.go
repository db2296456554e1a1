package main

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/golang/protobuf/proto"
	"github.com/hyperledger/fabric-config/configtx"
	"github.com/hyperledger/fabric-config/configtx/orderer"
	cb "github.com/hyperledger/fabric-protos-go/common"
	mb "github.com/hyperledger/fabric-protos-go/msp"
)

// channelOrg is an organisation as a channel configuration holds it.
type channelOrg struct {
	Key     string // its group's key
	MSP     configtx.MSP
	Orderer bool // also in the Orderer group
}

// channelOrgs lists the organisations of the Application group by MSP id, noting those that are also
// in the Orderer group; ordererOnly lists the Orderer group's organisations outside the Application group.
func channelOrgs(cfg *cb.Config) (app map[string]*channelOrg, ordererOnly map[string]*channelOrg, err error) {
	ctx := configtx.New(cfg)
	app = map[string]*channelOrg{}
	ordererOnly = map[string]*channelOrg{}
	groups := cfg.ChannelGroup.Groups
	if g := groups[configtx.ApplicationGroupKey]; g != nil {
		for _, key := range sortedKeys(g.Groups) {
			m, err := ctx.Application().Organization(key).MSP().Configuration()
			if err != nil {
				return nil, nil, fmt.Errorf("application organisation %s: %v", key, err)
			}
			app[m.Name] = &channelOrg{Key: key, MSP: m}
		}
	}
	if g := groups[configtx.OrdererGroupKey]; g != nil {
		for _, key := range sortedKeys(g.Groups) {
			m, err := ctx.Orderer().Organization(key).MSP().Configuration()
			if err != nil {
				return nil, nil, fmt.Errorf("orderer organisation %s: %v", key, err)
			}
			if a, ok := app[m.Name]; ok {
				a.Orderer = true
			} else {
				ordererOnly[m.Name] = &channelOrg{Key: key, MSP: m, Orderer: true}
			}
		}
	}
	return app, ordererOnly, nil
}

func mspList(orgs map[string]*channelOrg) string {
	return strings.Join(sortedKeys(orgs), ", ")
}

// AddOrg proposes adding an organisation (one that runs no orderer) to the Application group.
func AddOrg(cfg *cb.Config, channel string, org *Org) (*cb.Envelope, string, error) {
	app, ordOnly, err := channelOrgs(cfg)
	if err != nil {
		return nil, "", err
	}
	m := org.Def.MSPID
	if app[m] != nil || ordOnly[m] != nil || cfg.ChannelGroup.Groups[configtx.ApplicationGroupKey].Groups[m] != nil {
		return nil, "", fmt.Errorf("duplicate MSP id %s: it is already an organisation of channel %s", m, channel)
	}
	if len(org.Def.Orderers) > 0 {
		return nil, "", fmt.Errorf("%s's definition lists orderers: add-org adds an organisation to the Application group only (joining the ordering service is not supported); export its definition without orderers", m)
	}
	if err := endpointsFree(cfg, org, ""); err != nil {
		return nil, "", err
	}
	ctx := configtx.New(cfg)
	if err := ctx.Application().SetOrganization(applicationOrg(org)); err != nil {
		return nil, "", err
	}
	env, err := updateEnvelope(&ctx, channel)
	if err != nil {
		return nil, "", err
	}
	return env, fmt.Sprintf("adds %s to channel %s (%d → %d application organisations)", m, channel, len(app), len(app)+1), nil
}

// RemoveOrg proposes removing an application organisation that runs no orderer.
func RemoveOrg(cfg *cb.Config, channel string, mspID string) (*cb.Envelope, string, error) {
	app, _, err := channelOrgs(cfg)
	if err != nil {
		return nil, "", err
	}
	o := app[mspID]
	if o == nil {
		return nil, "", fmt.Errorf("unknown MSP %s: not an application organisation of channel %s (its organisations: %s)", mspID, channel, mspList(app))
	}
	if o.Orderer {
		return nil, "", fmt.Errorf("removing %s is not supported while it runs consenters of channel %s (it is in the Orderer group)", mspID, channel)
	}
	if len(app) <= 1 {
		return nil, "", fmt.Errorf("%s is the last organisation of channel %s: a channel keeps at least one", mspID, channel)
	}
	ctx := configtx.New(cfg)
	ctx.Application().RemoveOrganization(o.Key)
	env, err := updateEnvelope(&ctx, channel)
	if err != nil {
		return nil, "", err
	}
	return env, fmt.Sprintf("removes %s from channel %s (%d → %d application organisations)", mspID, channel, len(app), len(app)-1), nil
}

// UpdateOrg proposes replacing an organisation's definition (its MSP: CAs, admins, CRLs, NodeOUs; its
// anchor peers). Its orderers must stay as they are: consenter changes are not supported.
func UpdateOrg(cfg *cb.Config, channel string, org *Org) (*cb.Envelope, string, error) {
	app, _, err := channelOrgs(cfg)
	if err != nil {
		return nil, "", err
	}
	m := org.Def.MSPID
	o := app[m]
	if o == nil {
		return nil, "", fmt.Errorf("unknown MSP %s: not an application organisation of channel %s (add it with add-org)", m, channel)
	}
	if o.Key != m {
		return nil, "", fmt.Errorf("%s's group in channel %s is named %q, not after its MSP id: update-org does not support it", m, channel, o.Key)
	}
	if err := sameOrderers(cfg, o, org); err != nil {
		return nil, "", err
	}
	if err := endpointsFree(cfg, org, o.Key); err != nil {
		return nil, "", err
	}
	ctx := configtx.New(cfg)
	if err := ctx.Application().SetOrganization(applicationOrg(org)); err != nil {
		return nil, "", err
	}
	if o.Orderer {
		if err := ctx.Orderer().SetOrganization(ordererOrg(org)); err != nil {
			return nil, "", err
		}
	}
	env, err := updateEnvelope(&ctx, channel)
	if err != nil {
		return nil, "", err
	}
	return env, fmt.Sprintf("updates %s's definition in channel %s", m, channel), nil
}

// sameOrderers refuses a definition whose orderers differ from the ones the channel has for the
// organisation (endpoints, and the consenters' TLS certificates).
func sameOrderers(cfg *cb.Config, o *channelOrg, org *Org) error {
	m := org.Def.MSPID
	if !o.Orderer {
		if len(org.Def.Orderers) > 0 {
			return fmt.Errorf("%s's definition lists orderers but %s runs none in the channel: joining the ordering service is not supported", m, m)
		}
		return nil
	}
	key := ordererGroupKey(cfg, m)
	if key != m {
		return fmt.Errorf("%s's Orderer group in the channel is named %q, not after its MSP id: update-org does not support it", m, key)
	}
	ctx := configtx.New(cfg)
	current, err := ctx.Orderer().Organization(key).Configuration()
	if err != nil {
		return err
	}
	ord, err := ctx.Orderer().Configuration()
	if err != nil {
		return err
	}
	byEndpoint := map[string]orderer.Consenter{}
	for _, c := range ord.EtcdRaft.Consenters {
		byEndpoint[Endpoint{c.Address.Host, c.Address.Port}.String()] = c
	}
	var want []string
	for i, e := range org.Def.Orderers {
		ep := Endpoint{e.Host, e.Port}.String()
		want = append(want, ep)
		c, ok := byEndpoint[ep]
		if !ok || !c.ServerTLSCert.Equal(org.OrdererTLS[i]) || !c.ClientTLSCert.Equal(org.OrdererTLS[i]) {
			return fmt.Errorf("%s's orderer %s differs from the channel's consenter (endpoint or TLS certificate): changing orderers is not supported by update-org", m, ep)
		}
	}
	have := append([]string(nil), current.OrdererEndpoints...)
	sort.Strings(have)
	sort.Strings(want)
	if strings.Join(have, ",") != strings.Join(want, ",") {
		return fmt.Errorf("%s's orderer endpoints would change (%s → %s): changing orderers is not supported by update-org", m, strings.Join(have, " "), strings.Join(want, " "))
	}
	return nil
}

// endpointsFree refuses anchor peers another organisation of the channel already names.
func endpointsFree(cfg *cb.Config, org *Org, self string) error {
	ctx := configtx.New(cfg)
	app := cfg.ChannelGroup.Groups[configtx.ApplicationGroupKey]
	for _, key := range sortedKeys(app.Groups) {
		if key == self {
			continue
		}
		peers, err := ctx.Application().Organization(key).AnchorPeers()
		if err != nil {
			return err
		}
		for _, p := range peers {
			for _, a := range org.Def.AnchorPeers {
				if p.Host == a.Host && p.Port == a.Port {
					return fmt.Errorf("anchor peer %s of %s is already %s's anchor peer", a, org.Def.MSPID, key)
				}
			}
		}
	}
	return nil
}

func updateEnvelope(ctx *configtx.ConfigTx, channel string) (*cb.Envelope, error) {
	nothing := errors.New("nothing to update: the channel already holds exactly this")
	if proto.Equal(ctx.OriginalConfig(), ctx.UpdatedConfig()) {
		return nil, nothing
	}
	marshaled, err := ctx.ComputeMarshaledUpdate(channel)
	if err != nil && strings.Contains(err.Error(), "no differences detected") {
		return nil, nothing
	}
	if err != nil {
		return nil, fmt.Errorf("computing the update: %v", err)
	}
	return configtx.NewEnvelope(marshaled)
}

// Update is a parsed UPDATE.pb.
type Update struct {
	ChannelID string
	Envelope  *cb.ConfigUpdateEnvelope
	Update    *cb.ConfigUpdate
}

func readUpdate(path string) (*Update, error) {
	env := &cb.Envelope{}
	if err := readProto(path, env); err != nil {
		return nil, err
	}
	u, err := parseUpdate(env)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return u, nil
}

func parseUpdate(env *cb.Envelope) (*Update, error) {
	payload := &cb.Payload{}
	if err := proto.Unmarshal(env.Payload, payload); err != nil || payload.Header == nil {
		return nil, errors.New("not a config update envelope (no payload header)")
	}
	ch := &cb.ChannelHeader{}
	if err := proto.Unmarshal(payload.Header.ChannelHeader, ch); err != nil {
		return nil, errors.New("not a config update envelope (bad channel header)")
	}
	if ch.Type != int32(cb.HeaderType_CONFIG_UPDATE) {
		return nil, fmt.Errorf("not a config update envelope (type %s)", cb.HeaderType(ch.Type))
	}
	cue := &cb.ConfigUpdateEnvelope{}
	if err := proto.Unmarshal(payload.Data, cue); err != nil {
		return nil, fmt.Errorf("not a config update envelope: %v", err)
	}
	cu := &cb.ConfigUpdate{}
	if err := proto.Unmarshal(cue.ConfigUpdate, cu); err != nil || cu.ReadSet == nil || cu.WriteSet == nil {
		return nil, errors.New("not a config update envelope (no config update in it)")
	}
	if cu.ChannelId != ch.ChannelId {
		return nil, fmt.Errorf("inconsistent: the envelope names channel %q, its update %q", ch.ChannelId, cu.ChannelId)
	}
	return &Update{ChannelID: cu.ChannelId, Envelope: cue, Update: cu}, nil
}

// SignFile appends the signer's ConfigSignature to an update file, in place. Signing twice with the
// same certificate leaves the file unchanged. With a current config block (configPath not empty) it
// first refuses an update that does not apply to it, and says what the signature approves.
func SignFile(path, mspID, certPath, keyPath, configPath string) (string, error) {
	u, err := readUpdate(path)
	if err != nil {
		return "", err
	}
	what := ""
	if configPath != "" {
		cfg, channel, err := readConfigBlock(configPath)
		if err != nil {
			return "", err
		}
		d, err := diffUpdate(cfg, channel, u)
		if err != nil {
			return "", fmt.Errorf("not signed: %v", err)
		}
		orgs, err := touchedOrgs(cfg, u)
		if err != nil {
			return "", fmt.Errorf("not signed: %v", err)
		}
		what = ": " + changeList(d.current, d.write, d.delta) + orgList(orgs)
	}
	if !mspIDRe.MatchString(mspID) {
		return "", fmt.Errorf("--msp %q: not an MSP id", mspID)
	}
	certPEM, err := os.ReadFile(certPath)
	if err != nil {
		return "", fmt.Errorf("%s: %v", certPath, errors.Unwrap(err))
	}
	cert, err := parseCert(certPath, strings.TrimSpace(string(certPEM)))
	if err != nil {
		return "", err
	}
	key, err := readECKey(keyPath)
	if err != nil {
		return "", err
	}
	pub, ok := cert.PublicKey.(*ecdsa.PublicKey)
	if !ok || !pub.Equal(&key.PublicKey) {
		return "", fmt.Errorf("%s is not the private key of %s", keyPath, certPath)
	}
	for i, s := range u.Envelope.Signatures {
		sid, err := signatureIdentity(s)
		if err == nil && sid.Mspid == mspID && bytes.Equal(bytes.TrimSpace(sid.IdBytes), bytes.TrimSpace(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: cert.Raw}))) {
			return fmt.Sprintf("%s: already signed by this certificate of %s (signature %d); unchanged%s", path, mspID, i+1, what), nil
		}
	}
	signer := &configtx.SigningIdentity{Certificate: cert, PrivateKey: key, MSPID: mspID}
	sig, err := signer.CreateConfigSignature(u.Envelope.ConfigUpdate)
	if err != nil {
		return "", err
	}
	env, err := configtx.NewEnvelope(u.Envelope.ConfigUpdate, append(u.Envelope.Signatures, sig)...)
	if err != nil {
		return "", err
	}
	if err := writeProto(path, env); err != nil {
		return "", err
	}
	return fmt.Sprintf("%s: signed by %s (%d signature(s))%s", path, mspID, len(u.Envelope.Signatures)+1, what), nil
}

func readECKey(path string) (*ecdsa.PrivateKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, errors.Unwrap(err))
	}
	b, _ := pem.Decode(data)
	if b == nil {
		return nil, fmt.Errorf("%s: not a PEM private key", path)
	}
	var k any
	switch b.Type {
	case "PRIVATE KEY":
		k, err = x509.ParsePKCS8PrivateKey(b.Bytes)
	case "EC PRIVATE KEY":
		k, err = x509.ParseECPrivateKey(b.Bytes)
	default:
		return nil, fmt.Errorf("%s: a PEM %q, expected a private key", path, b.Type)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: not a private key: %v", path, err)
	}
	ec, ok := k.(*ecdsa.PrivateKey)
	if !ok {
		return nil, fmt.Errorf("%s: not an ECDSA key (%T)", path, k)
	}
	return ec, nil
}

func signatureIdentity(s *cb.ConfigSignature) (*mb.SerializedIdentity, error) {
	sh := &cb.SignatureHeader{}
	if err := proto.Unmarshal(s.SignatureHeader, sh); err != nil {
		return nil, errors.New("bad signature header")
	}
	sid := &mb.SerializedIdentity{}
	if err := proto.Unmarshal(sh.Creator, sid); err != nil || sid.Mspid == "" {
		return nil, errors.New("no signer identity in its header")
	}
	return sid, nil
}
