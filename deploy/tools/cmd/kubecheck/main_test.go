package main

import (
	"bytes"
	"strings"
	"testing"
)

const serviceAccount = "apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: gateway\n"

func runWith(stdin string, args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(stdin), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func TestPassingDocumentsPrintOneOkLineEachAndExitZero(t *testing.T) {
	code, out, errOut := runWith("---\n"+serviceAccount+"---\n"+serviceAccount+"  namespace: bank\n", "-")
	want := "ok -#1 v1/ServiceAccount gateway\nok -#2 v1/ServiceAccount gateway\n"
	if code != 0 || out != want {
		t.Fatalf("exit %d, output %q, want 0 and %q (stderr %q)", code, out, want, errOut)
	}
	if !strings.Contains(errOut, "2 documents, 2 ok, 0 failed") {
		t.Errorf("stderr %q lacks the count", errOut)
	}
}

func TestAFailingDocumentNamesFileIndexKindNameAndPathAndExitsOne(t *testing.T) {
	input := serviceAccount + "---\n# Source: chart/templates/sa.yaml\n" +
		strings.Replace(serviceAccount, "gateway", "peer", 1) + "automountServiceAcountToken: false\n"
	code, out, _ := runWith(input, "-")
	want := "ok -#1 v1/ServiceAccount gateway\n" +
		"FAIL -#2 v1/ServiceAccount peer (chart/templates/sa.yaml): automountServiceAcountToken: unknown field\n"
	if code != 1 || out != want {
		t.Fatalf("exit %d, output %q, want 1 and %q", code, out, want)
	}
}

func TestNoDocumentsIsAFailure(t *testing.T) {
	if code, _, _ := runWith("# nothing rendered\n", "-"); code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
}

func TestUsageErrorsExitTwo(t *testing.T) {
	for name, args := range map[string][]string{
		"no file":               {},
		"unknown flag":          {"--strict", "-"},
		"missing file":          {"testdata-does-not-exist.yaml"},
		"missing schemas":       {"--schemas", "does-not-exist", "-"},
		"schemas without files": {"--schemas", ".", "-"},
	} {
		if code, _, _ := runWith(serviceAccount, args...); code != 2 {
			t.Errorf("%s: exit %d, want 2", name, code)
		}
	}
}
