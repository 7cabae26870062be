package builtins

import (
	"math"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
)

// Bitwise operations and rounding (add, sub, mul, div and lessThan are in
// arith.go).
func mathBuiltins() []eval.Builtin {
	return []eval.Builtin{
		{Name: "bitAnd", Scope: eval.GlobalUnderscore, Arity: 2, Fn: bitwise(func(a, b int64) int64 { return a & b })},
		{Name: "bitOr", Scope: eval.GlobalUnderscore, Arity: 2, Fn: bitwise(func(a, b int64) int64 { return a | b })},
		{Name: "bitXor", Scope: eval.GlobalUnderscore, Arity: 2, Fn: bitwise(func(a, b int64) int64 { return a ^ b })},
		{Name: "ceil", Scope: eval.GlobalUnderscore, Arity: 1, Fn: rounding(math.Ceil)},
		{Name: "floor", Scope: eval.GlobalUnderscore, Arity: 1, Fn: rounding(math.Floor)},
	}
}

func bitwise(op func(a, b int64) int64) eval.PrimOpFunc {
	return func(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
		a, err := m.ForceInt(args[0], pos)
		if err != nil {
			return eval.Value{}, err
		}
		b, err := m.ForceInt(args[1], pos)
		if err != nil {
			return eval.Value{}, err
		}
		return eval.NewInt(op(a, b)), nil
	}
}

// rounding makes ceil and floor: an integer or float in, an integer out.
// A type error is reported where a set or function argument was written,
// as CppNix does: it looks at the argument before forcing it, so an
// argument that is still a thunk gives the call's position.
func rounding(round func(float64) float64) eval.PrimOpFunc {
	return func(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
		errPos := pos
		if !args[0].IsThunk() {
			errPos = valuePos(args[0], pos)
		}
		f, err := m.ForceFloat(args[0], errPos)
		if err != nil {
			return eval.Value{}, err
		}
		return eval.NewInt(floatToInt(round(f))), nil
	}
}

// floatToInt converts like the x86-64 conversion CppNix compiles to: NaN
// and values out of range become the smallest integer.
func floatToInt(f float64) int64 {
	if math.IsNaN(f) || f >= math.MaxInt64 || f < math.MinInt64 {
		return math.MinInt64
	}
	return int64(f)
}
