package builtins

import (
	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
)

// The list builtins the language cannot do without.
func coreListBuiltins() []eval.Builtin {
	return []eval.Builtin{
		{Name: "map", Scope: eval.Global, Arity: 2, Fn: primMap},
		{Name: "length", Scope: eval.GlobalUnderscore, Arity: 1, Fn: primLength},
		{Name: "head", Scope: eval.GlobalUnderscore, Arity: 1, Fn: primHead},
		{Name: "tail", Scope: eval.GlobalUnderscore, Arity: 1, Fn: primTail},
	}
}

// primMap applies f lazily: each element is a thunk of `f x`.
func primMap(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	xs, err := m.ForceList(args[1], pos)
	if err != nil {
		return eval.Value{}, err
	}
	out := make([]eval.Value, len(xs))
	for i, x := range xs {
		out[i] = m.LazyCall(args[0], x)
	}
	return eval.NewList(out), nil
}

func primLength(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	xs, err := m.ForceList(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	return eval.NewInt(int64(len(xs))), nil
}

func primHead(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	xs, err := m.ForceList(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	if len(xs) == 0 {
		return eval.Value{}, eval.Errorf(eval.EvalError, pos, "list index 0 is out of bounds")
	}
	return m.Force(xs[0], pos)
}

func primTail(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	xs, err := m.ForceList(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	if len(xs) == 0 {
		return eval.Value{}, eval.Errorf(eval.EvalError, pos, "'tail' called on an empty list")
	}
	// A copy, as in CppNix: two tails of one list are different lists.
	return eval.NewList(append([]eval.Value(nil), xs[1:]...)), nil
}
