package builtins

import "github.com/ovl-nix/ovl/lang/eval"

// The arithmetic the operators `-`, `*`, `/` and `<` desugar to, and
// builtins.add for `+` on numbers. The semantics live in eval.Arith, which
// the evaluator also calls directly for the operators.
func arithBuiltins() []eval.Builtin {
	return []eval.Builtin{
		{Name: "add", Scope: eval.GlobalUnderscore, Arity: 2, Fn: eval.ArithBuiltin(eval.OpAdd)},
		{Name: "sub", Scope: eval.GlobalUnderscore, Arity: 2, Fn: eval.ArithBuiltin(eval.OpSub)},
		{Name: "mul", Scope: eval.GlobalUnderscore, Arity: 2, Fn: eval.ArithBuiltin(eval.OpMul)},
		{Name: "div", Scope: eval.GlobalUnderscore, Arity: 2, Fn: eval.ArithBuiltin(eval.OpDiv)},
		{Name: "lessThan", Scope: eval.GlobalUnderscore, Arity: 2, Fn: eval.ArithBuiltin(eval.OpLessThan)},
	}
}
