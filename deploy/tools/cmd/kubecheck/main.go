// Command kubecheck checks Kubernetes manifests and custom resources strictly, without a cluster.
//
//	kubecheck [--schemas DIR] FILE...   (FILE "-" reads standard input, e.g. helm template output)
//
// It prints one line per document, "ok FILE#N APIVERSION/KIND NAME", or one "FAIL ..." line per problem with the
// field's path, then a count on standard error. Exit status: 0 all passed, 1 a document failed, 2 usage error
// (bad arguments, an unreadable file, an invalid schema directory).
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/civicledger/deploy-tools/kubecheck"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("kubecheck", flag.ContinueOnError)
	flags.SetOutput(stderr)
	schemaDir := flags.String("schemas", "", "directory of custom resource schema files (*.yaml)")
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: kubecheck [--schemas DIR] FILE... (FILE - reads standard input)")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		return 2
	}
	if flags.NArg() == 0 {
		flags.Usage()
		return 2
	}
	var schemas *kubecheck.Schemas
	if *schemaDir != "" {
		var err error
		if schemas, err = kubecheck.LoadSchemas(*schemaDir); err != nil {
			fmt.Fprintln(stderr, "kubecheck:", err)
			return 2
		}
	}
	var docs []kubecheck.Document
	for _, name := range flags.Args() {
		fileDocs, err := readFile(name, stdin)
		if err != nil {
			fmt.Fprintln(stderr, "kubecheck:", err)
			return 2
		}
		docs = append(docs, fileDocs...)
	}
	if len(docs) == 0 {
		fmt.Fprintln(stderr, "kubecheck: no documents in", flags.Args())
		return 1
	}
	failed := 0
	for _, r := range kubecheck.Check(docs, schemas) {
		if len(r.Problems) == 0 {
			fmt.Fprintln(stdout, "ok", r.Label())
			continue
		}
		failed++
		where := r.Label()
		if r.Doc.Source != "" {
			where += " (" + r.Doc.Source + ")"
		}
		for _, p := range r.Problems {
			fmt.Fprintf(stdout, "FAIL %s: %s\n", where, p)
		}
	}
	fmt.Fprintf(stderr, "kubecheck: %d documents, %d ok, %d failed\n", len(docs), len(docs)-failed, failed)
	if failed > 0 {
		return 1
	}
	return 0
}

func readFile(name string, stdin io.Reader) ([]kubecheck.Document, error) {
	if name == "-" {
		return kubecheck.ReadDocuments("-", stdin)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return kubecheck.ReadDocuments(name, f)
}
