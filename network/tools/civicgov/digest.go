package main

import (
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"fmt"
	"strings"

	"github.com/golang/protobuf/proto"
	"github.com/hyperledger/fabric-config/configtx"
	cb "github.com/hyperledger/fabric-protos-go/common"
	mb "github.com/hyperledger/fabric-protos-go/msp"
)

// An organisation's definition digest: SHA-256 over its MSP value and its anchor peers value as the
// channel holds them, first 16 hex digits. `check-definition` prints it for a definition file, and
// `sign --config` / `check-update` print it for each organisation an update adds or changes, so that a
// signer can tell that the update carries the definition the organisation sent, not another one.

// DefinitionDigest is the digest of the definition as add-org or update-org would put it in the channel.
func DefinitionDigest(o *Org) (string, error) {
	cfg := &cb.Config{ChannelGroup: &cb.ConfigGroup{Groups: map[string]*cb.ConfigGroup{configtx.ApplicationGroupKey: {}}}}
	ctx := configtx.New(cfg)
	ctx.UpdatedConfig().ChannelGroup.Groups[configtx.ApplicationGroupKey].Groups = map[string]*cb.ConfigGroup{}
	if err := ctx.Application().SetOrganization(applicationOrg(o)); err != nil {
		return "", err
	}
	g := ctx.UpdatedConfig().ChannelGroup.Groups[configtx.ApplicationGroupKey].Groups[o.Def.MSPID]
	return digest(valueOf(g, configtx.MSPKey), valueOf(g, configtx.AnchorPeersKey)), nil
}

func valueOf(g *cb.ConfigGroup, key string) []byte {
	if v := g.GetValues()[key]; v != nil {
		return v.Value
	}
	return nil
}

func digest(msp, anchors []byte) string {
	h := sha256.New()
	h.Write(msp)
	h.Write(anchors)
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// proposedValue is a value of an organisation's group once the update is applied: the write set's when
// it changes it; the current one when the update leaves it alone; nil when the update removes it.
func proposedValue(cur, w *cb.ConfigGroup, key string) []byte {
	if wv, ok := w.Values[key]; ok {
		if cur != nil {
			if cv, ok := cur.Values[key]; ok && cv.Version == wv.Version {
				return cv.Value // a placeholder in the write set: unchanged
			}
		}
		return wv.Value
	}
	if cur != nil && cur.Version == w.Version {
		return valueOf(cur, key)
	}
	return nil
}

// touchedOrgs checks the MSP of every application organisation an update adds or changes (root
// certificates are CAs, admin certificates issued by them, CRLs signed by them) and returns, for each,
// "MSPID (definition digest D)".
func touchedOrgs(cfg *cb.Config, u *Update) ([]string, error) {
	wapp := u.Update.WriteSet.GetGroups()[configtx.ApplicationGroupKey]
	if wapp == nil {
		return nil, nil
	}
	capp := cfg.ChannelGroup.Groups[configtx.ApplicationGroupKey]
	var out []string
	for _, k := range sortedKeys(wapp.Groups) {
		w := wapp.Groups[k]
		cur := capp.GetGroups()[k]
		if cur != nil && cur.Version == w.Version && !valuesChanged(cur, w) {
			continue
		}
		msp := proposedValue(cur, w, configtx.MSPKey)
		if err := checkMSPValue(msp); err != nil {
			return nil, fmt.Errorf("the update's definition of %s: %v", k, err)
		}
		out = append(out, fmt.Sprintf("%s (definition digest %s)", k, digest(msp, proposedValue(cur, w, configtx.AnchorPeersKey))))
	}
	return out, nil
}

func valuesChanged(cur, w *cb.ConfigGroup) bool {
	for k, wv := range w.Values {
		if cv, ok := cur.Values[k]; !ok || cv.Version != wv.Version {
			return true
		}
	}
	return false
}

// checkMSPValue checks an organisation's MSP value as the channel would hold it.
func checkMSPValue(value []byte) error {
	if len(value) == 0 {
		return errors.New("it has no MSP")
	}
	mc := &mb.MSPConfig{}
	if err := proto.Unmarshal(value, mc); err != nil {
		return errors.New("its MSP is malformed")
	}
	if mc.Type != 0 {
		return fmt.Errorf("its MSP is of type %d, not an X.509 (FABRIC) MSP", mc.Type)
	}
	fc := &mb.FabricMSPConfig{}
	if err := proto.Unmarshal(mc.Config, fc); err != nil {
		return errors.New("its MSP is malformed")
	}
	var roots []*x509.Certificate
	for i, r := range fc.RootCerts {
		c, err := parsePEMCert(r)
		if err != nil || !c.IsCA {
			return fmt.Errorf("root certificate %d is not a CA certificate", i+1)
		}
		roots = append(roots, c)
	}
	if len(roots) == 0 {
		return errors.New("its MSP has no root certificate")
	}
	for i, a := range fc.Admins {
		c, err := parsePEMCert(a)
		if err != nil {
			return fmt.Errorf("admin certificate %d is not a certificate", i+1)
		}
		if err := issuedBy(c, roots, x509.ExtKeyUsageAny); err != nil {
			return fmt.Errorf("admin certificate %d is not issued by its CA: %v", i+1, err)
		}
	}
	for i, r := range fc.RevocationList {
		if _, err := parseCRL(fmt.Sprintf("CRL %d", i+1), strings.TrimSpace(string(r)), roots); err != nil {
			return err
		}
	}
	return nil
}

func parsePEMCert(b []byte) (*x509.Certificate, error) {
	blk, _ := pem.Decode(b)
	if blk == nil || blk.Type != "CERTIFICATE" {
		return nil, errors.New("not a PEM certificate")
	}
	return x509.ParseCertificate(blk.Bytes)
}
