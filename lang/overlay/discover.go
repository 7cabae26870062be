// Package overlay is ovl's model of nixpkgs overlays: discovery by the
// rules nixpkgs itself uses (SPEC §4.2, discover.go: file system only), the
// fixpoint stack of builtins.applyOverlays (stack.go), and the analyses
// behind `ovl overlays --explain` and `--check` (explain.go), which need to
// know every layer, not just the final set.
package overlay

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Rule names how the overlays were found.
type Rule string

const (
	RuleExplicit   Rule = "given on the command line"
	RuleSearchPath Rule = "<nixpkgs-overlays> on the search path"
	RuleHomeFile   Rule = "~/.config/nixpkgs/overlays.nix"
	RuleHomeDir    Rule = "~/.config/nixpkgs/overlays/"
	RuleNone       Rule = "no overlays found"
)

// Entry is one overlay file to import, in order.
type Entry struct {
	Path   string // what to import: a file, or a directory holding default.nix
	Reason string // why it counts, for `ovl overlays --list`
}

// Skip is a directory entry that discovery passed over, and why.
type Skip struct {
	Name   string
	Reason string
}

// Found is the outcome of discovery.
type Found struct {
	Rule Rule
	// Root is the file or directory the overlays come from ("" for none).
	Root string
	// IsDir tells whether Root is a directory of overlays (Entries lists
	// them) or a single file that evaluates to an overlay or a list of
	// them (Entries holds just that file).
	IsDir   bool
	Entries []Entry
	Skipped []Skip
}

// Env is what discovery reads besides the file system.
type Env struct {
	// FindSearchPath resolves <name> on the search path (-I entries, then
	// NIX_PATH), as the evaluator's __findFile does; ok is false when no
	// entry has it.
	FindSearchPath func(name string) (path string, ok bool)
	// Home is $HOME; empty gives "/.config/...", as in nixpkgs.
	Home string
}

// Discover applies nixpkgs' rules: <nixpkgs-overlays> first, then
// ~/.config/nixpkgs/overlays.nix or ~/.config/nixpkgs/overlays/.
// The errors are worded as nixpkgs words them.
func Discover(env Env) (*Found, error) {
	if env.FindSearchPath != nil {
		if p, ok := env.FindSearchPath("nixpkgs-overlays"); ok {
			return Load(p, RuleSearchPath)
		}
	}
	file := env.Home + "/.config/nixpkgs/overlays.nix"
	dir := env.Home + "/.config/nixpkgs/overlays"
	fileExists, dirExists := exists(file), exists(dir)
	switch {
	case fileExists && dirExists:
		return nil, fmt.Errorf("Nixpkgs overlays can be specified with %s or %s, but not both.\nPlease remove one of them and try again.", file, dir)
	case fileExists:
		if isDir(file) {
			return nil, fmt.Errorf("%s should be a file", file)
		}
		return Load(file, RuleHomeFile)
	case dirExists:
		if !isDir(dir) {
			return nil, fmt.Errorf("%s should be a directory", dir)
		}
		return Load(dir, RuleHomeDir)
	}
	return &Found{Rule: RuleNone}, nil
}

// Load describes the overlays at path: a directory's counted entries, or
// the file itself.
func Load(path string, rule Rule) (*Found, error) {
	if !isDir(path) {
		return &Found{Rule: rule, Root: path, Entries: []Entry{{Path: path, Reason: "a file of overlays"}}}, nil
	}
	entries, skipped, err := ListDir(path)
	if err != nil {
		return nil, err
	}
	return &Found{Rule: rule, Root: path, IsDir: true, Entries: entries, Skipped: skipped}, nil
}

// ListDir lists an overlay directory the way nixpkgs does: names in byte
// order; an entry counts when its whole name matches `.*\.nix` and does not
// start with `.#` (an editor lock file), or when it holds a default.nix.
// Entry types are not checked, so a dangling `x.nix` link or a directory
// `x.nix/` without default.nix counts here and fails when imported.
func ListDir(dir string) ([]Entry, []Skip, error) {
	des, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("opening directory '%s': %w", dir, unwrapPathError(err))
	}
	names := make([]string, len(des))
	for i, de := range des {
		names[i] = de.Name()
	}
	sort.Strings(names) // byte-wise, like builtins.attrNames
	var entries []Entry
	var skipped []Skip
	for _, name := range names {
		path := dir + "/" + name
		isNix := strings.HasSuffix(name, ".nix")
		switch {
		case isNix && !strings.HasPrefix(name, ".#"):
			entries = append(entries, Entry{Path: path, Reason: "name ends in .nix"})
		case exists(path + "/default.nix"):
			entries = append(entries, Entry{Path: path, Reason: "directory with default.nix"})
		case isNix:
			skipped = append(skipped, Skip{name, "editor lock file (.#…)"})
		case isDir(path):
			skipped = append(skipped, Skip{name, "directory without default.nix"})
		default:
			skipped = append(skipped, Skip{name, "name does not end in .nix"})
		}
	}
	return entries, skipped, nil
}

// exists is builtins.pathExists: true for a dangling symlink too, false
// when the path cannot be looked at (a parent that is not a directory, a
// symlink loop, no permission).
func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// isDir follows symlinks, like nixpkgs' `pathExists (p + "/.")`.
func isDir(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Display shortens path for messages: relative to the working directory
// when it lies below it.
func Display(path string) string {
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, path); err == nil && !strings.HasPrefix(rel, "..") {
			return rel
		}
	}
	return path
}
