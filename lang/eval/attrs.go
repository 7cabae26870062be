package eval

import (
	"cmp"
	"encoding/binary"
	"slices"
	"strings"
	"unsafe"

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

// set makes a the attribute of binding b with value v. Field by field:
// an Attr literal is built on the stack and copied with loads wider than
// the stores that built it, which wait for those stores to reach the
// cache (a stall at every attribute of every set evaluated).
func (a *Attr) set(b *ast.Binding, v Value) {
	a.Name, a.Value, a.Pos = b.Name, v, &b.Pos
}

// Attrs is an immutable attribute set. Everything outside this file and
// attrs_trie.go goes through its methods (Get, Lookup, Len, All, Sorted,
// Names) and through AttrsBuilder and Update.
//
// A set of at most flatMax attributes is one slice sorted by symbol: most
// sets are small, and a slice is the most compact and the fastest to search
// for them. A larger set is a persistent trie (see attrs_trie.go), so that
// `big // small` shares big's structure instead of copying it. The choice
// depends only on the size, so two sets of the same size have the same
// representation.
type Attrs struct {
	flat []Attr    // small sets: sorted by Name (symbol number), unique
	big  *bigAttrs // large sets, else nil
	// byName is the order of flat by name (bytes), computed on first use
	// by Sorted: printing, attrNames and friends need it, lookups don't.
	// A pointer keeps the header of the many small sets small.
	byName *[flatMax]uint8
	// Pos is where the set was written (`{` of the expression), if known;
	// CppNix reports some errors there.
	Pos *ast.Pos
}

// flatMax is the size above which a set is a trie. Merging two flat sets
// copies both, so the bound keeps that copy small; lookups in a flat set
// of this size take a handful of comparisons.
const flatMax = 32

// A flat set's name order holds its indexes in bytes.
const _ = uint8(flatMax)

// EmptyAttrs is the empty set.
var EmptyAttrs = &Attrs{}

// Len is the number of attributes.
func (a *Attrs) Len() int {
	if a.big != nil {
		return int(a.big.root.count)
	}
	return len(a.flat)
}

// Lookup returns the attribute called name, or nil. The returned Attr
// belongs to the set and to every set sharing it (see Update): callers may
// only replace its Value by the same value forced (see Machine.ForceAttr).
func (a *Attrs) Lookup(name ast.Symbol) *Attr {
	if a.big != nil {
		return a.big.lookup(name)
	}
	e := a.flat
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
// Forcing in this order decides e.g. which error --strict reports first,
// so both representations keep it.
func (a *Attrs) All(yield func(*Attr) bool) {
	if a.big != nil {
		a.big.root.walk(a.big.shift, yield)
		return
	}
	for i := range a.flat {
		if !yield(&a.flat[i]) {
			return
		}
	}
}

// appendAll appends the set's attributes to dst in symbol order.
func (a *Attrs) appendAll(dst []*Attr) []*Attr {
	a.All(func(at *Attr) bool {
		dst = append(dst, at)
		return true
	})
	return dst
}

// zipAttrs calls f on the attributes of two sets of the same size, pairwise
// in symbol order, while f returns true.
func zipAttrs(x, y *Attrs, f func(a, b *Attr) (bool, error)) (bool, error) {
	if x.big == nil && y.big == nil {
		for i := range x.flat {
			if ok, err := f(&x.flat[i], &y.flat[i]); !ok || err != nil {
				return false, err
			}
		}
		return true, nil
	}
	xs, ys := x.appendAll(nil), y.appendAll(nil)
	for i := range xs {
		if ok, err := f(xs[i], ys[i]); !ok || err != nil {
			return false, err
		}
	}
	return true, nil
}

// Copy returns a set with the same attributes (shared, not copied) and an
// identity of its own: where CppNix makes a new set even though nothing
// changes, printing it next to the original must not say «repeated».
func (a *Attrs) Copy() *Attrs {
	c := *a
	return &c
}

// with returns a copy of a with one more attribute (a dynamic binding).
func (a *Attrs) with(at Attr) *Attrs {
	return Update(a, fromSorted([]Attr{at}))
}

// Sorted calls yield for every attribute in the order of their names'
// bytes, the order Nix prints and lists them in, until yield returns false.
func (a *Attrs) Sorted(yield func(*Attr) bool) {
	if a.big != nil {
		for _, at := range a.big.nameOrder(a) {
			if !yield(at) {
				return
			}
		}
		return
	}
	for _, i := range a.nameOrder() {
		if !yield(&a.flat[i]) {
			return
		}
	}
}

// Names returns the attribute names in byte order (builtins.attrNames).
func (a *Attrs) Names() []string {
	out := make([]string, 0, a.Len())
	a.Sorted(func(at *Attr) bool {
		out = append(out, at.Name.String())
		return true
	})
	return out
}

// nameOrder is the order of a flat set's entries by name.
func (a *Attrs) nameOrder() []uint8 {
	if len(a.flat) == 0 {
		return nil // EmptyAttrs is shared: never written to
	}
	if a.byName == nil {
		names := make([]string, len(a.flat))
		for i := range a.flat {
			names[i] = a.flat[i].Name.String()
		}
		order := new([flatMax]uint8)
		for i, j := range byteOrder(names) {
			order[i] = uint8(j)
		}
		a.byName = order
	}
	return a.byName[:len(a.flat)]
}

// nameOrder is the attributes of a large set (a) by name, computed once:
// attrNames of the final set of an overlay stack is common.
func (t *bigAttrs) nameOrder(a *Attrs) []*Attr {
	if t.byName != nil {
		return t.byName
	}
	all := a.appendAll(make([]*Attr, 0, a.Len()))
	names := make([]string, len(all))
	for i, at := range all {
		names[i] = at.Name.String()
	}
	order := make([]*Attr, len(all))
	for i, j := range byteOrder(names) {
		order[i] = all[j]
	}
	t.byName = order
	return order
}

// byteOrder returns the indexes of names in the byte order of the names.
// It sorts the names' first eight bytes, kept beside their indexes, and
// compares the names themselves only on a tie: a large set's names lie
// all over memory, and attrNames of 100,000 packages otherwise spent
// most of its time fetching them for each comparison.
func byteOrder(names []string) []int32 {
	keys := make([]nameKey, len(names))
	for i, n := range names {
		var b [8]byte
		copy(b[:], n)
		keys[i] = nameKey{binary.BigEndian.Uint64(b[:]), int32(i)}
	}
	if len(keys) < radixFrom {
		slices.SortFunc(keys, func(x, y nameKey) int { return cmp.Compare(x.prefix, y.prefix) })
	} else {
		keys = radixSort(keys)
	}
	// Names that share their first eight bytes, in runs.
	for lo := 0; lo < len(keys); {
		hi := lo + 1
		for hi < len(keys) && keys[hi].prefix == keys[lo].prefix {
			hi++
		}
		if hi-lo > 1 {
			slices.SortFunc(keys[lo:hi], func(x, y nameKey) int {
				return strings.Compare(names[x.i], names[y.i])
			})
		}
		lo = hi
	}
	order := make([]int32, len(names))
	for i, k := range keys {
		order[i] = k.i
	}
	return order
}

// nameKey is a name's first eight bytes, big-endian and zero-padded, and
// its index.
type nameKey struct {
	prefix uint64
	i      int32
}

// radixFrom is the number of names from which byteOrder sorts by radix:
// a comparison sort of n prefixes costs n·log n calls of a comparison
// (attrNames of the 100,000 packages of overlay-medium spent half its time
// there), a radix sort eight passes over the keys at most.
const radixFrom = 256

// radixSort sorts keys by prefix, a byte at a time from the last, and
// returns them (in keys or in a buffer of the same size). It skips a byte
// that every prefix shares, such as the "pkg" of "pkg1234".
func radixSort(keys []nameKey) []nameKey {
	var counts [8][256]int
	for _, k := range keys {
		for b := range 8 {
			counts[b][byte(k.prefix>>(8*b))]++
		}
	}
	from, to := keys, make([]nameKey, len(keys))
	for b := range 8 {
		c := &counts[b]
		if c[byte(from[0].prefix>>(8*b))] == len(from) {
			continue
		}
		sum := 0
		for d := range c {
			c[d], sum = sum, sum+c[d]
		}
		for _, k := range from {
			d := byte(k.prefix >> (8 * b))
			to[c[d]] = k
			c[d]++
		}
		from, to = to, from
	}
	return from
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
	return fromSorted(e)
}

// withRoom allocates an H followed in memory by an array A of E, in one
// object, and returns the H and an empty slice over the array: reading
// the H then brings the first elements into the cache with it. Small sets
// (allocFlat) and trie nodes (allocNode) are made so.
func withRoom[H, E, A any]() (*H, []E) {
	x := new(struct {
		head H
		room A
	})
	var e E
	return &x.head, unsafe.Slice((*E)(unsafe.Pointer(&x.room)), unsafe.Sizeof(x.room)/unsafe.Sizeof(e))[:0]
}

// allocFlat allocates a set with room for its attributes (A is an array
// of Attr): making `{ name = …; version = …; deps = …; }` or
// `p // { version = …; }` is one allocation, not two.
func allocFlat[A any]() *Attrs {
	a, room := withRoom[Attrs, Attr, A]()
	a.flat = room
	return a
}

// roomyMax is the largest set allocated with its attributes.
const roomyMax = 4

// newFlat returns a flat set with room for n attributes (at most
// flatMax) and none yet: the caller appends them to flat, in name order.
// Up to roomyMax, the attributes are allocated with the set.
func newFlat(n int) *Attrs {
	switch n {
	case 1:
		return allocFlat[[1]Attr]()
	case 2:
		return allocFlat[[2]Attr]()
	case 3:
		return allocFlat[[3]Attr]()
	case 4:
		return allocFlat[[4]Attr]()
	}
	return &Attrs{flat: make([]Attr, 0, n)}
}

// fromSorted makes the set of e (sorted by Name, unique, not empty), which
// it keeps.
func fromSorted(e []Attr) *Attrs {
	if len(e) > flatMax {
		return &Attrs{big: newBig(e)}
	}
	return &Attrs{flat: e}
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
		slices.SortStableFunc(e, func(x, y Attr) int { return cmp.Compare(x.Name, y.Name) })
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
// shares a or b when the other is empty, as CppNix does. When the result is
// large it shares the structure (and the attributes) of both: it costs
// O(|small|·log|big|) time and memory, not O(|a|+|b|).
func Update(a, b *Attrs) *Attrs {
	if a.Len() == 0 {
		return b
	}
	if b.Len() == 0 {
		return a
	}
	if a.big != nil || b.big != nil {
		return updateBig(a, b)
	}
	n := mergedLen(a.flat, b.flat)
	if n > flatMax {
		return fromSorted(mergeFlat(make([]Attr, 0, n), a.flat, b.flat))
	}
	set := newFlat(n)
	set.flat = mergeFlat(set.flat, a.flat, b.flat)
	return set
}

// mergeFlat appends the attributes of two sorted runs to out, in order,
// y's winning on a clash.
func mergeFlat(out, x, y []Attr) []Attr {
	i, j := 0, 0
	for i < len(x) && j < len(y) {
		switch a, b := x[i].Name, y[j].Name; {
		case a == b:
			out = append(out, y[j])
			i++
			j++
		case a < b:
			out = append(out, x[i])
			i++
		default:
			out = append(out, y[j])
			j++
		}
	}
	out = append(out, x[i:]...)
	return append(out, y[j:]...)
}

// mergedLen is the number of distinct names in two sorted runs: overlays
// mostly replace attributes, and the result is kept as long as the set.
func mergedLen(a, b []Attr) int {
	n := len(a) + len(b)
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch x, y := a[i].Name, b[j].Name; {
		case x == y:
			n--
			i++
			j++
		case x < y:
			i++
		default:
			j++
		}
	}
	return n
}

// nameStrings lists the names of a set, e.g. for "Did you mean" candidates.
func (a *Attrs) nameStrings() []string {
	out := make([]string, 0, a.Len())
	a.All(func(at *Attr) bool {
		out = append(out, at.Name.String())
		return true
	})
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
	msg := "attribute '" + ast.ShowID(name) + "' missing for call to '" + funcName + "'"
	if a.Pos == nil || !a.Pos.IsValid() {
		return nil, Errorf(TypeError, pos, "%s", msg)
	}
	return nil, AddTrace(Errorf(TypeError, *a.Pos, "%s", msg), pos, "while invoking '"+funcName+"'")
}
