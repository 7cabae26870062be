package pkgset

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// The embedded tree is exactly the tree on disk: go:embed silently leaves
// out files whose names start with "." or "_", which would break imports.
func TestEmbeddedTreeMatchesDisk(t *testing.T) {
	var embedded, onDisk []string
	err := fs.WalkDir(FS, Root, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			embedded = append(embedded, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	err = filepath.WalkDir(Root, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			onDisk = append(onDisk, filepath.ToSlash(path))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(embedded)
	sort.Strings(onDisk)
	if strings.Join(embedded, "\n") != strings.Join(onDisk, "\n") {
		t.Errorf("embedded files differ from disk:\nembedded: %v\non disk:  %v", embedded, onDisk)
	}
	for _, entry := range []string{Entry, LibEntry} {
		if _, err := fs.Stat(FS, entry); err != nil {
			t.Errorf("entry point %s: %v", entry, err)
		}
	}
}

// Every package folder has the default.nix that callPackage ./pkgs/NAME loads.
func TestPackageFoldersHaveDefault(t *testing.T) {
	dirs, err := fs.ReadDir(FS, Root+"/pkgs")
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) < 40 {
		t.Errorf("only %d package folders", len(dirs))
	}
	for _, d := range dirs {
		if !d.IsDir() {
			t.Errorf("pkgs/%s is not a folder", d.Name())
			continue
		}
		if _, err := fs.Stat(FS, Root+"/pkgs/"+d.Name()+"/default.nix"); err != nil {
			t.Errorf("pkgs/%s: %v", d.Name(), err)
		}
	}
}

// The assertion files in testdata/ evaluate to true under CppNix, the
// oracle. Skipped where nix-instantiate is not installed; once ovl's
// evaluator runs, the same files are checked against it.
func TestCppNixAssertions(t *testing.T) {
	nix, err := exec.LookPath("nix-instantiate")
	if err != nil {
		t.Skip("nix-instantiate not installed")
	}
	files, err := filepath.Glob("testdata/*.nix")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no assertion files in testdata/")
	}
	for _, file := range files {
		if strings.HasPrefix(filepath.Base(file), "_") {
			continue // helpers, imported by the tests
		}
		t.Run(strings.TrimSuffix(filepath.Base(file), ".nix"), func(t *testing.T) {
			cmd := exec.Command(nix, "--eval", "--strict", "--store", "dummy://", "--readonly-mode", filepath.Base(file))
			cmd.Dir = "testdata"
			cmd.Env = append(os.Environ(), "HOME=/homeless-shelter", "NIX_PATH=")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("%v\n%s", err, stderr.String())
			}
			if got := strings.TrimSpace(string(out)); got != "true" {
				t.Errorf("evaluates to %s, want true", got)
			}
		})
	}
}
