package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/golang/protobuf/proto"
	"github.com/hyperledger/fabric-config/configtx"
	"github.com/hyperledger/fabric-config/configtx/membership"
	"github.com/hyperledger/fabric-config/configtx/orderer"
	cb "github.com/hyperledger/fabric-protos-go/common"
	tspb "google.golang.org/protobuf/types/known/timestamppb"
)

// The channel's settings: each is defined here once (network/up.sh's configtx for the dev network
// states the same values).
const (
	channelCapability     = "V2_0"
	ordererCapability     = "V2_0"
	applicationCapability = "V2_5"

	defaultBatchTimeout     = 150 * time.Millisecond
	defaultMaxMessages      = 200
	absoluteMaxBytes        = 10 * 1024 * 1024
	preferredMaxBytes       = 4 * 1024 * 1024
	raftTickInterval        = "200ms"
	raftElectionTick        = 10
	raftHeartbeatTick       = 1
	raftMaxInflightBlocks   = 5
	raftSnapshotIntervalLen = 16 * 1024 * 1024
)

func implicitMeta(rule string) configtx.Policy {
	return configtx.Policy{Type: configtx.ImplicitMetaPolicyType, Rule: rule}
}

func signature(rule string) configtx.Policy {
	return configtx.Policy{Type: configtx.SignaturePolicyType, Rule: rule}
}

// orgMSP is the organisation's MSP as the channel holds it: the same value in the Application and
// the Orderer group (Fabric refuses two different definitions of one MSP id).
func orgMSP(o *Org) configtx.MSP {
	ou := func(name string) membership.OUIdentifier {
		return membership.OUIdentifier{Certificate: o.CACerts[0], OrganizationalUnitIdentifier: name}
	}
	return configtx.MSP{
		Name:           o.Def.MSPID,
		RootCerts:      o.CACerts,
		Admins:         o.AdminCerts,
		RevocationList: o.CRLs,
		CryptoConfig:   membership.CryptoConfig{SignatureHashFamily: "SHA2", IdentityIdentifierHashFunction: "SHA256"},
		TLSRootCerts:   o.TLSCACerts,
		NodeOUs: membership.NodeOUs{
			Enable:              true,
			ClientOUIdentifier:  ou(o.Def.NodeOUs.Client),
			PeerOUIdentifier:    ou(o.Def.NodeOUs.Peer),
			AdminOUIdentifier:   ou(o.Def.NodeOUs.Admin),
			OrdererOUIdentifier: ou(o.Def.NodeOUs.Orderer),
		},
	}
}

// applicationOrg is the organisation's group in /Channel/Application (group key = MSP id).
func applicationOrg(o *Org) configtx.Organization {
	m := o.Def.MSPID
	org := configtx.Organization{
		Name: m,
		MSP:  orgMSP(o),
		Policies: map[string]configtx.Policy{
			configtx.ReadersPolicyKey:     signature(fmt.Sprintf("OR('%s.admin', '%s.peer', '%s.client')", m, m, m)),
			configtx.WritersPolicyKey:     signature(fmt.Sprintf("OR('%s.admin', '%s.client')", m, m)),
			configtx.AdminsPolicyKey:      signature(fmt.Sprintf("OR('%s.admin')", m)),
			configtx.EndorsementPolicyKey: signature(fmt.Sprintf("OR('%s.peer')", m)),
		},
	}
	for _, a := range o.Def.AnchorPeers {
		org.AnchorPeers = append(org.AnchorPeers, configtx.Address{Host: a.Host, Port: a.Port})
	}
	return org
}

// ordererOrg is the organisation's group in /Channel/Orderer. Its orderer nodes (OU orderer) sign
// blocks (BlockValidation = ANY Writers) and pull blocks from each other (Readers), so here Readers and
// Writers also admit the orderer role.
func ordererOrg(o *Org) configtx.Organization {
	m := o.Def.MSPID
	org := configtx.Organization{
		Name: m,
		MSP:  orgMSP(o),
		Policies: map[string]configtx.Policy{
			configtx.ReadersPolicyKey: signature(fmt.Sprintf("OR('%s.admin', '%s.peer', '%s.client', '%s.orderer')", m, m, m, m)),
			configtx.WritersPolicyKey: signature(fmt.Sprintf("OR('%s.admin', '%s.client', '%s.orderer')", m, m, m)),
			configtx.AdminsPolicyKey:  signature(fmt.Sprintf("OR('%s.admin')", m)),
		},
	}
	for _, e := range o.Def.Orderers {
		org.OrdererEndpoints = append(org.OrdererEndpoints, Endpoint{e.Host, e.Port}.String())
	}
	return org
}

func consenters(o *Org) []orderer.Consenter {
	var cs []orderer.Consenter
	for i, e := range o.Def.Orderers {
		cs = append(cs, orderer.Consenter{
			Address:       orderer.EtcdAddress{Host: e.Host, Port: e.Port},
			ClientTLSCert: o.OrdererTLS[i],
			ServerTLSCert: o.OrdererTLS[i],
		})
	}
	return cs
}

