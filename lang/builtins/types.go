package builtins

import (
	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
)

// Type tests and conversion to string.
func typeBuiltins() []eval.Builtin {
	return []eval.Builtin{
		{Name: "typeOf", Scope: eval.GlobalUnderscore, Arity: 1, Fn: primTypeOf},
		{Name: "isInt", Scope: eval.GlobalUnderscore, Arity: 1, Fn: isType(eval.TypeInt)},
		{Name: "isFloat", Scope: eval.GlobalUnderscore, Arity: 1, Fn: isType(eval.TypeFloat)},
		{Name: "isBool", Scope: eval.GlobalUnderscore, Arity: 1, Fn: isType(eval.TypeBool)},
		{Name: "isString", Scope: eval.GlobalUnderscore, Arity: 1, Fn: isType(eval.TypeString)},
		{Name: "isPath", Scope: eval.GlobalUnderscore, Arity: 1, Fn: isType(eval.TypePath)},
		{Name: "isNull", Scope: eval.Global, Arity: 1, Fn: isType(eval.TypeNull)},
		{Name: "isAttrs", Scope: eval.GlobalUnderscore, Arity: 1, Fn: isType(eval.TypeAttrs)},
		{Name: "isList", Scope: eval.GlobalUnderscore, Arity: 1, Fn: isType(eval.TypeList)},
		{Name: "isFunction", Scope: eval.GlobalUnderscore, Arity: 1, Fn: isType(eval.TypeFunction)},
		{Name: "toString", Scope: eval.Global, Arity: 1, Fn: primToString},
	}
}

func primTypeOf(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	v, err := m.Force(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	return eval.NewString(eval.TypeOf(v)), nil
}

// isType makes builtins.isInt and friends. A functor set is not a
// function for isFunction, as in Nix.
func isType(t eval.Type) eval.PrimOpFunc {
	return func(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
		v, err := m.Force(args[0], pos)
		if err != nil {
			return eval.Value{}, err
		}
		return eval.NewBool(v.Type() == t), nil
	}
}

// primToString converts like string interpolation, but also Booleans,
// numbers, null and lists, and without copying paths to the store.
func primToString(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	s, ctx, err := m.CoerceToString(pos, args[0], eval.CoerceOptions{More: true})
	if err != nil {
		return eval.Value{}, err
	}
	return eval.NewStringWithContext(s, ctx), nil
}
