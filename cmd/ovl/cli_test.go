package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the expected outputs of ovl-only commands (testdata/cli/*.out)")

// TestCLI runs the commands whose output exists only in ovl (overlays
// --list, --explain, --check, ...): testdata/cli/NAME.cmd holds the
// arguments, run from the repository root, and NAME.out the expected exit
// status, stdout and stderr. These outputs have no CppNix oracle; they are
// reviewed by eye, and `go test ./cmd/ovl -run TestCLI -update` rewrites
// them after a deliberate change.
func TestCLI(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	cache := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", cache)
	t.Setenv("HOME", "/homeless-shelter")
	t.Setenv("NIX_PATH", "")
	cmds, _ := filepath.Glob(filepath.Join(root, "testdata/cli/*.cmd"))
	if len(cmds) == 0 {
		t.Fatal("no testdata/cli/*.cmd")
	}
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	if err := os.Chdir(root); err != nil {
		t.Fatal(err)
	}
	for _, cmdFile := range cmds {
		name := strings.TrimSuffix(filepath.Base(cmdFile), ".cmd")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(cmdFile)
			if err != nil {
				t.Fatal(err)
			}
			var stdout, stderr bytes.Buffer
			status := run(strings.Fields(string(text)), strings.NewReader(""), &stdout, &stderr)
			got := fmt.Sprintf("exit status %d\n--- stdout\n%s--- stderr\n%s", status, stdout.String(), stderr.String())
			got = strings.ReplaceAll(got, cache, "@CACHE@")
			got = strings.ReplaceAll(got, root, "@ROOT@")
			outFile := strings.TrimSuffix(cmdFile, ".cmd") + ".out"
			if *update {
				if err := os.WriteFile(outFile, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(outFile)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("output differs:\n--- got\n%s\n--- want\n%s", got, want)
			}
		})
	}
}
