// Package ast is ovl's typed syntax tree for the Nix expression language.
//
// The parser (package parser) produces it; the evaluator (package eval)
// resolves variables in it and runs it. It mirrors CppNix 2.8's own tree so
// that `ovl parse` can print what `nix-instantiate --parse` prints and so
// that error positions match: the operators `-`, `*`, `/`, `<`, `<=`, `>`,
// `>=` and unary minus are calls of `__sub`, `__mul`, `__div` and
// `__lessThan` (wrapped in Not for `<=`/`>=`), `+` is a non-forcing Concat,
// `<p>` is `__findFile __nixPath "p"`, and the legacy `let { … }` is a
// select of `body` from a recursive set. Relative and home paths are made
// absolute while parsing, as Nix does.
package ast

import "fmt"

// Source is one parsed text: a file (Name is its absolute path) or an
// expression given on the command line (Name is "«string»"). Text must
// not change once parsed: the tree's names and strings share its memory.
type Source struct {
	Name string
	Text []byte
	// NulInStrings is set by the parser when a string literal of the
	// text holds a NUL byte (only an indented string can): the evaluator
	// then cuts such literals at their NUL, as CppNix's C strings do, and
	// otherwise need not look for one.
	NulInStrings bool
}

// Pos is a 1-based line and column in a Source. The zero Pos means "no
// position", like CppNix's noPos.
type Pos struct {
	Src  *Source
	Line int32
	Col  int32
}

// IsValid reports whether the position points into a source.
func (p Pos) IsValid() bool { return p.Src != nil && p.Line > 0 }

// String formats the position as Nix does in messages: "file:line:col".
func (p Pos) String() string {
	if !p.IsValid() {
		return "undefined position"
	}
	return fmt.Sprintf("%s:%d:%d", p.Src.Name, p.Line, p.Col)
}

// Expr is any expression node.
type Expr interface {
	Position() Pos
	exprNode()
}

// Int is an integer literal.
type Int struct {
	Pos   Pos
	Value int64
}

// Float is a floating point literal.
type Float struct {
	Pos   Pos
	Value float64
}

// String is a string without interpolation: a literal, a URI, the text
// parts of an interpolated string, or a search path's name.
type String struct {
	Pos   Pos
	Value string
}

// Path is a path literal without interpolation, already absolute and
// canonical. A path with interpolation is a Concat whose first part is a
// Path.
type Path struct {
	Pos   Pos
	Value string
}

// Var is a variable reference. The resolver of package eval fills in where
// the value lives before the expression is evaluated.
type Var struct {
	Pos  Pos
	Name Symbol

	// Set by the resolver. When FromWith is false the variable is the
	// Slot-th value of the environment Level steps up from the current
	// one, or, when Level is -1, a global (`builtins`, `map`, `true`...:
	// in no environment) and Slot its index among the evaluator's
	// globals. When FromWith is true it is not bound lexically, and is
	// looked up at run time in the enclosing `with` scopes, innermost
	// first; Level then counts the steps to the innermost `with`
	// environment.
	Level    int32
	Slot     int32
	FromWith bool
}

// AttrName is one step of an attribute path: a static name, or a dynamic
// one (`${e}` or a string with interpolation) when Dynamic is not nil.
type AttrName struct {
	Pos     Pos
	Name    Symbol
	Dynamic Expr
}

// Select is `Subject.a.b` or `Subject.a.b or Default` (Default nil when
// absent).
type Select struct {
	Pos     Pos
	Subject Expr
	Path    []AttrName
	Default Expr
}

// HasAttr is `Subject ? a.b`.
type HasAttr struct {
	Pos     Pos
	Subject Expr
	Path    []AttrName
}

// InheritKind tells how a binding came to be.
type InheritKind uint8

const (
	// NotInherited is an ordinary `name = value;` binding.
	NotInherited InheritKind = iota
	// Inherited is `inherit name;`: Value is a Var that must be resolved
	// in the scope enclosing the set or let, never in a `rec` set's own
	// scope.
	Inherited
	// InheritedFrom is `inherit (e) name;`: Value is a Select of name
	// from e. Printed by Nix 2.8 as `name = (e).name;`.
	InheritedFrom
)

// Binding is one static attribute of an AttrSet or Let. Nested paths
// (`a.b = 1; a.c = 2;`) are already merged: a's Value is an AttrSet.
type Binding struct {
	Pos     Pos
	Name    Symbol
	Value   Expr
	Inherit InheritKind
}

// DynamicBinding is a binding whose name is computed: `${e} = v;` or
// `"a${b}" = v;`. A null name drops the binding at run time.
type DynamicBinding struct {
	Pos   Pos
	Name  Expr
	Value Expr
}

// AttrSet is `{ … }` or `rec { … }`. Bindings keep source order; names are
// unique (the parser reports duplicates as Nix does).
type AttrSet struct {
	Pos      Pos
	Rec      bool
	Bindings []*Binding
	Dynamic  []*DynamicBinding
}

// List is `[ e1 e2 … ]`.
type List struct {
	Pos   Pos
	Elems []Expr
}

// Formal is one parameter of a set pattern, with its default or nil.
type Formal struct {
	Pos     Pos
	Name    Symbol
	Default Expr
}

