package eval_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/builtins"
	"github.com/ovl-nix/ovl/lang/eval"
)

// Pure evaluation reads files only below the allowed roots, also when a
// symbolic link below a root leads elsewhere; outside pure evaluation
// everything is allowed.
func TestCheckPath(t *testing.T) {
	dir := t.TempDir()
	root := filepath.Join(dir, "root")
	outside := filepath.Join(dir, "outside")
	for _, d := range []string{root, outside, filepath.Join(root, "sub")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(outside, filepath.Join(root, "out")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(root, filepath.Join(dir, "alias")); err != nil {
		t.Fatal(err)
	}
	m, err := builtins.New(eval.Options{Pure: true})
	if err != nil {
		t.Fatal(err)
	}
	m.AllowPath(filepath.Join(dir, "alias")) // a root reached through a link
	tests := []struct {
		path, refused string // refused: "" or the start of the message
	}{
		{root, ""},
		{root + "/sub/missing.nix", ""},
		{root + "/sub/../sub", ""},
		{dir + "/alias/sub", ""},
		{"/__corepkgs__/fetchurl.nix", ""},
		{root + "/../outside/x", "access to absolute path '" + outside + "/x' is forbidden in pure eval mode"},
		{root + "x", "access to absolute path '" + root + "x' is forbidden"},
		{dir, "access to absolute path '" + dir + "' is forbidden"},
		{root + "/out/x", "access to canonical path '" + outside + "/x' is forbidden"},
		{"/", "access to absolute path '/' is forbidden"},
	}
	for _, tt := range tests {
		err := m.CheckPath(tt.path, ast.Pos{})
		switch {
		case tt.refused == "" && err != nil:
			t.Errorf("%s: %v", tt.path, err)
		case tt.refused != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.refused)):
			t.Errorf("%s: got %v, want %q…", tt.path, err, tt.refused)
		}
		var e *eval.Error
		if err != nil && (!errors.As(err, &e) || e.Kind != eval.RestrictedError || eval.IsCatchable(err)) {
			t.Errorf("%s: %v is not an uncatchable RestrictedError", tt.path, err)
		}
	}
	impure := newMachine(t)
	if err := impure.CheckPath("/", ast.Pos{}); err != nil {
		t.Errorf("impure: %v", err)
	}
}

// The builtins that read files, the machine or the search path refuse in
// pure evaluation; pathExists says false, as in CppNix.
func TestPureBuiltins(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "f.txt"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := builtins.New(eval.Options{Pure: true})
	if err != nil {
		t.Fatal(err)
	}
	m.AllowPath(dir)
	ok := []string{
		`builtins.readFile ` + dir + `/f.txt == "x"`,
		`builtins.pathExists ` + dir + `/f.txt`,
		`!(builtins.pathExists /etc/passwd)`,
		`(builtins.readDir ` + dir + `) == { "f.txt" = "regular"; }`,
	}
	for _, text := range ok {
		v, err := evalText(t, m, text)
		if err != nil || m.PrintValue(v) != "true" {
			t.Errorf("%s: %v %v", text, m.PrintValue(v), err)
		}
	}
	refused := map[string]string{
		`builtins.readFile /etc/passwd`:                    "access to absolute path '/etc/passwd' is forbidden",
		`import /etc/passwd`:                               "access to absolute path '/etc/passwd' is forbidden",
		`builtins.scopedImport { } /etc/passwd`:            "access to absolute path '/etc/passwd' is forbidden",
		`builtins.readDir /etc`:                            "access to absolute path '/etc' is forbidden",
		`builtins.readFileType /etc`:                       "access to absolute path '/etc' is forbidden",
		`builtins.hashFile "sha256" /etc/passwd`:           "access to absolute path '/etc/passwd' is forbidden",
		`"${/etc/passwd}"`:                                 "access to absolute path '/etc/passwd' is forbidden",
		`builtins.path { path = /etc/passwd; }`:            "access to absolute path '/etc/passwd' is forbidden",
		`builtins.filterSource (p: t: true) /etc`:          "access to absolute path '/etc' is forbidden",
		`builtins.tryEval (builtins.readFile /etc/passwd)`: "access to absolute path '/etc/passwd' is forbidden",
		`builtins.getEnv "HOME"`:                           "'builtins.getEnv' is not allowed in pure evaluation mode",
		`builtins.currentTime`:                             "builtins.currentTime is not available in pure evaluation mode",
		`builtins.currentSystem`:                           "builtins.currentSystem is not available in pure evaluation mode",
		`<nixpkgs>`:                                        "cannot look up '<nixpkgs>' in pure evaluation mode",
	}
	for text, want := range refused {
		_, err := evalText(t, m, text)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got %v, want %q", text, err, want)
		}
	}
}
