// Package eval is ovl's lazy evaluator for the Nix language: values, the
// resolver that binds variables to environment slots, the evaluator, the
// printer that prints values exactly as `nix-instantiate --eval` does, and
// the API that builtins (package builtins) are written against.
//
// The evaluator follows CppNix 2.8: environments are slot arrays, bindings
// and arguments are thunks evaluated at most once, a thunk under evaluation
// is a black hole (forcing it again is infinite recursion), and errors carry
// the position and the trace frames CppNix reports.
package eval

import (
	"math"
	"strings"
	"unsafe"

	"github.com/ovl-nix/ovl/lang/ast"
)

// Type is the type of a Nix value as the language sees it (builtins.typeOf
// and error messages), plus Thunk for a value not evaluated yet.
type Type uint8

const (
	TypeInvalid  Type = iota // the zero Value: never seen by Nix code
	TypeNull                 // null
	TypeBool                 // true, false
	TypeInt                  // 64-bit integer
	TypeFloat                // 64-bit float
	TypeString               // string, possibly with context
	TypePath                 // absolute, canonical path
	TypeList                 // list
	TypeAttrs                // attribute set
	TypeFunction             // lambda, builtin, partially applied builtin
	TypeThunk                // not evaluated yet: force it first
)

// kind is the representation of a value; several kinds share one Type.
type kind uint8

const (
	kInvalid   kind = iota
	kNull           //
	kBool           // n: 0 or 1
	kInt            // n: the int64 bits
	kFloat          // n: the float64 bits
	kString         // p: the bytes, n: the length; no context
	kStringCtx      // p: *ctxString
	kPath           // p: the bytes, n: the length
	kList           // p: the first element (nil if empty), n: the length
	kAttrs          // p: *Attrs
	kLambda         // p: *Closure
	kPrimOp         // p: *PrimOp
	kPrimOpApp      // p: *PrimOpApp
	kThunk          // p: *Thunk
	kApp            // p: *appThunk
)

// Value is a Nix value. It is small (three words) and copied by value:
// integers, floats, booleans, null, strings without context and lists need
// no allocation of their own. A Value of type TypeThunk stands for a
// computation that Machine.Force runs at most once; every copy of it shares
// the result.
//
// The zero Value is invalid; use Null for null.
type Value struct {
	p unsafe.Pointer
	n uint64
	k kind
	// sym is, for a string that is an attribute's name (from
	// attrNames), that name's Symbol plus one, else 0: selecting with
	// it (`set.${name}`) then needs no symbol table lookup, a cache
	// miss per name in a large set. It fills padding: a Value stays 24
	// bytes.
	sym uint32
}

// ctxString is a string that refers to store paths.
type ctxString struct {
	s   string
	ctx Context
}

// Null, True and False are the constant values.
var (
	Null  = Value{k: kNull}
	True  = Value{k: kBool, n: 1}
	False = Value{k: kBool}
)

// NewInt returns an integer value.
func NewInt(i int64) Value { return Value{k: kInt, n: uint64(i)} }

// NewFloat returns a float value.
func NewFloat(f float64) Value { return Value{k: kFloat, n: math.Float64bits(f)} }

// NewBool returns true or false.
func NewBool(b bool) Value {
	if b {
		return True
	}
	return False
}

// NewString returns a string without context.
func NewString(s string) Value {
	return Value{k: kString, p: unsafe.Pointer(unsafe.StringData(s)), n: uint64(len(s))}
}

// NewCString returns s up to its first NUL byte. CppNix's strings are C
// strings: text that holds a NUL (a JSON or TOML "\u0000" escape, a NUL
// in a string literal) ends there.
func NewCString(s string) Value {
	if i := strings.IndexByte(s, 0); i >= 0 {
		s = s[:i]
	}
	return NewString(s)
}

// NewNameString returns the name of sym as a string (up to a NUL, as
// NewCString), remembering sym (see Value.sym).
func NewNameString(sym ast.Symbol) Value {
	s := sym.String()
	if strings.IndexByte(s, 0) >= 0 {
		return NewCString(s)
	}
	v := NewString(s)
	v.sym = uint32(sym) + 1
	return v
}

// NewStringWithContext returns a string that refers to the store paths in
// ctx (nil or empty ctx gives a plain string).
func NewStringWithContext(s string, ctx Context) Value {
	if len(ctx) == 0 {
		return NewString(s)
	}
	return Value{k: kStringCtx, p: unsafe.Pointer(&ctxString{s, ctx})}
}

// NewPath returns a path value; s must be absolute and canonical (see
// CanonPath).
func NewPath(s string) Value {
	return Value{k: kPath, p: unsafe.Pointer(unsafe.StringData(s)), n: uint64(len(s))}
}

// NewList returns a list of elems, which it keeps (the caller must not
// modify elems afterwards). Elements may be thunks.
func NewList(elems []Value) Value {
	if len(elems) == 0 {
		return Value{k: kList}
	}
	return Value{k: kList, p: unsafe.Pointer(&elems[0]), n: uint64(len(elems))}
}

// NewAttrs returns an attribute set value.
func NewAttrs(a *Attrs) Value { return Value{k: kAttrs, p: unsafe.Pointer(a)} }

// NewPrimOp returns a builtin function value: `<PRIMOP>` when printed.
func NewPrimOp(op *PrimOp) Value { return Value{k: kPrimOp, p: unsafe.Pointer(op)} }

