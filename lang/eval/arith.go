package eval

import (
	"math"

	"github.com/ovl-nix/ovl/lang/ast"
)

// ArithOp is an arithmetic or comparison builtin the operators desugar to.
type ArithOp uint8

const (
	OpAdd      ArithOp = iota // builtins.add
	OpSub                     // builtins.sub, `-`
	OpMul                     // builtins.mul, `*`
	OpDiv                     // builtins.div, `/`
	OpLessThan                // builtins.lessThan, `<`
)

// arithGlobals are the globals the evaluator computes directly when they
// are called with two arguments, skipping the generic call machinery: the
// operators `-`, `*`, `/`, `<` desugar to calls of these.
var arithGlobals = map[string]ArithOp{"__add": OpAdd, "__sub": OpSub, "__mul": OpMul, "__div": OpDiv, "__lessThan": OpLessThan}

// Arith applies op to two forced values with Nix's semantics: integers
// wrap around, an operation involving a float is done in floats, division
// by zero is an error; OpLessThan is LessThan. Errors are reported at pos.
func (m *Machine) Arith(op ArithOp, a, b Value, pos ast.Pos) (Value, error) {
	if a.k == kInt && b.k == kInt {
		// The common case first.
		x, y := int64(a.n), int64(b.n)
		switch op {
		case OpAdd:
			return NewInt(x + y), nil
		case OpSub:
			return NewInt(x - y), nil
		case OpMul:
			return NewInt(x * y), nil
		case OpLessThan:
			return NewBool(x < y), nil
		}
	}
	if op == OpLessThan {
		lt, err := m.lessThan(a, b)
		return NewBool(lt), err
	}
	if op == OpDiv {
		d, err := m.ForceFloat(b, pos)
		if err != nil {
			return Value{}, err
		}
		if d == 0 {
			return Value{}, Errorf(EvalError, pos, "division by zero")
		}
	}
	if a.k == kInt && b.k == kInt {
		x, y := int64(a.n), int64(b.n)
		if x == math.MinInt64 && y == -1 {
			return Value{}, Errorf(EvalError, pos, "overflow in integer division")
		}
		return NewInt(x / y), nil
	}
	if a.k == kFloat || b.k == kFloat {
		x, err := m.ForceFloat(a, pos)
		if err != nil {
			return Value{}, err
		}
		y, err := m.ForceFloat(b, pos)
		if err != nil {
			return Value{}, err
		}
		switch op {
		case OpAdd:
			return NewFloat(x + y), nil
		case OpSub:
			return NewFloat(x - y), nil
		case OpMul:
			return NewFloat(x * y), nil
		}
		return NewFloat(x / y), nil
	}
	if a.k != kInt {
		return Value{}, typeError(pos, a, "an integer")
	}
	return Value{}, typeError(pos, b, "an integer")
}

// ArithBuiltin is the implementation of the builtin for op: it forces both
// arguments at pos, in order, and applies Arith.
func ArithBuiltin(op ArithOp) PrimOpFunc {
	return func(m *Machine, pos ast.Pos, args []Value) (Value, error) {
		a, err := m.Force(args[0], pos)
		if err != nil {
			return Value{}, err
		}
		b, err := m.Force(args[1], pos)
		if err != nil {
			return Value{}, err
		}
		return m.Arith(op, a, b, pos)
	}
}

// evalArith is a call of an arithmetic global with two arguments: the
// arguments are evaluated directly (a variable is forced at the call's
// position, as the builtin would force it), with no thunk or call frame.
func (m *Machine) evalArith(op ArithOp, e *ast.Call, env *Env) (Value, error) {
	a, err := m.evalArg(e.Args[0], env, e.Pos)
	if err != nil {
		return Value{}, err
	}
	b, err := m.evalArg(e.Args[1], env, e.Pos)
	if err != nil {
		return Value{}, err
	}
	return m.Arith(op, a, b, e.Pos)
}

// evalArg evaluates an argument of a strict builtin as forcing
// maybeThunk(e) at pos would.
func (m *Machine) evalArg(e ast.Expr, env *Env, pos ast.Pos) (Value, error) {
	switch e := e.(type) {
	case *ast.Int:
		return NewInt(e.Value), nil
	case *ast.Var:
		var slot *Value
		if isLocal(e) {
			slot = localSlot(e, env)
		} else {
			var err error
			if slot, err = m.lookupVar(e, env); err != nil {
				return Value{}, err
			}
		}
		if slot.k == kInvalid {
			// Not bound yet (a later binding of the same let): CppNix
			// makes a thunk of the variable, forced here.
			return m.eval(e, env)
		}
		return m.forceSlot(slot, pos)
	}
	return m.eval(e, env)
}