// FoundOptions are the ordering settings an operator may choose when founding the channel.
type FoundOptions struct {
	BatchTimeout time.Duration
	MaxMessages  uint32
}

// Found makes the genesis block of an application channel (no system channel) from the founding
// organisations' definitions: all of them in the Application group, those running orderers also in the
// Orderer group, every listed orderer a Raft consenter.
func Found(channelID string, orgs []*Org, opts FoundOptions) (*cb.Block, error) {
	if err := checkChannelID(channelID); err != nil {
		return nil, err
	}
	if len(orgs) == 0 {
		return nil, errors.New("no organisation definitions given")
	}
	if opts.BatchTimeout <= 0 {
		return nil, fmt.Errorf("batch timeout %s: must be positive", opts.BatchTimeout)
	}
	if opts.MaxMessages < 1 {
		return nil, errors.New("max messages: must be at least 1")
	}
	seen := map[string]bool{}
	seenEndpoint := map[string]string{}
	var appOrgs, ordOrgs []configtx.Organization
	var cons []orderer.Consenter
	for _, o := range orgs {
		if seen[o.Def.MSPID] {
			return nil, fmt.Errorf("duplicate MSP id %s: two definitions name it", o.Def.MSPID)
		}
		seen[o.Def.MSPID] = true
		endpoints := append([]Endpoint(nil), o.Def.AnchorPeers...)
		for _, e := range o.Def.Orderers {
			endpoints = append(endpoints, Endpoint{e.Host, e.Port})
		}
		for _, e := range endpoints {
			if other, ok := seenEndpoint[e.String()]; ok {
				return nil, fmt.Errorf("endpoint %s is listed by both %s and %s", e, other, o.Def.MSPID)
			}
			seenEndpoint[e.String()] = o.Def.MSPID
		}
		appOrgs = append(appOrgs, applicationOrg(o))
		if len(o.Def.Orderers) > 0 {
			ordOrgs = append(ordOrgs, ordererOrg(o))
			cons = append(cons, consenters(o)...)
		}
	}
	if len(ordOrgs) == 0 {
		return nil, errors.New("no definition lists an orderer: a channel needs at least one Raft consenter")
	}
	channel := configtx.Channel{
		Capabilities: []string{channelCapability},
		Policies: map[string]configtx.Policy{
			configtx.ReadersPolicyKey: implicitMeta("ANY Readers"),
			configtx.WritersPolicyKey: implicitMeta("ANY Writers"),
			configtx.AdminsPolicyKey:  implicitMeta("MAJORITY Admins"),
		},
		Application: configtx.Application{
			Organizations: appOrgs,
			Capabilities:  []string{applicationCapability},
			Policies: map[string]configtx.Policy{
				configtx.ReadersPolicyKey:              implicitMeta("ANY Readers"),
				configtx.WritersPolicyKey:              implicitMeta("ANY Writers"),
				configtx.AdminsPolicyKey:               implicitMeta("MAJORITY Admins"),
				configtx.LifecycleEndorsementPolicyKey: implicitMeta("MAJORITY Endorsement"),
				configtx.EndorsementPolicyKey:          implicitMeta("MAJORITY Endorsement"),
			},
		},
		Orderer: configtx.Orderer{
			OrdererType:  orderer.ConsensusTypeEtcdRaft,
			BatchTimeout: opts.BatchTimeout,
			BatchSize: orderer.BatchSize{
				MaxMessageCount:   opts.MaxMessages,
				AbsoluteMaxBytes:  absoluteMaxBytes,
				PreferredMaxBytes: preferredMaxBytes,
			},
			EtcdRaft: orderer.EtcdRaft{
				Consenters: cons,
				Options: orderer.EtcdRaftOptions{
					TickInterval:         raftTickInterval,
					ElectionTick:         raftElectionTick,
					HeartbeatTick:        raftHeartbeatTick,
					MaxInflightBlocks:    raftMaxInflightBlocks,
					SnapshotIntervalSize: raftSnapshotIntervalLen,
				},
			},
			Organizations: ordOrgs,
			Capabilities:  []string{ordererCapability},
			Policies: map[string]configtx.Policy{
				configtx.ReadersPolicyKey:         implicitMeta("ANY Readers"),
				configtx.WritersPolicyKey:         implicitMeta("ANY Writers"),
				configtx.AdminsPolicyKey:          implicitMeta("MAJORITY Admins"),
				configtx.BlockValidationPolicyKey: implicitMeta("ANY Writers"),
			},
			State: orderer.ConsensusStateNormal,
		},
	}
	draft, err := configtx.NewApplicationChannelGenesisBlock(channel, channelID)
	if err != nil {
		return nil, fmt.Errorf("building the channel configuration: %v", err)
	}
	cfg, _, err := configFromBlock(draft)
	if err != nil {
		return nil, err
	}
	// fabric-config v0.1.0 leaves application organisations' anchor peers out of a genesis block:
	// they are set here, as an update of the draft would set them.
	ctx := configtx.New(cfg)
	for _, o := range orgs {
		for _, a := range o.Def.AnchorPeers {
			if err := ctx.Application().Organization(o.Def.MSPID).AddAnchorPeer(configtx.Address{Host: a.Host, Port: a.Port}); err != nil {
				return nil, fmt.Errorf("anchor peer %s of %s: %v", a, o.Def.MSPID, err)
			}
		}
	}
	return genesisBlock(ctx.UpdatedConfig(), channelID)
}

