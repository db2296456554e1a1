package main

import (
	"encoding/json"
	"encoding/pem"
	"fmt"
	"sort"

	"github.com/hyperledger/fabric-config/configtx"
	cb "github.com/hyperledger/fabric-protos-go/common"
)

// Description is describe's JSON summary of a channel configuration.
type Description struct {
	Channel       string              `json:"channel"`
	Sequence      uint64              `json:"sequence"`
	Capabilities  map[string][]string `json:"capabilities"`
	Orderer       OrdererSummary      `json:"orderer"`
	Organisations []OrgSummary        `json:"organisations"`
}

// OrdererSummary is the ordering service's part of a Description.
type OrdererSummary struct {
	Type              string   `json:"type"`
	BatchTimeout      string   `json:"batchTimeout"`
	MaxMessageCount   uint32   `json:"maxMessageCount"`
	AbsoluteMaxBytes  uint32   `json:"absoluteMaxBytes"`
	PreferredMaxBytes uint32   `json:"preferredMaxBytes"`
	Consenters        []string `json:"consenters"`
}

// OrgSummary is one organisation of a Description.
type OrgSummary struct {
	MSPID            string   `json:"mspId"`
	Application      bool     `json:"application"`
	Orderer          bool     `json:"orderer"`
	AnchorPeers      []string `json:"anchorPeers"`
	OrdererEndpoints []string `json:"ordererEndpoints"`
	CACerts          int      `json:"caCerts"`
	AdminCerts       int      `json:"adminCerts"`
	CRLs             int      `json:"crls"`
	RevokedSerials   []string `json:"revokedSerials"`
}

// Describe summarises a channel configuration as JSON.
func Describe(cfg *cb.Config, channel string) ([]byte, error) {
	ctx := configtx.New(cfg)
	d := Description{Channel: channel, Sequence: cfg.Sequence, Capabilities: map[string][]string{}}
	var err error
	if d.Capabilities["channel"], err = ctx.Channel().Capabilities(); err != nil {
		return nil, err
	}
	if d.Capabilities["orderer"], err = ctx.Orderer().Capabilities(); err != nil {
		return nil, err
	}
	if d.Capabilities["application"], err = ctx.Application().Capabilities(); err != nil {
		return nil, err
	}
	ord, err := ctx.Orderer().Configuration()
	if err != nil {
		return nil, fmt.Errorf("orderer configuration: %v", err)
	}
	d.Orderer = OrdererSummary{
		Type: ord.OrdererType, BatchTimeout: ord.BatchTimeout.String(),
		MaxMessageCount: ord.BatchSize.MaxMessageCount, AbsoluteMaxBytes: ord.BatchSize.AbsoluteMaxBytes,
		PreferredMaxBytes: ord.BatchSize.PreferredMaxBytes, Consenters: []string{},
	}
	for _, c := range ord.EtcdRaft.Consenters {
		d.Orderer.Consenters = append(d.Orderer.Consenters, Endpoint{c.Address.Host, c.Address.Port}.String())
	}
	app, ordOnly, err := channelOrgs(cfg)
	if err != nil {
		return nil, err
	}
	all := map[string]*channelOrg{}
	for k, v := range app {
		all[k] = v
	}
	for k, v := range ordOnly {
		all[k] = v
	}
	for _, m := range sortedKeys(all) {
		o := all[m]
		s := OrgSummary{
			MSPID: m, Application: app[m] != nil, Orderer: o.Orderer,
			AnchorPeers: []string{}, OrdererEndpoints: []string{}, RevokedSerials: []string{},
			CACerts: len(o.MSP.RootCerts), AdminCerts: len(o.MSP.Admins), CRLs: len(o.MSP.RevocationList),
		}
		for _, crl := range o.MSP.RevocationList {
			for _, rc := range crl.TBSCertList.RevokedCertificates {
				s.RevokedSerials = append(s.RevokedSerials, rc.SerialNumber.Text(16))
			}
		}
		if s.Application {
			peers, err := ctx.Application().Organization(o.Key).AnchorPeers()
			if err != nil {
				return nil, err
			}
			for _, p := range peers {
				s.AnchorPeers = append(s.AnchorPeers, Endpoint{p.Host, p.Port}.String())
			}
		}
		if o.Orderer {
			key := o.Key
			if s.Application {
				key = ordererGroupKey(cfg, m)
			}
			oc, err := ctx.Orderer().Organization(key).Configuration()
			if err != nil {
				return nil, err
			}
			s.OrdererEndpoints = append(s.OrdererEndpoints, oc.OrdererEndpoints...)
			sort.Strings(s.OrdererEndpoints)
		}
		d.Organisations = append(d.Organisations, s)
	}
	return json.MarshalIndent(d, "", "  ")
}

// ordererGroupKey finds the Orderer group's key for an MSP id.
func ordererGroupKey(cfg *cb.Config, mspID string) string {
	ctx := configtx.New(cfg)
	for _, key := range sortedKeys(cfg.ChannelGroup.Groups[configtx.OrdererGroupKey].Groups) {
		if m, err := ctx.Orderer().Organization(key).MSP().Configuration(); err == nil && m.Name == mspID {
			return key
		}
	}
	return mspID
}

// Orderers lists the channel's orderer endpoints (from each ordering organisation) and returns the
// PEM bundle of those organisations' TLS CA certificates (for `peer ... --cafile`).
func Orderers(cfg *cb.Config) ([]string, []byte, error) {
	ctx := configtx.New(cfg)
	og := cfg.ChannelGroup.Groups[configtx.OrdererGroupKey]
	if og == nil {
		return nil, nil, fmt.Errorf("the configuration has no Orderer group")
	}
	var endpoints []string
	var bundle []byte
	for _, key := range sortedKeys(og.Groups) {
		org := ctx.Orderer().Organization(key)
		oc, err := org.Configuration()
		if err != nil {
			return nil, nil, err
		}
		endpoints = append(endpoints, oc.OrdererEndpoints...)
		for _, c := range oc.MSP.TLSRootCerts {
			bundle = append(bundle, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})...)
		}
		for _, c := range oc.MSP.TLSIntermediateCerts {
			bundle = append(bundle, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})...)
		}
	}
	if len(endpoints) == 0 {
		return nil, nil, fmt.Errorf("the configuration names no orderer endpoint")
	}
	return endpoints, bundle, nil
}
