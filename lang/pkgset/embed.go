// Package pkgset embeds ovl's base package set: a small, nixpkgs-shaped set
// of packages written in Nix, so that overlays can be applied and explained
// without nixpkgs on the machine.
//
// The tree under nix/ is plain Nix that CppNix evaluates too (the tests in
// testdata/ check it with CppNix as the oracle). Its entry point, Entry, is
// a function `final: { … }`: the base layer of the nixpkgs overlay fixpoint
// `fix (foldl' (flip extends) base overlays)`. LibEntry evaluates to the
// package set's `lib` alone. The evaluator serves FS as a virtual path
// (such as <ovl/pkgs>), so relative imports inside the tree resolve within
// it.
package pkgset

import "embed"

// FS holds the Nix files of the package set, rooted at Root.
//
//go:embed nix
var FS embed.FS

const (
	// Root is the directory of the package set inside FS.
	Root = "nix"
	// Entry is the base layer, a function of the final package set.
	Entry = "nix/default.nix"
	// LibEntry evaluates to the set's lib (fix, extends, callPackageWith, …).
	LibEntry = "nix/lib/default.nix"
)