func newClosure(c *Closure) Value     { return Value{k: kLambda, p: unsafe.Pointer(c)} }
func newThunkValue(t *Thunk) Value    { return Value{k: kThunk, p: unsafe.Pointer(t)} }
func newAppValue(a *appThunk) Value   { return Value{k: kApp, p: unsafe.Pointer(a)} }
func newPrimOpApp(a *PrimOpApp) Value { return Value{k: kPrimOpApp, p: unsafe.Pointer(a)} }

// Type says what the value is. A thunk that has already been evaluated
// still says TypeThunk: use Machine.Force.
func (v Value) Type() Type {
	switch v.k {
	case kNull:
		return TypeNull
	case kBool:
		return TypeBool
	case kInt:
		return TypeInt
	case kFloat:
		return TypeFloat
	case kString, kStringCtx:
		return TypeString
	case kPath:
		return TypePath
	case kList:
		return TypeList
	case kAttrs:
		return TypeAttrs
	case kLambda, kPrimOp, kPrimOpApp:
		return TypeFunction
	case kThunk, kApp:
		return TypeThunk
	}
	return TypeInvalid
}

// IsThunk reports whether v must be forced before use.
func (v Value) IsThunk() bool { return v.k >= kThunk }

// evaluated returns the value of a thunk that has been evaluated, or v
// itself when it is not a thunk; ok is false for a thunk not evaluated yet.
func (v Value) evaluated() (Value, bool) {
	switch v.k {
	case kThunk:
		if t := v.thunk(); t.done() {
			return t.val, true
		}
		return v, false
	case kApp:
		if a := v.app(); a.state == appDone {
			return a.fn, true
		}
		return v, false
	}
	return v, true
}

// Int returns the integer of an int value (0 for other types).
func (v Value) Int() int64 {
	if v.k != kInt {
		return 0
	}
	return int64(v.n)
}

// Float returns the float of a float value (0 for other types).
func (v Value) Float() float64 {
	if v.k != kFloat {
		return 0
	}
	return math.Float64frombits(v.n)
}

// Bool returns the boolean of a bool value (false for other types).
func (v Value) Bool() bool { return v.k == kBool && v.n != 0 }

// Str returns the text of a string or path value ("" for other types).
func (v Value) Str() string {
	switch v.k {
	case kString, kPath:
		return unsafe.String((*byte)(v.p), int(v.n))
	case kStringCtx:
		return (*ctxString)(v.p).s
	}
	return ""
}

// Context returns the store paths a string value refers to (nil for none).
func (v Value) Context() Context {
	if v.k == kStringCtx {
		return (*ctxString)(v.p).ctx
	}
	return nil
}

// List returns the elements of a list value (nil for other types). The
// slice is shared with the value: do not modify it, except to replace an
// element by its forced value.
func (v Value) List() []Value {
	if v.k != kList || v.n == 0 {
		return nil
	}
	return unsafe.Slice((*Value)(v.p), int(v.n))
}

// Len returns the length of a list value (0 for other types).
func (v Value) Len() int {
	if v.k != kList {
		return 0
	}
	return int(v.n)
}

// Attrs returns the set of an attribute set value (nil for other types).
func (v Value) Attrs() *Attrs {
	if v.k != kAttrs {
		return nil
	}
	return (*Attrs)(v.p)
}

// PrimOp returns the builtin of a builtin function value, also when
// partially applied (nil for other types).
func (v Value) PrimOp() *PrimOp {
	switch v.k {
	case kPrimOp:
		return (*PrimOp)(v.p)
	case kPrimOpApp:
		return (*PrimOpApp)(v.p).op
	}
	return nil
}

// Lambda returns the function expression of a lambda value (nil for other
// types), e.g. for builtins.functionArgs.
func (v Value) Lambda() *ast.Lambda {
	if v.k != kLambda {
		return nil
	}
	return (*Closure)(v.p).fn
}

func (v Value) closure() *Closure     { return (*Closure)(v.p) }
func (v Value) thunk() *Thunk         { return (*Thunk)(v.p) }
func (v Value) app() *appThunk        { return (*appThunk)(v.p) }
func (v Value) primOpApp() *PrimOpApp { return (*PrimOpApp)(v.p) }

// TypeName is the type of v in error messages: "an integer", "a set", "the
// built-in function 'map'", as CppNix's showType.
func TypeName(v Value) string {
	switch v.k {
	case kNull:
		return "null"
	case kBool:
		return "a Boolean"
	case kInt:
		return "an integer"
	case kFloat:
		return "a float"
	case kString:
		return "a string"
	case kStringCtx:
		return "a string with context"
	case kPath:
		return "a path"
	case kList:
		return "a list"
	case kAttrs:
		return "a set"
	case kLambda:
		return "a function"
	case kPrimOp:
		return "the built-in function '" + v.PrimOp().Name + "'"
	case kPrimOpApp:
		return "the partially applied built-in function '" + v.PrimOp().Name + "'"
	case kThunk, kApp:
		if r, ok := v.evaluated(); ok {
			return TypeName(r)
		}
		if v.k == kApp || v.thunk().expr == nil {
			return "a function application"
		}
		return "a thunk"
	}
	return "an invalid value"
}

// TypeOf is builtins.typeOf of a forced value: "int", "set", "lambda", ...
func TypeOf(v Value) string {
	switch v.Type() {
	case TypeNull:
		return "null"
	case TypeBool:
		return "bool"
	case TypeInt:
		return "int"
	case TypeFloat:
		return "float"
	case TypeString:
		return "string"
	case TypePath:
		return "path"
	case TypeList:
		return "list"
	case TypeAttrs:
		return "set"
	case TypeFunction:
		return "lambda"
	}
	return "thunk"
}
