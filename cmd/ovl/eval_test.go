package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// --pure does not use NIX_PATH: <name> is found through -I only.
func TestEvalPureSearchPath(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "default.nix"), []byte("1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("NIX_PATH", "p="+dir)
	tests := []struct {
		args   []string
		status int
		out    string // stdout, or the start of stderr when status is 1
	}{
		{[]string{"eval", "-E", "import <p>"}, 0, "1\n"},
		{[]string{"eval", "--pure", "-E", "import <p>"}, 1, "error: cannot look up '<p>' in pure evaluation mode (use '--impure' to override)"},
		{[]string{"eval", "--pure", "-I", "p=" + dir, "-E", "import <p>"}, 0, "1\n"},
		{[]string{"eval", "--pure", "--impure", "-E", "import <p>"}, 0, "1\n"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		status := run(tt.args, strings.NewReader(""), &stdout, &stderr)
		got := stdout.String()
		if status != 0 {
			got = stderr.String()
		}
		if status != tt.status || !strings.HasPrefix(got, tt.out) {
			t.Errorf("%q: status %d, %q; want %d, %q", tt.args, status, got, tt.status, tt.out)
		}
	}
}