// genesisBlock wraps a channel configuration in block 0, as configtxgen does.
func genesisBlock(cfg *cb.Config, channelID string) (*cb.Block, error) {
	nonce, err := newNonce()
	if err != nil {
		return nil, err
	}
	sh := &cb.SignatureHeader{Nonce: nonce}
	txid := sha256.Sum256(nonce)
	ch := &cb.ChannelHeader{
		Type:      int32(cb.HeaderType_CONFIG),
		ChannelId: channelID,
		Timestamp: tspb.New(time.Now().Truncate(time.Second)),
		TxId:      hex.EncodeToString(txid[:]),
	}
	payload := &cb.Payload{
		Header: &cb.Header{ChannelHeader: mustMarshal(ch), SignatureHeader: mustMarshal(sh)},
		Data:   mustMarshal(&cb.ConfigEnvelope{Config: cfg}),
	}
	env := mustMarshal(&cb.Envelope{Payload: mustMarshal(payload)})
	data := &cb.BlockData{Data: [][]byte{env}}
	hash := sha256.Sum256(env)
	md := make([][]byte, len(cb.BlockMetadataIndex_name))
	for i := range md {
		md[i] = []byte{}
	}
	lastConfig := mustMarshal(&cb.LastConfig{Index: 0})
	md[cb.BlockMetadataIndex_LAST_CONFIG] = mustMarshal(&cb.Metadata{Value: lastConfig})
	md[cb.BlockMetadataIndex_SIGNATURES] = mustMarshal(&cb.Metadata{
		Value: mustMarshal(&cb.OrdererBlockMetadata{LastConfig: &cb.LastConfig{Index: 0}}),
	})
	return &cb.Block{
		Header:   &cb.BlockHeader{Number: 0, DataHash: hash[:]},
		Data:     data,
		Metadata: &cb.BlockMetadata{Metadata: md},
	}, nil
}

// configFromBlock returns the channel configuration a config block carries and the channel's id.
func configFromBlock(b *cb.Block) (*cb.Config, string, error) {
	if b.GetData() == nil || len(b.Data.Data) != 1 {
		return nil, "", errors.New("not a config block (it must hold exactly one transaction)")
	}
	env := &cb.Envelope{}
	if err := proto.Unmarshal(b.Data.Data[0], env); err != nil {
		return nil, "", fmt.Errorf("not a config block: %v", err)
	}
	payload := &cb.Payload{}
	if err := proto.Unmarshal(env.Payload, payload); err != nil {
		return nil, "", fmt.Errorf("not a config block: %v", err)
	}
	ch := &cb.ChannelHeader{}
	if payload.Header == nil || proto.Unmarshal(payload.Header.ChannelHeader, ch) != nil {
		return nil, "", errors.New("not a config block: no channel header")
	}
	if ch.Type != int32(cb.HeaderType_CONFIG) {
		return nil, "", fmt.Errorf("not a config block: its transaction is of type %s", cb.HeaderType(ch.Type))
	}
	ce := &cb.ConfigEnvelope{}
	if err := proto.Unmarshal(payload.Data, ce); err != nil || ce.Config == nil || ce.Config.ChannelGroup == nil {
		return nil, "", errors.New("not a config block: no configuration in it")
	}
	return ce.Config, ch.ChannelId, nil
}

func readConfigBlock(path string) (*cb.Config, string, error) {
	b := &cb.Block{}
	if err := readProto(path, b); err != nil {
		return nil, "", err
	}
	cfg, id, err := configFromBlock(b)
	if err != nil {
		return nil, "", fmt.Errorf("%s: %v", path, err)
	}
	return cfg, id, nil
}

func checkChannelID(id string) error {
	// Fabric's rule for channel names.
	if !channelIDRe.MatchString(id) {
		return fmt.Errorf("channel %q: must match [a-z][a-z0-9.-]* (at most 249)", id)
	}
	return nil
}

func mustMarshal(m proto.Message) []byte {
	b, err := proto.Marshal(m)
	if err != nil {
		panic(fmt.Sprintf("marshalling %T: %v", m, err))
	}
	return b
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
