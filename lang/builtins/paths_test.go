package builtins

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestBaseNameOf(t *testing.T) {
	// Cases and results of the golden test baseNameOf-strings (CppNix 2.8).
	for in, want := range map[string]string{
		"/a/b/c": "c", "a/b": "b", "file.nix": "file.nix", "/": "", "": "", "/a/b/": "b",
		"a//b": "b", "/trailing//": "", ".hidden": ".hidden", "a/.": ".",
	} {
		if got := baseNameOf(in); got != want {
			t.Errorf("baseNameOf(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestResolvePath(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "real", "sub"), 0o755)
	os.Symlink("real", filepath.Join(dir, "rel"))
	os.Symlink(filepath.Join(dir, "real", "sub"), filepath.Join(dir, "abs"))
	os.Symlink("loop", filepath.Join(dir, "loop"))
	for in, want := range map[string]string{
		dir + "/rel/sub":          dir + "/real/sub",
		dir + "/abs/..":           dir + "/real",
		dir + "/./real//sub/../.": dir + "/real",
		"/":                       "/",
	} {
		if got, err := resolvePath(in); err != nil || got != want {
			t.Errorf("resolvePath(%s) = %s, %v; want %s", in, got, err, want)
		}
	}
	if _, err := resolvePath(dir + "/missing/x"); err == nil || !strings.Contains(err.Error(), "getting status of '"+dir+"/missing'") {
		t.Errorf("missing component: %v", err)
	}
	if _, err := resolvePath(dir + "/loop"); err == nil || !strings.Contains(err.Error(), "infinite symlink recursion") {
		t.Errorf("symlink loop: %v", err)
	}
}

func TestReadDirTypes(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "file"), nil, 0o644)
	os.Mkdir(filepath.Join(dir, "dir"), 0o755)
	os.Symlink("nowhere", filepath.Join(dir, "link"))
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo"), 0o644); err != nil {
		t.Skip("no FIFO:", err)
	}
	want := `{ dir = "directory"; fifo = "unknown"; file = "regular"; link = "symlink"; }`
	if got := evalForTest(t, "builtins.readDir "+dir); got != want {
		t.Errorf("readDir = %s, want %s", got, want)
	}
	want = `[ "directory" "unknown" "regular" "symlink" ]`
	expr := `map (n: builtins.readFileType (` + dir + ` + "/${n}")) [ "dir" "fifo" "file" "link" ]`
	if got := evalForTest(t, expr); got != want {
		t.Errorf("readFileType = %s, want %s", got, want)
	}
}

// filterSource calls the filter with each entry's path and type; what it
// rejects does not change the store path.
func TestFilterSource(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "keep"), []byte("k"), 0o644)
	os.Symlink("keep", filepath.Join(dir, "link"))
	all := evalForTest(t, `builtins.filterSource (p: t: true) `+dir)
	noLink := evalForTest(t, `builtins.filterSource (p: t: t != "symlink") `+dir)
	os.Remove(filepath.Join(dir, "link"))
	without := evalForTest(t, `builtins.path { path = `+dir+`; }`)
	if all == noLink || noLink != without {
		t.Errorf("filterSource: all %s, filtered %s, without the link %s", all, noLink, without)
	}
	if got := evalForTest(t, `builtins.filterSource (p: t: 1) `+dir); got != "value is an integer while a Boolean was expected" {
		t.Errorf("non-Boolean filter result: %s", got)
	}
}
