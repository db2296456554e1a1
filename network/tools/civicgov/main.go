// Command civicgov computes and checks Civic Ledger's channel configuration from organisation
// definitions (network/README.md, "channel governance"). It never talks to the network: operators
// fetch config blocks and submit updates with Fabric's own `peer channel fetch config` / `update`.
//
//	civicgov check-definition DEF.json
//	civicgov found --channel civic --out genesis.block [--batch-timeout 150ms] [--max-messages 200] DEF.json...
//	civicgov add-org    --config CONFIG.block --definition DEF.json --out UPDATE.pb
//	civicgov remove-org --config CONFIG.block --msp MSPID --out UPDATE.pb
//	civicgov update-org --config CONFIG.block --definition DEF.json --out UPDATE.pb
//	civicgov sign --update UPDATE.pb --msp MSPID --cert CERT.pem --key KEY.pem [--config CONFIG.block]
//	civicgov check-update --config CONFIG.block --update UPDATE.pb
//	civicgov describe --config CONFIG.block
//	civicgov orderers --config CONFIG.block [--tls-ca-out FILE]   (endpoints, one a line; their TLS CAs)
//
// CONFIG.block is a common.Block holding a channel configuration (as `peer channel fetch config`
// writes it); UPDATE.pb is a common.Envelope of type CONFIG_UPDATE (what `peer channel update -f` and
// `peer channel signconfigtx` read). Every refusal is one line on stderr and exit status 1, before
// anything is written.
package main

import (
	"crypto/rand"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/golang/protobuf/proto"
)

var channelIDRe = regexp.MustCompile(`^[a-z][a-z0-9.-]{0,248}$`)

const usage = `usage:
  civicgov check-definition DEF.json
  civicgov found --channel ID --out genesis.block [--batch-timeout 150ms] [--max-messages 200] DEF.json...
  civicgov add-org    --config CONFIG.block --definition DEF.json --out UPDATE.pb
  civicgov remove-org --config CONFIG.block --msp MSPID --out UPDATE.pb
  civicgov update-org --config CONFIG.block --definition DEF.json --out UPDATE.pb
  civicgov sign --update UPDATE.pb --msp MSPID --cert CERT.pem --key KEY.pem [--config CONFIG.block]
  civicgov check-update --config CONFIG.block --update UPDATE.pb
  civicgov describe --config CONFIG.block
  civicgov orderers --config CONFIG.block [--tls-ca-out FILE]`

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintf(os.Stderr, "civicgov: %v\n", err)
		os.Exit(1)
	}
}

// usageError is a mistake in the command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg + "\n" + usage }

