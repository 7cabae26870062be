package main

import (
	"errors"
	"io"
	"os"

	"github.com/chzyer/readline"

	"github.com/ovl-nix/ovl/lang/diag"
	"github.com/ovl-nix/ovl/lang/parser"
)

// diagnoser is implemented by errors that know how Nix would print them
// (the evaluator's errors).
type diagnoser interface {
	Diagnostic() diag.Diagnostic
}

// styleFor colours messages only on a terminal, and never with NO_COLOR set
// or TERM=dumb (SPEC §6).
func styleFor(w io.Writer) diag.Style {
	f, ok := w.(*os.File)
	if !ok || os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return diag.Style{}
	}
	return diag.Style{Color: readline.IsTerminal(int(f.Fd()))}
}

// printError writes err to w in Nix's layout and returns the exit error the
// command should return.
func printError(w io.Writer, err error, showTrace bool) error {
	var d diag.Diagnostic
	var perr *parser.Error
	var dn diagnoser
	switch {
	case errors.As(err, &perr):
		d = diag.Diagnostic{Msg: perr.Msg, Pos: perr.Pos}
	case errors.As(err, &dn):
		d = dn.Diagnostic()
	default:
		d = diag.Diagnostic{Msg: err.Error()}
	}
	io.WriteString(w, styleFor(w).Format(d, showTrace)+"\n")
	return failed
}
