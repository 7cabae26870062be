package main

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOverlayScenarios runs builtins.applyOverlays on every scenario of
// testdata/overlays (see its README.md) and compares with what CppNix
// printed when it ran nixpkgs' discovery and fold rules (_reference.nix) on
// the same tree.
func TestOverlayScenarios(t *testing.T) {
	root, err := filepath.Abs(filepath.Join(testdataDir, "overlays"))
	if err != nil {
		t.Fatal(err)
	}
	statusOnly := scenarioStatusOnly(t, filepath.Join(root, "NOTES.md"))
	dirs, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	count := 0
	for _, d := range dirs {
		if !d.IsDir() || strings.HasPrefix(d.Name(), "_") {
			continue
		}
		count++
		name := d.Name()
		dir := filepath.Join(root, name)
		t.Run(name, func(t *testing.T) {
			args := scenarioEnv(t, dir)
			expr := "import ./test.nix (builtins.applyOverlays { base = import ./base.nix; })"
			if _, err := os.Stat(filepath.Join(dir, "overlays.nix")); err == nil {
				expr = "import ./test.nix (builtins.applyOverlays { base = import ./base.nix; overlays = import ./overlays.nix; })"
			}
			args = append(append([]string{"eval", "--strict"}, args...), "-E", expr)
			if err := os.Chdir(dir); err != nil {
				t.Fatal(err)
			}
			var stdout, stderr bytes.Buffer
			status := run(args, strings.NewReader(""), &stdout, &stderr)
			out := strings.ReplaceAll(stdout.String(), dir, "@DIR@")
			errText := strings.ReplaceAll(stripHints(stderr.String()), dir, "@DIR@")

			if exp, err := os.ReadFile(filepath.Join(dir, "expected.exp")); err == nil {
				if status != 0 {
					t.Fatalf("CppNix succeeded, ovl failed:\n%s", errText)
				}
				if strings.TrimSpace(out) != strings.TrimSpace(string(exp)) {
					t.Errorf("stdout differs:\n  ovl:    %s\n  CppNix: %s", out, exp)
				}
				warn, _ := os.ReadFile(filepath.Join(dir, "expected.warn"))
				if strings.TrimSpace(errText) != strings.TrimSpace(string(warn)) {
					t.Errorf("stderr differs:\n  ovl:    %q\n  CppNix: %q", errText, warn)
				}
				return
			}
			want, err := os.ReadFile(filepath.Join(dir, "expected.err"))
			if err != nil {
				t.Fatal("no expected.exp or expected.err")
			}
			if status != exitEvalErr {
				t.Fatalf("CppNix failed, ovl exit status %d:\n%s%s", status, out, errText)
			}
			if statusOnly[name] {
				return
			}
			if dropHint(errText) != dropHint(string(want)) {
				t.Errorf("error differs:\n--- ovl\n%s\n--- CppNix\n%s", errText, want)
			}
		})
	}
	if count < 40 {
		t.Errorf("only %d scenarios found", count)
	}
}

// scenarioEnv applies a scenario's env file (HOME, NIX_PATH, XDG_CONFIG_HOME
// and -I lines, paths relative to the scenario folder) and returns the -I
// flags.
func scenarioEnv(t *testing.T, dir string) []string {
	abs := func(p string) string {
		if p == "" || filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(dir, p)
	}
	// abs2 makes the path of "prefix=path" or a bare entry absolute.
	abs2 := func(entry string) string {
		if prefix, p, ok := strings.Cut(entry, "="); ok {
			return prefix + "=" + abs(p)
		}
		return abs(entry)
	}
	t.Setenv("HOME", "/homeless-shelter")
	t.Setenv("NIX_PATH", "")
	t.Setenv("XDG_CONFIG_HOME", "")
	os.Unsetenv("XDG_CONFIG_HOME")
	var flags []string
	f, err := os.Open(filepath.Join(dir, "env"))
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if entry, ok := strings.CutPrefix(line, "-I "); ok {
			flags = append(flags, "-I", abs2(strings.TrimSpace(entry)))
			continue
		}
		key, value, _ := strings.Cut(line, "=")
		switch key {
		case "NIX_PATH":
			var entries []string
			for _, e := range strings.Split(value, ":") {
				entries = append(entries, abs2(e))
			}
			value = strings.Join(entries, ":")
		default:
			value = abs(value)
		}
		t.Setenv(key, value)
	}
	return flags
}

// scenarioStatusOnly reads the scenarios NOTES.md lists under "Exit status
// only": indented lines starting with the scenario's name.
func scenarioStatusOnly(t *testing.T, notes string) map[string]bool {
	text, err := os.ReadFile(notes)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	_, section, _ := strings.Cut(string(text), "## Exit status only")
	section, _, _ = strings.Cut(section, "\n## ")
	for _, line := range strings.Split(section, "\n") {
		if strings.HasPrefix(line, "    ") {
			if f := strings.Fields(line); len(f) > 0 {
				out[f[0]] = true
			}
		}
	}
	return out
}

func dropHint(s string) string {
	s = strings.TrimSpace(s)
	return strings.TrimSpace(strings.TrimSuffix(s, "(use '--show-trace' to show detailed location information)"))
}