func run(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usageError{"no command"}
	}
	cmd, args := args[0], args[1:]
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	switch cmd {
	case "check-definition":
		if err := parseFlags(fs, args, 1, 1); err != nil {
			return err
		}
		org, err := ReadDefinition(fs.Arg(0))
		if err != nil {
			return err
		}
		dg, err := DefinitionDigest(org)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s: %s (%s), %d admin certificate(s), %d CRL(s), %d anchor peer(s), %d orderer(s); definition digest %s\n",
			fs.Arg(0), org.Def.MSPID, org.Def.Name, len(org.AdminCerts), len(org.CRLs), len(org.Def.AnchorPeers), len(org.Def.Orderers), dg)
		return nil
	case "found":
		channel := fs.String("channel", "", "channel id")
		out := fs.String("out", "", "genesis block file to write")
		timeout := fs.Duration("batch-timeout", defaultBatchTimeout, "BatchTimeout")
		maxMessages := fs.Uint("max-messages", defaultMaxMessages, "BatchSize.MaxMessageCount")
		if err := parseFlags(fs, args, 1, -1); err != nil {
			return err
		}
		if err := required(map[string]string{"--channel": *channel, "--out": *out}); err != nil {
			return err
		}
		if *maxMessages > 1<<20 {
			return fmt.Errorf("--max-messages %d: too large", *maxMessages)
		}
		var orgs []*Org
		for _, p := range fs.Args() {
			o, err := ReadDefinition(p)
			if err != nil {
				return err
			}
			orgs = append(orgs, o)
		}
		block, err := Found(*channel, orgs, FoundOptions{BatchTimeout: *timeout, MaxMessages: uint32(*maxMessages)})
		if err != nil {
			return err
		}
		if err := writeProto(*out, block); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "civicgov: wrote %s: channel %s, %d organisation(s)\n", *out, *channel, len(orgs))
		return nil
	case "add-org", "update-org":
		config := fs.String("config", "", "current config block")
		def := fs.String("definition", "", "organisation definition")
		out := fs.String("out", "", "update file to write")
		if err := parseFlags(fs, args, 0, 0); err != nil {
			return err
		}
		if err := required(map[string]string{"--config": *config, "--definition": *def, "--out": *out}); err != nil {
			return err
		}
		cfg, channel, err := readConfigBlock(*config)
		if err != nil {
			return err
		}
		org, err := ReadDefinition(*def)
		if err != nil {
			return err
		}
		propose := AddOrg
		if cmd == "update-org" {
			propose = UpdateOrg
		}
		env, summary, err := propose(cfg, channel, org)
		if err != nil {
			return err
		}
		if err := writeProto(*out, env); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "civicgov: wrote %s: %s (unsigned)\n", *out, summary)
		return nil
	case "remove-org":
		config := fs.String("config", "", "current config block")
		msp := fs.String("msp", "", "MSP id of the organisation to remove")
		out := fs.String("out", "", "update file to write")
		if err := parseFlags(fs, args, 0, 0); err != nil {
			return err
		}
		if err := required(map[string]string{"--config": *config, "--msp": *msp, "--out": *out}); err != nil {
			return err
		}
		cfg, channel, err := readConfigBlock(*config)
		if err != nil {
			return err
		}
		env, summary, err := RemoveOrg(cfg, channel, *msp)
		if err != nil {
			return err
		}
		if err := writeProto(*out, env); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "civicgov: wrote %s: %s (unsigned)\n", *out, summary)
		return nil
	case "sign":
		update := fs.String("update", "", "update file (signed in place)")
		msp := fs.String("msp", "", "the signer's MSP id")
		cert := fs.String("cert", "", "the signer's certificate (PEM)")
		key := fs.String("key", "", "the signer's private key (PEM, PKCS#8 or SEC 1)")
		config := fs.String("config", "", "current config block (optional: refuse an update that does not apply to it)")
		if err := parseFlags(fs, args, 0, 0); err != nil {
			return err
		}
		if err := required(map[string]string{"--update": *update, "--msp": *msp, "--cert": *cert, "--key": *key}); err != nil {
			return err
		}
		msg, err := SignFile(*update, *msp, *cert, *key, *config)
		if err != nil {
			return err
		}
		fmt.Fprintf(stderr, "civicgov: %s\n", msg)
		return nil
	case "check-update":
		config := fs.String("config", "", "current config block")
		update := fs.String("update", "", "update file")
		if err := parseFlags(fs, args, 0, 0); err != nil {
			return err
		}
		if err := required(map[string]string{"--config": *config, "--update": *update}); err != nil {
			return err
		}
		cfg, channel, err := readConfigBlock(*config)
		if err != nil {
			return err
		}
		env, err := readUpdate(*update)
		if err != nil {
			return err
		}
		report, err := CheckUpdate(cfg, channel, env)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s\n", report)
		return nil
	case "orderers":
		config := fs.String("config", "", "config block")
		caOut := fs.String("tls-ca-out", "", "file to write the ordering organisations' TLS CA certificates to")
		if err := parseFlags(fs, args, 0, 0); err != nil {
			return err
		}
		if err := required(map[string]string{"--config": *config}); err != nil {
			return err
		}
		cfg, _, err := readConfigBlock(*config)
		if err != nil {
			return err
		}
		endpoints, cas, err := Orderers(cfg)
		if err != nil {
			return err
		}
		if *caOut != "" {
			if err := writeFileAtomic(*caOut, cas); err != nil {
				return err
			}
		}
		for _, e := range endpoints {
			fmt.Fprintln(stdout, e)
		}
		return nil
	case "describe":
		config := fs.String("config", "", "config block")
		if err := parseFlags(fs, args, 0, 0); err != nil {
			return err
		}
		if err := required(map[string]string{"--config": *config}); err != nil {
			return err
		}
		cfg, channel, err := readConfigBlock(*config)
		if err != nil {
			return err
		}
		js, err := Describe(cfg, channel)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s\n", js)
		return nil
	case "-h", "--help", "help":
		fmt.Fprintln(stdout, usage)
		return nil
	default:
		return usageError{fmt.Sprintf("unknown command %q", cmd)}
	}
}

// parseFlags parses flags (which may come before or after the positional arguments) and checks the
// number of positional arguments (max -1: no limit).
func parseFlags(fs *flag.FlagSet, args []string, min, max int) error {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return usageError{fmt.Sprintf("%s: %v", fs.Name(), err)}
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
	_ = fs.Parse(append([]string{"--"}, pos...))
	if fs.NArg() < min || (max >= 0 && fs.NArg() > max) {
		return usageError{fmt.Sprintf("%s: wrong number of arguments (%d)", fs.Name(), fs.NArg())}
	}
	return nil
}

func required(flags map[string]string) error {
	var missing []string
	for _, name := range sortedKeys(flags) {
		if flags[name] == "" {
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 {
		return usageError{"missing " + strings.Join(missing, ", ")}
	}
	return nil
}

func readProto(path string, m proto.Message) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("%s: %v", path, errors.Unwrap(err))
	}
	if err := proto.Unmarshal(data, m); err != nil {
		return fmt.Errorf("%s: not a %s: %v", path, proto.MessageName(m), err)
	}
	return nil
}

// writeProto writes a message to path atomically (a temporary file in the same directory, renamed).
func writeProto(path string, m proto.Message) error {
	data, err := proto.Marshal(m)
	if err != nil {
		return fmt.Errorf("marshalling %s: %v", proto.MessageName(m), err)
	}
	return writeFileAtomic(path, data)
}

func writeFileAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("writing %s: %v", path, err)
	}
	tmp := f.Name()
	_, werr := f.Write(data)
	cerr := f.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(tmp, 0o644)
	}
	if werr == nil {
		werr = os.Rename(tmp, path)
	}
	if werr != nil {
		os.Remove(tmp)
		return fmt.Errorf("writing %s: %v", path, werr)
	}
	return nil
}

func newNonce() ([]byte, error) {
	n := make([]byte, 24)
	if _, err := rand.Read(n); err != nil {
		return nil, fmt.Errorf("random nonce: %v", err)
	}
	return n, nil
}
