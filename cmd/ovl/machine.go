package main

import (
	"io"
	"os"

	"github.com/ovl-nix/ovl/lang/builtins"
	"github.com/ovl-nix/ovl/lang/eval"
)

// newMachine makes the evaluator every command uses: all builtins, and the
// search path of -I entries followed by NIX_PATH, as nix-instantiate does
// (NIX_PATH is not consulted in pure mode).
func newMachine(include []string, showTrace bool, maxCallDepth int, pure bool, stderr io.Writer) (*eval.Machine, error) {
	searchPath := append([]string(nil), include...)
	if !pure {
		searchPath = append(searchPath, eval.ParseNixPath(os.Getenv("NIX_PATH"))...)
	}
	return builtins.New(eval.Options{
		SearchPath:   searchPath,
		MaxCallDepth: maxCallDepth,
		ShowTrace:    showTrace,
		Stderr:       stderr,
		Home:         os.Getenv("HOME"),
		Pure:         pure,
	})
}
