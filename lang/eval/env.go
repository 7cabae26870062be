package eval

import (
	"unsafe"

	"github.com/ovl-nix/ovl/lang/ast"
)

// Env is a run-time environment: the values of one scope's variables in
// the slots the resolver assigned (a lambda's argument and formals, a
// let's or a rec set's bindings), or, for a `with`, its set in slot 0.
// Globals are not in any Env: the resolver marks them with Level -1.
//
// The header is three words so that the most common environment, a
// function's single argument, fits in 48 bytes with its slot.
type Env struct {
	up   *Env
	vals *Value // the first of n slots, usually allocated with the Env
	n    int32
	with bool // a `with` scope: slot 0 is its (possibly unevaluated) set
}

// slot returns the i-th slot (the resolver guarantees i < e.n; the
// bounds check turns a bug into a panic, never into memory corruption).
func (e *Env) slot(i int32) *Value { return &unsafe.Slice(e.vals, e.n)[i] }

// values returns all slots.
func (e *Env) values() []Value { return unsafe.Slice(e.vals, e.n) }

// Small environments are allocated together with their slots: one
// allocation per function call.
type env1 struct {
	Env
	a [1]Value
}

type env2 struct {
	Env
	a [2]Value
}

type env3 struct {
	Env
	a [3]Value
}

type env4 struct {
	Env
	a [4]Value
}

// newEnv returns an environment with n empty slots below up.
func newEnv(up *Env, n int) *Env {
	switch n {
	case 0:
		return &Env{up: up}
	case 1:
		e := &env1{}
		e.up, e.vals, e.n = up, &e.a[0], 1
		return &e.Env
	case 2:
		e := &env2{}
		e.up, e.vals, e.n = up, &e.a[0], 2
		return &e.Env
	case 3:
		e := &env3{}
		e.up, e.vals, e.n = up, &e.a[0], 3
		return &e.Env
	case 4:
		e := &env4{}
		e.up, e.vals, e.n = up, &e.a[0], 4
		return &e.Env
	}
	vals := make([]Value, n)
	return &Env{up: up, vals: &vals[0], n: int32(n)}
}

// Closure is a lambda value: the function and the environment it was
// created in.
type Closure struct {
	fn  *ast.Lambda
	env *Env
}

// Thunk is a delayed computation: an expression in an environment, or the
// application of a function to arguments (made by builtins such as map).
// Once evaluated it keeps only the result, so the environment can be
// garbage collected.
type Thunk struct {
	val  Value    // the result, once evaluated
	env  *Env     // nil once evaluated; &blackhole while being evaluated
	expr ast.Expr // nil for an application: env's slots hold fn, args...
}

// topEnv is the environment of a file's top level: no slots (globals
// live elsewhere), but not nil, because a thunk with a nil environment is
// an evaluated one.
var topEnv Env

// blackhole marks a thunk under evaluation: forcing it again is infinite
// recursion.
var blackhole Env

func (t *Thunk) done() bool { return t.env == nil }

// PrimOpFunc implements a builtin. See Builtin for the contract.
type PrimOpFunc func(m *Machine, pos ast.Pos, args []Value) (Value, error)

// PrimOp is a builtin function value.
type PrimOp struct {
	Name  string // its name in builtins, used in messages
	Arity int    // number of arguments, at least 1
	Fn    PrimOpFunc
}

// PrimOpApp is a builtin applied to fewer arguments than its arity.
type PrimOpApp struct {
	op   *PrimOp
	args []Value
}