// Formals is the set pattern of a function `{ a, b ? 1, … }:`, its formals
// in the order Nix 2.8 keeps them.
type Formals struct {
	Items    []Formal
	Ellipsis bool
}

// Lambda is a function: `x: body`, `{ … }: body`, `x@{ … }: body` or
// `{ … }@x: body`. Arg is 0 (the empty name) when there is no plain
// argument name; Formals is nil for a plain `x:` function.
type Lambda struct {
	Pos     Pos
	Arg     Symbol
	Formals *Formals
	Body    Expr

	// Name is the attribute or let name the function was bound to, for
	// messages ("while calling 'f'"); 0 for an anonymous function. Set by
	// the parser from the binding, as Nix's setName does.
	Name Symbol

	// NoEnvCapture says that the value of Body cannot reference the
	// environment of a call: what flows into it builds no function, let,
	// with or rec set, and every value it delays (call arguments, list
	// elements, set values) is a literal or a variable; operands of
	// operators that make a Boolean, a number or a string do not count.
	// The evaluator then reuses the environment for the next call
	// instead of leaving it to the garbage collector. Set by the
	// evaluator's resolver (see its expr for why this is enough).
	NoEnvCapture bool
}

// Call is a function application with one or more arguments, `f a b`.
type Call struct {
	Pos  Pos
	Fn   Expr
	Args []Expr
}

// Let is `let bindings in Body`. Its bindings are mutually recursive.
type Let struct {
	Pos      Pos
	Bindings []*Binding
	Body     Expr
}

// With is `with Attrs; Body`.
type With struct {
	Pos   Pos
	Attrs Expr
	Body  Expr
}

// Assert is `assert Cond; Body`.
type Assert struct {
	Pos  Pos
	Cond Expr
	Body Expr
}

// If is `if Cond then Then else Else`.
type If struct {
	Pos              Pos
	Cond, Then, Else Expr
}

// Not is `!E`, and also wraps `__lessThan` for `<=` and `>=`.
type Not struct {
	Pos Pos
	E   Expr
}

// BinaryOp names the operators that have a node of their own.
type BinaryOp uint8

const (
	OpEq     BinaryOp = iota // ==
	OpNEq                    // !=
	OpAnd                    // &&
	OpOr                     // ||
	OpImpl                   // ->
	OpUpdate                 // //
	OpConcat                 // ++
)

// String is the operator's source spelling.
func (op BinaryOp) String() string {
	return [...]string{"==", "!=", "&&", "||", "->", "//", "++"}[op]
}

// Binary is a binary operator other than `+` (Concat) and the arithmetic
// and comparison operators (Calls of builtins, see the package comment).
type Binary struct {
	Pos  Pos
	Op   BinaryOp
	L, R Expr
}

// Concat joins Parts: `a + b` (ForceString false, two parts), an
// interpolated string (ForceString true) or an interpolated path
// (ForceString false, first part a Path).
type Concat struct {
	Pos         Pos
	ForceString bool
	Parts       []Expr

	// PartPos[i], when set, is where CppNix places Parts[i] in errors
	// ("cannot add …", "cannot coerce …"): the first token of an operand
	// of `+` (an opening parenthesis included) or the `${` of an
	// interpolation, which can differ from Parts[i].Position().
	PartPos []Pos
}

// CurPos is `__curPos`, which evaluates to its own position.
type CurPos struct {
	Pos Pos
}

func (e *Int) Position() Pos     { return e.Pos }
func (e *Float) Position() Pos   { return e.Pos }
func (e *String) Position() Pos  { return e.Pos }
func (e *Path) Position() Pos    { return e.Pos }
func (e *Var) Position() Pos     { return e.Pos }
func (e *Select) Position() Pos  { return e.Pos }
func (e *HasAttr) Position() Pos { return e.Pos }
func (e *AttrSet) Position() Pos { return e.Pos }
func (e *List) Position() Pos    { return e.Pos }
func (e *Lambda) Position() Pos  { return e.Pos }
func (e *Call) Position() Pos    { return e.Pos }
func (e *Let) Position() Pos     { return e.Pos }
func (e *With) Position() Pos    { return e.Pos }
func (e *Assert) Position() Pos  { return e.Pos }
func (e *If) Position() Pos      { return e.Pos }
func (e *Not) Position() Pos     { return e.Pos }
func (e *Binary) Position() Pos  { return e.Pos }
func (e *Concat) Position() Pos  { return e.Pos }
func (e *CurPos) Position() Pos  { return e.Pos }

func (*Int) exprNode()     {}
func (*Float) exprNode()   {}
func (*String) exprNode()  {}
func (*Path) exprNode()    {}
func (*Var) exprNode()     {}
func (*Select) exprNode()  {}
func (*HasAttr) exprNode() {}
func (*AttrSet) exprNode() {}
func (*List) exprNode()    {}
func (*Lambda) exprNode()  {}
func (*Call) exprNode()    {}
func (*Let) exprNode()     {}
func (*With) exprNode()    {}
func (*Assert) exprNode()  {}
func (*If) exprNode()      {}
func (*Not) exprNode()     {}
func (*Binary) exprNode()  {}
func (*Concat) exprNode()  {}
func (*CurPos) exprNode()  {}
