package builtins

import (
	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
)

// Debugging builtins newer than Nix 2.8 that nixpkgs' lib uses, as the
// current Nix manual describes them. They are only in builtins, not
// global. (readFileType and convertHash are with their families.)
func newerBuiltins() []eval.Builtin {
	return []eval.Builtin{
		{Name: "warn", Scope: eval.BuiltinsOnly, Arity: 2, Fn: primWarn},
		{Name: "break", Scope: eval.BuiltinsOnly, Arity: 1, Fn: primBreak},
		{Name: "traceVerbose", Scope: eval.BuiltinsOnly, Arity: 2, Fn: primTraceVerbose},
	}
}

// primWarn (newer than Nix 2.8) prints its first argument, which must be
// a string, as a warning and returns its second.
func primWarn(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	msg, err := m.ForceString(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	m.Warn(msg)
	return m.Force(args[1], pos)
}

// primBreak (newer than Nix 2.8) would enter the debugger; ovl has none,
// so it returns its argument, as Nix does without --debugger.
func primBreak(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	return m.Force(args[0], pos)
}

// primTraceVerbose (newer than Nix 2.8) traces only with --trace-verbose,
// which ovl does not have: it returns its second argument.
func primTraceVerbose(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	return m.Force(args[1], pos)
}
