package overlay

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// tree creates files (content "") and directories (names ending in "/")
// and symlinks ("name -> target") below a fresh temporary directory.
func tree(t *testing.T, items ...string) string {
	t.Helper()
	root := t.TempDir()
	for _, it := range items {
		if name, target, ok := strings.Cut(it, " -> "); ok {
			if err := os.MkdirAll(filepath.Dir(filepath.Join(root, name)), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(target, filepath.Join(root, name)); err != nil {
				t.Fatal(err)
			}
			continue
		}
		p := filepath.Join(root, it)
		if strings.HasSuffix(it, "/") {
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func names(entries []Entry, root string) []string {
	var out []string
	for _, e := range entries {
		out = append(out, strings.TrimPrefix(e.Path, root+"/"))
	}
	return out
}

func TestListDirOrderAndFilter(t *testing.T) {
	root := tree(t,
		"a.nix", "B.nix", "_u.nix", "10-b.nix", "2-a.nix", "é.nix", ".hidden.nix", ".#lock.nix",
		"notes.txt", "sub/default.nix", "empty/", "x.nix/", "dangling.nix -> nowhere", "with space.nix",
		"linkdir -> sub")
	entries, skipped, err := ListDir(root)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{".hidden.nix", "10-b.nix", "2-a.nix", "B.nix", "_u.nix", "a.nix", "dangling.nix",
		"linkdir", "sub", "with space.nix", "x.nix", "é.nix"}
	if got := names(entries, root); !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
	wantSkipped := []Skip{
		{".#lock.nix", "editor lock file (.#…)"},
		{"empty", "directory without default.nix"},
		{"notes.txt", "name does not end in .nix"},
	}
	if !reflect.DeepEqual(skipped, wantSkipped) {
		t.Errorf("skipped:\n got %q\nwant %q", skipped, wantSkipped)
	}
}

func TestDiscoverRules(t *testing.T) {
	tests := []struct {
		name     string
		items    []string
		search   string // relative path <nixpkgs-overlays> resolves to, "" for none
		wantRule Rule
		wantErr  string
		wantRoot string
	}{
		{"none", nil, "", RuleNone, "", ""},
		{"home file", []string{"home/.config/nixpkgs/overlays.nix"}, "", RuleHomeFile, "", "home/.config/nixpkgs/overlays.nix"},
		{"home dir", []string{"home/.config/nixpkgs/overlays/a.nix"}, "", RuleHomeDir, "", "home/.config/nixpkgs/overlays"},
		{"both", []string{"home/.config/nixpkgs/overlays.nix", "home/.config/nixpkgs/overlays/"}, "", "",
			"but not both.\nPlease remove one of them and try again.", ""},
		{"dangling file beside dir", []string{"home/.config/nixpkgs/overlays.nix -> nowhere", "home/.config/nixpkgs/overlays/"}, "", "",
			"but not both.", ""},
		{"file is a dir", []string{"home/.config/nixpkgs/overlays.nix/"}, "", "", "overlays.nix should be a file", ""},
		{"dir is a file", []string{"home/.config/nixpkgs/overlays"}, "", "", "overlays should be a directory", ""},
		{"search path wins over home", []string{"sp/", "home/.config/nixpkgs/overlays.nix", "home/.config/nixpkgs/overlays/"}, "sp",
			RuleSearchPath, "", "sp"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := tree(t, tt.items...)
			env := Env{Home: root + "/home"}
			if tt.search != "" {
				env.FindSearchPath = func(name string) (string, bool) {
					if name != "nixpkgs-overlays" {
						t.Errorf("looked up <%s>", name)
					}
					return root + "/" + tt.search, true
				}
			}
			found, err := Discover(env)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if found.Rule != tt.wantRule {
				t.Errorf("rule = %q, want %q", found.Rule, tt.wantRule)
			}
			wantRoot := ""
			if tt.wantRoot != "" {
				wantRoot = root + "/" + tt.wantRoot
			}
			if found.Root != wantRoot {
				t.Errorf("root = %q, want %q", found.Root, wantRoot)
			}
		})
	}
}

func TestDiscoverEmptyHome(t *testing.T) {
	// An empty HOME looks in /.config/nixpkgs, as nixpkgs does; on a test
	// machine neither exists.
	found, err := Discover(Env{})
	if err != nil {
		t.Fatal(err)
	}
	if found.Rule != RuleNone && !strings.HasPrefix(found.Root, "/.config/nixpkgs/") {
		t.Errorf("empty HOME found %q", found.Root)
	}
}
