package eval

import (
	"fmt"
	"math/bits"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/ovl-nix/ovl/lang/ast"
)

// The tests of this file check sets against a model (a Go map from name
// to the id of the value it holds) through every operation that builds a
// set, on both representations and across the size where one turns into
// the other. Names are arbitrary symbol numbers, large ones included, so
// that every trie height is reached; tests that print names intern them.

type attrsModel map[ast.Symbol]int64

// setOf builds a set from a model through the builder, in random order.
func setOf(rng *rand.Rand, m attrsModel) *Attrs {
	keys := modelKeys(m)
	rng.Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
	b := NewAttrsBuilder(len(keys))
	for _, k := range keys {
		b.Add(k, NewInt(m[k]), nil)
	}
	return b.Finish()
}

func modelKeys(m attrsModel) []ast.Symbol {
	keys := make([]ast.Symbol, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// update is a // b on models.
func (m attrsModel) update(b attrsModel) attrsModel {
	out := make(attrsModel, len(m)+len(b))
	for k, v := range m {
		out[k] = v
	}
	for k, v := range b {
		out[k] = v
	}
	return out
}

// randomModel makes n names drawn from a dense range, as a parsed file's
// names are, with some far-away ones; ids start at id.
func randomModel(rng *rand.Rand, n int, id int64) attrsModel {
	m := make(attrsModel, n)
	for len(m) < n {
		var k ast.Symbol
		switch rng.IntN(10) {
		case 0:
			k = ast.Symbol(rng.Uint32())
		case 1:
			k = ast.Symbol(rng.IntN(64))
		default:
			k = ast.Symbol(rng.IntN(4 * n))
		}
		if _, ok := m[k]; !ok {
			m[k] = id
			id++
		}
	}
	return m
}

// checkSet compares a with the model and checks the representation's
// invariants.
func checkSet(t *testing.T, what string, a *Attrs, want attrsModel) {
	t.Helper()
	if a.Len() != len(want) {
		t.Fatalf("%s: Len %d, want %d", what, a.Len(), len(want))
	}
	if (a.big != nil) != (len(want) > flatMax) {
		t.Fatalf("%s: %d attributes, trie %v", what, len(want), a.big != nil)
	}
	keys := modelKeys(want)
	i := 0
	a.All(func(at *Attr) bool {
		if i >= len(keys) || at.Name != keys[i] || at.Value.Int() != want[at.Name] {
			t.Fatalf("%s: All gave %d=%d at %d, want %v", what, at.Name, at.Value.Int(), i, keys[min(i, len(keys)-1)])
		}
		i++
		return true
	})
	if i != len(keys) {
		t.Fatalf("%s: All gave %d attributes, want %d", what, i, len(keys))
	}
	for _, k := range keys {
		at := a.Lookup(k)
		if at == nil || at.Name != k || at.Value.Int() != want[k] {
			t.Fatalf("%s: Lookup(%d) = %v, want %d", what, k, at, want[k])
		}
		for _, absent := range []ast.Symbol{k + 1, k - 1, k ^ 1<<20, k ^ 1<<31} {
			if _, ok := want[absent]; !ok && a.Has(absent) {
				t.Fatalf("%s: Has(%d) for a name it lacks", what, absent)
			}
		}
	}
	if a.big != nil {
		checkNode(t, what, a.big.root, a.big.shift, 0)
		if uint64(keys[len(keys)-1])>>a.big.shift >= trieWidth {
			t.Fatalf("%s: root shift %d too small for %d", what, a.big.shift, keys[len(keys)-1])
		}
	}
}

// checkNode checks a trie node whose keys have prefix above shift.
func checkNode(t *testing.T, what string, n *trieNode, shift uint, prefix uint64) {
	t.Helper()
	if bits.OnesCount32(n.bitmap) != len(n.slots) || len(n.slots) == 0 {
		t.Fatalf("%s: node with bitmap %b has %d slots", what, n.bitmap, len(n.slots))
	}
	var count uint32
	bm := n.bitmap
	for i := range n.slots {
		c := uint64(bits.TrailingZeros32(bm))
		bm &= bm - 1
		if shift == 0 {
			key := uint64(n.attr(i).Name)
			if key != prefix|c {
				t.Fatalf("%s: attribute %d in the branch of %d", what, key, prefix|c)
			}
			count++
			continue
		}
		kid := n.kid(i)
		checkNode(t, what, kid, shift-trieBits, prefix|c<<shift)
		count += kid.count
	}
	if count != n.count {
		t.Fatalf("%s: node count %d, holds %d", what, n.count, count)
	}
}

func TestAttrsAgainstModel(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	sizes := []int{0, 1, 2, 7, 8, 9, flatMax - 1, flatMax, flatMax + 1, 2 * flatMax, 100, 1000, 5000}
	var id int64
	for range 2 {
		for _, na := range sizes {
			for _, nb := range sizes {
				ma := randomModel(rng, na, id)
				id += int64(na)
				mb := randomModel(rng, nb, id)
				id += int64(nb)
				// Share names between the two sets.
				for k := range ma {
					if rng.IntN(3) == 0 {
						mb[k] = id
						id++
					}
				}
				a, b := setOf(rng, ma), setOf(rng, mb)
				what := fmt.Sprintf("%d // %d", na, len(mb))
				checkSet(t, what+" (a)", a, ma)
				checkSet(t, what+" (b)", b, mb)
				u := Update(a, b)
				checkSet(t, what, u, ma.update(mb))
				// The operands are unchanged.
				checkSet(t, what+" (a after)", a, ma)
				checkSet(t, what+" (b after)", b, mb)
			}
		}
	}
}

// An overlay stack: many small layers over a large set, every prefix of
// the stack still usable (an overlay's prev).
func TestAttrsLayers(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	model := randomModel(rng, 4000, 0)
	set := setOf(rng, model)
	id := int64(len(model))
	type layer struct {
		set   *Attrs
		model attrsModel
	}
	var stack []layer
	for range 150 {
		k := 1 + rng.IntN(3*flatMax+1)
		mb := randomModel(rng, k/2+1, id)
		id += int64(len(mb))
		keys := modelKeys(model)
		for range k / 2 {
			mb[keys[rng.IntN(len(keys))]] = id // shadow an existing name
			id++
		}
		b := setOf(rng, mb)
		next := Update(set, b)
		// Every name of the top layer resolves to the layer's own slot.
		for k := range mb {
			if next.Lookup(k) != b.Lookup(k) {
				t.Fatalf("layer attribute %d is not shared with the layer", k)
			}
		}
		// The others resolve to the slot of the set below.
		for k := range model {
			if _, ok := mb[k]; !ok && next.Lookup(k) != set.Lookup(k) {
				t.Fatalf("attribute %d below the layer is not shared", k)
			}
		}
		stack = append(stack, layer{set, model})
		set, model = next, model.update(mb)
	}
	checkSet(t, "top of the stack", set, model)
	for i, l := range stack {
		checkSet(t, fmt.Sprintf("layer %d", i), l.set, l.model)
	}
}

// `big // small` copies only the paths to small's names.
func TestAttrsUpdateShares(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	big := setOf(rng, randomModel(rng, 100000, 0))
	one := setOf(rng, attrsModel{12345: -1})
	depth := int(big.big.shift/trieBits) + 1
	// Per level a node, allocated with its slots; then the set and its
	// trie header.
	limit := float64(depth + 2)
	if n := testing.AllocsPerRun(100, func() { Update(big, one) }); n > limit {
		t.Errorf("big // { one attribute } allocates %v times, want at most %v", n, limit)
	}
	if n := testing.AllocsPerRun(100, func() { Update(one, big) }); n > limit {
		t.Errorf("{ one attribute } // big allocates %v times, want at most %v", n, limit)
	}
	if n := testing.AllocsPerRun(100, func() { big.Lookup(12345) }); n != 0 {
		t.Errorf("Lookup allocates %v times", n)
	}
}

// Two sets with the same names have the same trie, whatever the order of
// the operations that built them, so equality can zip them.
func TestAttrsCanonicalShape(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	model := randomModel(rng, 3000, 0)
	whole := setOf(rng, model)
	keys := modelKeys(model)
	rng.Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
	built := EmptyAttrs
	for len(keys) > 0 {
		n := min(len(keys), 1+rng.IntN(200))
		part := attrsModel{}
		for _, k := range keys[:n] {
			part[k] = model[k]
		}
		built = Update(built, setOf(rng, part))
		keys = keys[n:]
	}
	checkSet(t, "built in pieces", built, model)
	if a, b := shape(whole.big.root, whole.big.shift), shape(built.big.root, built.big.shift); a != b {
		t.Errorf("same names, different tries:\n%s\n%s", a, b)
	}
	n := 0
	ok, err := zipAttrs(whole, built, func(x, y *Attr) (bool, error) {
		n++
		return x.Name == y.Name && x.Value == y.Value, nil
	})
	if !ok || err != nil || n != len(model) {
		t.Errorf("zip of equal sets: %v %v after %d pairs", ok, err, n)
	}
	// One different name: zipping pairs it with another name.
	other := model.update(nil)
	delete(other, modelKeys(model)[len(model)/2])
	other[ast.Symbol(1<<30)] = 0
	ok, _ = zipAttrs(whole, setOf(rng, other), func(x, y *Attr) (bool, error) { return x.Name == y.Name, nil })
	if ok {
		t.Errorf("zip of sets with different names found them equal")
	}
}

// shape renders a trie's structure (bitmaps, by level).
func shape(n *trieNode, shift uint) string {
	var b strings.Builder
	var walk func(n *trieNode, shift uint)
	walk = func(n *trieNode, shift uint) {
		fmt.Fprintf(&b, "%d:%x(", shift, n.bitmap)
		if shift > 0 {
			for i := range n.slots {
				walk(n.kid(i), shift-trieBits)
			}
		}
		b.WriteString(")")
	}
	walk(n, shift)
	return b.String()
}

func TestAttrsWith(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for _, n := range []int{0, 1, flatMax - 1, flatMax, 500} {
		model := randomModel(rng, n, 0)
		a := setOf(rng, model)
		k := ast.Symbol(rng.Uint32())
		got := a.with(Attr{Name: k, Value: NewInt(-1)})
		want := model.update(attrsModel{k: -1})
		checkSet(t, fmt.Sprintf("with on %d", n), got, want)
	}
}

// Names and Sorted list a set in the byte order of the names, through
// layers, and say the same thing every time (they are cached).
func TestAttrsNameOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	pieces := []string{"a", "B", "z", "_", "-", "'", "é", "0", "10", "2", "pkg", "Z"}
	randomName := func() string {
		var b strings.Builder
		for range 1 + rng.IntN(4) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return "attrs-test-" + b.String()
	}
	set := EmptyAttrs
	names := map[string]bool{}
	for range 40 {
		b := NewAttrsBuilder(0)
		for range rng.IntN(20) {
			name := randomName()
			names[name] = true
			b.AddString(name, NewString(name), nil)
		}
		set = Update(set, b.Finish())
		want := make([]string, 0, len(names))
		for n := range names {
			want = append(want, n)
		}
		slices.Sort(want)
		for range 2 {
			if got := set.Names(); !slices.Equal(got, want) {
				t.Fatalf("Names: %q\nwant %q", got, want)
			}
			var sorted []string
			set.Sorted(func(at *Attr) bool {
				if at.Value.Str() != at.Name.String() {
					t.Fatalf("Sorted: %s holds %s", at.Name, at.Value.Str())
				}
				sorted = append(sorted, at.Name.String())
				return true
			})
			if !slices.Equal(sorted, want) {
				t.Fatalf("Sorted: %q\nwant %q", sorted, want)
			}
		}
	}
	if set.big == nil {
		t.Fatalf("the test never built a trie")
	}
}

// All, Sorted and zipAttrs stop when asked to.
func TestAttrsStop(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	for _, n := range []int{5, 500} {
		b := NewAttrsBuilder(n)
		for i := range n {
			b.AddString(fmt.Sprintf("attrs-stop-%d", i), NewInt(int64(i)), nil)
		}
		a := b.Finish()
		calls := 0
		stop := func(*Attr) bool { calls++; return calls < 3 }
		a.All(stop)
		if calls != 3 {
			t.Errorf("All on %d went on after false: %d calls", n, calls)
		}
		calls = 0
		a.Sorted(stop)
		if calls != 3 {
			t.Errorf("Sorted on %d went on after false: %d calls", n, calls)
		}
		calls = 0
		zipAttrs(a, Update(setOf(rng, attrsModel{}), a), func(x, y *Attr) (bool, error) { calls++; return calls < 3, nil })
		if calls != 3 {
			t.Errorf("zipAttrs on %d went on after false: %d calls", n, calls)
		}
	}
}

// A name string remembers its symbol, so that `set.${name}` skips the
// symbol table; a name cut at a NUL is another string and must not.
func TestNameString(t *testing.T) {
	for _, name := range []string{"", "pkg1", "a-b", strings.Repeat("long", 10), "a\x00b"} {
		sym := ast.Intern(name)
		v := NewNameString(sym)
		want, _, _ := strings.Cut(name, "\x00")
		if v.Str() != want {
			t.Errorf("%q: the string is %q, want %q", name, v.Str(), want)
		}
		if cut := want != name; (v.sym != 0) == cut || !cut && ast.Symbol(v.sym-1) != sym {
			t.Errorf("%q: sym %d, symbol %d", name, v.sym, sym)
		}
	}
}

// TestByteOrder checks byteOrder against a plain sort of the names: names
// that differ within their first eight bytes, past them, only in length,
// by a NUL byte or a byte above 0x7f, and random ones (the shared bytes
// of "pkg…" among them, which the radix sort skips).
func TestByteOrder(t *testing.T) {
	names := []string{"", "a", "a\x00", "a\x00\x00", "ab", "abcdefgh", "abcdefghi", "abcdefgg",
		"abcdefgh\x00", "abcdefghZ", "é", "z", "Z", "\xff", "\xff\xff\xff\xff\xff\xff\xff\xff\x01", "pkg10", "pkg9", "pkg100"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		b := make([]byte, rng.IntN(12))
		for i := range b {
			b[i] = "ab\x00\xff"[rng.IntN(4)]
		}
		names = append(names, string(b))
	}
	var pkgs []string
	for i := range 3000 {
		pkgs = append(pkgs, fmt.Sprintf("pkg%d", (i*7919)%3000))
	}
	// Below radixFrom names a comparison sort, from it a radix sort.
	for _, names := range [][]string{names[:radixFrom-1], names[:radixFrom], names, pkgs} {
		want := slices.Clone(names)
		slices.Sort(want)
		var got []string
		for _, i := range byteOrder(names) {
			got = append(got, names[i])
		}
		if !slices.Equal(got, want) {
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("%d names, at %d: %q, want %q", len(names), i, got[i], want[i])
				}
			}
		}
	}
}
