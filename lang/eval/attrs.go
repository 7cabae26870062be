package eval

import (
	"slices"
	"sort"

	"github.com/ovl-nix/ovl/lang/ast"
)

// Attr is one attribute of a set: its name, its (possibly unevaluated)
// value and where it was defined (nil when it has no source position, e.g.
// made by a builtin).
type Attr struct {
	Name  ast.Symbol
	Value Value
	Pos   *ast.Pos
}

// Attrs is an immutable attribute set. Everything outside this file goes
// through its methods (Get, Lookup, Len, All, Sorted, Names) and through
// AttrsBuilder and Update, so that the representation — today one slice
// sorted by symbol — can become a structure-sharing one for overlays
// without touching the evaluator or the builtins.
type Attrs struct {
	entries []Attr // sorted by Name (symbol number), unique
	// byName is the order of entries by name (bytes), computed on first
	// use by Sorted: printing, attrNames and friends need it, lookups
	// don't.
	byName []int32
	// Pos is where the set was written (`{` of the expression), if known;
	// CppNix reports some errors there.
	Pos *ast.Pos
}

// EmptyAttrs is the empty set.
var EmptyAttrs = &Attrs{}

// Len is the number of attributes.
func (a *Attrs) Len() int { return len(a.entries) }

// Lookup returns the attribute called name, or nil. The returned Attr
// belongs to the set: callers may only replace its Value by the same value
// forced (see Machine.ForceAttr).
func (a *Attrs) Lookup(name ast.Symbol) *Attr {
	e := a.entries
	if len(e) <= 8 {
		for i := range e {
			if e[i].Name == name {
				return &e[i]
			}
		}
		return nil
	}
	lo, hi := 0, len(e)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if e[mid].Name < name {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(e) && e[lo].Name == name {
		return &e[lo]
	}
	return nil
}

// Get returns the (possibly unevaluated) value of the attribute name.
func (a *Attrs) Get(name ast.Symbol) (Value, bool) {
	if at := a.Lookup(name); at != nil {
		return at.Value, true
	}
	return Value{}, false
}

// GetString is Get by the attribute's text.
func (a *Attrs) GetString(name string) (Value, bool) {
	sym, ok := ast.Lookup(name)
	if !ok {
		return Value{}, false
	}
	return a.Get(sym)
}

// Has reports whether the set has the attribute name.
func (a *Attrs) Has(name ast.Symbol) bool { return a.Lookup(name) != nil }

// All calls yield for every attribute in the order of the names' symbols
// (the cheapest order; the same for all sets), until yield returns false.
func (a *Attrs) All(yield func(*Attr) bool) {
	for i := range a.entries {
		if !yield(&a.entries[i]) {
			return
		}
	}
}

// zipAttrs calls f on the attributes of two sets of the same size, pairwise
// in symbol order, while f returns true.
func zipAttrs(x, y *Attrs, f func(a, b *Attr) (bool, error)) (bool, error) {
	for i := range x.entries {
		if ok, err := f(&x.entries[i], &y.entries[i]); !ok || err != nil {
			return false, err
		}
	}
	return true, nil
}

// with returns a copy of a with one more attribute (a dynamic binding).
func (a *Attrs) with(at Attr) *Attrs {
	b := AttrsBuilder{entries: append(a.entries[:len(a.entries):len(a.entries)], at)}
	return b.Finish()
}

// Sorted calls yield for every attribute in the order of their names'
// bytes, the order Nix prints and lists them in, until yield returns false.
func (a *Attrs) Sorted(yield func(*Attr) bool) {
	order := a.nameOrder()
	for _, i := range order {
		if !yield(&a.entries[i]) {
			return
		}
	}
}

// Names returns the attribute names in byte order (builtins.attrNames).
func (a *Attrs) Names() []string {
	out := make([]string, 0, len(a.entries))
	for _, i := range a.nameOrder() {
		out = append(out, a.entries[i].Name.String())
	}
	return out
}

func (a *Attrs) nameOrder() []int32 {
	if a.byName != nil || len(a.entries) == 0 {
		return a.byName
	}
	names := make([]string, len(a.entries))
	order := make([]int32, len(a.entries))
	for i := range a.entries {
		names[i] = a.entries[i].Name.String()
		order[i] = int32(i)
	}
	sort.Slice(order, func(i, j int) bool { return names[order[i]] < names[order[j]] })
	a.byName = order
	return order
}

// AttrsBuilder collects attributes for a new set. The zero value is ready
// to use; NewAttrsBuilder preallocates.
type AttrsBuilder struct {
	entries []Attr
	sorted  bool // entries are known to be strictly increasing
}

// NewAttrsBuilder returns a builder with room for n attributes.
func NewAttrsBuilder(n int) *AttrsBuilder {
	return &AttrsBuilder{entries: make([]Attr, 0, n), sorted: true}
}

// Add adds an attribute. Adding a name twice keeps the last value; callers
// that must reject duplicates check Has first.
func (b *AttrsBuilder) Add(name ast.Symbol, v Value, pos *ast.Pos) {
	if n := len(b.entries); n == 0 {
		b.sorted = true
	} else if b.entries[n-1].Name >= name {
		b.sorted = false
	}
	b.entries = append(b.entries, Attr{Name: name, Value: v, Pos: pos})
}

// AddString is Add by the attribute's text.
func (b *AttrsBuilder) AddString(name string, v Value, pos *ast.Pos) {
	b.Add(ast.Intern(name), v, pos)
}

// Has reports whether name was added already.
func (b *AttrsBuilder) Has(name ast.Symbol) bool {
	for i := range b.entries {
		if b.entries[i].Name == name {
			return true
		}
	}
	return false
}

// Len is the number of attributes added so far.
func (b *AttrsBuilder) Len() int { return len(b.entries) }

// Finish returns the set. The builder must not be used afterwards.
func (b *AttrsBuilder) Finish() *Attrs {
	e := b.entries
	b.entries = nil
	if len(e) == 0 {
		return EmptyAttrs
	}
	if !b.sorted {
		e = sortUnique(e)
	}
	return &Attrs{entries: e}
}

// sortUnique sorts attributes by name, keeping the last of duplicates.
func sortUnique(e []Attr) []Attr {
	increasing := true
	for i := 1; i < len(e) && increasing; i++ {
		increasing = e[i-1].Name < e[i].Name
	}
	if increasing {
		return e
	}
	// Insertion sort: bindings mostly arrive in symbol order already,
	// because the parser interns names in the order it reads them.
	if len(e) <= 16 {
		for i := 1; i < len(e); i++ {
			for j := i; j > 0 && e[j-1].Name > e[j].Name; j-- {
				e[j-1], e[j] = e[j], e[j-1]
			}
		}
	} else {
		slices.SortStableFunc(e, func(x, y Attr) int { return int(x.Name) - int(y.Name) })
	}
	out := e[:0]
	for i := range e {
		if len(out) > 0 && out[len(out)-1].Name == e[i].Name {
			out[len(out)-1] = e[i]
			continue
		}
		out = append(out, e[i])
	}
	return out
}

// Update is `a // b`: the attributes of both, b's winning on a clash. It
// shares a or b when the other is empty, as CppNix does.
func Update(a, b *Attrs) *Attrs {
	if len(a.entries) == 0 {
		return b
	}
	if len(b.entries) == 0 {
		return a
	}
	out := make([]Attr, 0, len(a.entries)+len(b.entries))
	i, j := 0, 0
	for i < len(a.entries) && j < len(b.entries) {
		switch x, y := a.entries[i].Name, b.entries[j].Name; {
		case x == y:
			out = append(out, b.entries[j])
			i++
			j++
		case x < y:
			out = append(out, a.entries[i])
			i++
		default:
			out = append(out, b.entries[j])
			j++
		}
	}
	out = append(out, a.entries[i:]...)
	out = append(out, b.entries[j:]...)
	return &Attrs{entries: out}
}

// nameStrings lists the names of a set, e.g. for "Did you mean" candidates.
func (a *Attrs) nameStrings() []string {
	out := make([]string, len(a.entries))
	for i := range a.entries {
		out[i] = a.entries[i].Name.String()
	}
	return out
}

// RequireAttr returns the attribute name of a, or the error CppNix gives
// a builtin (funcName) called with a set that lacks it: reported at the
// set's position with a "while invoking" frame at pos, or at pos when the
// set has no position.
func (m *Machine) RequireAttr(a *Attrs, name, funcName string, pos ast.Pos) (*Attr, error) {
	if sym, ok := ast.Lookup(name); ok {
		if at := a.Lookup(sym); at != nil {
			return at, nil
		}
	}
	msg := "attribute '" + ShowSymbol(name) + "' missing for call to '" + funcName + "'"
	if a.Pos == nil || !a.Pos.IsValid() {
		return nil, Errorf(TypeError, pos, "%s", msg)
	}
	return nil, AddTrace(Errorf(TypeError, *a.Pos, "%s", msg), pos, "while invoking '"+funcName+"'")
}
