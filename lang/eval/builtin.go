package eval

import "github.com/ovl-nix/ovl/lang/ast"

// Builtin declares one entry of `builtins`. Package builtins holds the
// table (builtins.Table) and passes it to New; the evaluator itself knows
// only true, false, null and builtins.
//
// # Writing a builtin
//
// A function builtin has Arity ≥ 1 and an Fn. Fn is called once all Arity
// arguments are supplied (partial applications print `<PRIMOP-APP>`):
//
//	{Name: "length", Scope: GlobalUnderscore, Arity: 1,
//		Fn: func(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
//			xs, err := m.ForceList(args[0], pos)
//			if err != nil {
//				return eval.Value{}, err
//			}
//			return eval.NewInt(int64(len(xs))), nil
//		}}
//
// The contract:
//
//   - pos is the position of the call expression: the position CppNix
//     gives to errors of the builtin.
//   - args are not forced: force only what the builtin needs, with
//     m.Force or the typed m.ForceInt, m.ForceString, m.ForceAttrs,
//     m.ForceList, m.ForceFunction... which fail with Nix's wording
//     ("value is an integer while a set was expected") at pos.
//   - The args slice belongs to the evaluator and is only valid during the
//     call: keep the Values (they are small and immutable), never the slice
//     itself (copy it with slices.Clone if needed). Keep them only in the
//     result, never in Go state that outlives the call (a cache across
//     calls): the evaluator reuses environments on that assumption (see
//     ast.Lambda.NoEnvCapture).
//   - The result may be lazy: build lists and sets whose elements are
//     thunks made by m.LazyCall (an application, like map's elements) or
//     m.Lazy (any Go computation), or that reuse the argument values.
//     Never force more than Nix does: `attrNames` never forces values.
//   - Call Nix functions with m.Call; compare with m.Equal and m.LessThan;
//     convert with m.CoerceToString.
//   - Errors: return an *Error made by Errorf(kind, pos, ...) or by a
//     Force function; return errors of m.Force/m.Call unchanged (they carry
//     their own position and trace). Use ThrownError only for `throw`.
//
// The globals __add, __sub, __mul, __div and __lessThan must be
// ArithBuiltin(op): the evaluator computes the operators that desugar to
// them with Arith directly.
//
// A constant (true, nixVersion, nixPath...) has Arity 0 and a Value
// function, called once when the Machine is created.
type Builtin struct {
	// Name is the attribute name in `builtins`, e.g. "add" or "foldl'".
	Name string
	// Scope says whether the builtin is also a global variable.
	Scope Scope
	// Arity is the number of arguments; 0 for a constant.
	Arity int
	// Fn implements a function builtin.
	Fn PrimOpFunc
	// Value computes a constant's value.
	Value func(m *Machine) (Value, error)
}

// Scope says where a builtin is visible besides `builtins.NAME`.
type Scope uint8

const (
	// BuiltinsOnly: only as builtins.NAME (builtins newer than Nix 2.8).
	BuiltinsOnly Scope = iota
	// GlobalUnderscore: also as the global __NAME, like most builtins of
	// Nix 2.8 (`__add`, `__attrNames`).
	GlobalUnderscore
	// Global: also as the global NAME (`map`, `import`, `toString`,
	// `throw`, `abort`, `baseNameOf`, `dirOf`, `isNull`, `removeAttrs`,
	// `derivation`, `placeholder`, `scopedImport`, `fetchTarball`,
	// `fetchGit`, `fetchMercurial`, `fetchTree`, `fromTOML`,
	// `derivationStrict`).
	Global
)

// globalName is the variable name a builtin is bound to, or "".
func (b *Builtin) globalName() string {
	switch b.Scope {
	case GlobalUnderscore:
		return "__" + b.Name
	case Global:
		return b.Name
	}
	return ""
}

// NewBuiltinFunc returns a function value implemented in Go that is not
// in the builtins table (e.g. a helper a builtin returns). It prints as
// `<PRIMOP>` and is named name in messages. arity must be at least 1.
func NewBuiltinFunc(name string, arity int, fn PrimOpFunc) Value {
	return NewPrimOp(&PrimOp{Name: name, Arity: max(arity, 1), Fn: fn})
}

// Symbols the evaluator uses itself.
var (
	symOutPath   = ast.Intern("outPath")
	symToString  = ast.Intern("__toString")
	symFunctor   = ast.Intern("__functor")
	symType      = ast.Intern("type")
	symOverrides = ast.Intern("__overrides")
	symFile      = ast.Intern("file")
	symLine      = ast.Intern("line")
	symColumn    = ast.Intern("column")
	symBuiltins  = ast.Intern("builtins")
)
