package eval

import (
	"math/bits"
	"unsafe"

	"github.com/ovl-nix/ovl/lang/ast"
)

// Large sets are persistent radix tries keyed by symbol number, so that
// `a // b` copies only the nodes on the paths to b's names and shares the
// rest of a: an overlay stack of N layers of K names over a base of M
// names costs O(N·K·log M) memory instead of CppNix's O(N·M).
//
// The trie reads a key five bits at a time from the most significant end,
// so an in-order walk visits names in symbol order, the order All
// promises. Nodes are never modified once built; a key's place in the trie
// depends only on the key, so two tries with the same names have the same
// shape whatever order they were built in.

const (
	trieBits  = 5
	trieWidth = 1 << trieBits
	trieMask  = trieWidth - 1
)

// trieNode is a node of a set's trie. Below the root, a node at shift s
// holds the keys that agree on every bit from s+trieBits up.
type trieNode struct {
	bitmap uint32 // which of the trieWidth branches are present
	count  uint32 // number of attributes below the node
	// slots has one entry per bit of bitmap, in bit order: *trieNode at
	// a shift above 0, *Attr at shift 0. The attributes live in the flat
	// entries of the sets they were defined in, so that every set
	// sharing an attribute shares its Value slot. The array follows the
	// node in memory (see newNode).
	slots []unsafe.Pointer
}

// allocNode allocates a node with room for its slots (A is an array of
// unsafe.Pointer): a lookup then finds a node's slots in the cache lines
// of its header, one miss a level instead of two, and building a node is
// one allocation.
func allocNode[A any](bitmap, count uint32) *trieNode {
	n, room := withRoom[trieNode, unsafe.Pointer, A]()
	n.bitmap, n.count, n.slots = bitmap, count, room
	return n
}

// newNode returns a node of the given bitmap with no slots filled yet
// (append them in bit order) and room for one per bit.
func newNode(bitmap, count uint32) *trieNode {
	type p = unsafe.Pointer
	switch k := bits.OnesCount32(bitmap); {
	case k <= 1:
		return allocNode[[1]p](bitmap, count)
	case k <= 2:
		return allocNode[[2]p](bitmap, count)
	case k <= 4:
		return allocNode[[4]p](bitmap, count)
	case k <= 6:
		return allocNode[[6]p](bitmap, count)
	case k <= 8:
		return allocNode[[8]p](bitmap, count)
	case k <= 12:
		return allocNode[[12]p](bitmap, count)
	case k <= 16:
		return allocNode[[16]p](bitmap, count)
	case k <= 24:
		return allocNode[[24]p](bitmap, count)
	}
	return allocNode[[trieWidth]p](bitmap, count)
}

func (n *trieNode) kid(i int) *trieNode { return (*trieNode)(n.slots[i]) }
func (n *trieNode) attr(i int) *Attr    { return (*Attr)(n.slots[i]) }

// bigAttrs is the trie of a set with more than flatMax attributes.
type bigAttrs struct {
	root  *trieNode
	shift uint // root's shift: every key k has k>>shift < trieWidth
	// byName caches the attributes in name order (Sorted, Names).
	byName []*Attr
}

// chunk is the branch of key at a node of the given shift.
func chunk(key ast.Symbol, shift uint) uint32 { return uint32(key>>shift) & trieMask }

// rootShift is the smallest shift at which a root can hold key.
func rootShift(key ast.Symbol) uint {
	var s uint
	for uint64(key)>>s >= trieWidth {
		s += trieBits
	}
	return s
}

func (t *bigAttrs) lookup(name ast.Symbol) *Attr {
	if uint64(name)>>t.shift >= trieWidth {
		return nil
	}
	n := t.root
	for s := t.shift; ; s -= trieBits {
		bit := uint32(1) << chunk(name, s)
		if n.bitmap&bit == 0 {
			return nil
		}
		i := bits.OnesCount32(n.bitmap & (bit - 1))
		if s == 0 {
			return n.attr(i)
		}
		n = n.kid(i)
	}
}

// walk calls yield for every attribute below n in key order, until yield
// returns false; it reports whether the walk ran to the end. The recursion
// is at most 7 levels deep (32-bit keys).
func (n *trieNode) walk(shift uint, yield func(*Attr) bool) bool {
	if shift == 0 {
		for i := range n.slots {
			if !yield(n.attr(i)) {
				return false
			}
		}
		return true
	}
	for i := range n.slots {
		if !n.kid(i).walk(shift-trieBits, yield) {
			return false
		}
	}
	return true
}

// lift puts n (at shift from) under single-branch parents up to shift to:
// its keys are all below 1<<(from+trieBits), so they take branch 0 above.
func lift(n *trieNode, from, to uint) *trieNode {
	for ; from < to; from += trieBits {
		up := newNode(1, n.count)
		up.slots = append(up.slots, unsafe.Pointer(n))
		n = up
	}
	return n
}

// buildTrie makes the trie of run (non-empty, sorted by Name, unique),
// whose keys all share the bits above shift+trieBits. The trie points
// into run.
func buildTrie(run []Attr, shift uint) *trieNode {
	var bm uint32
	for i := range run {
		bm |= 1 << chunk(run[i].Name, shift)
	}
	n := newNode(bm, uint32(len(run)))
	if shift == 0 {
		for i := range run {
			n.slots = append(n.slots, unsafe.Pointer(&run[i]))
		}
		return n
	}
	for len(run) > 0 {
		sub := chunkRun(run, shift)
		n.slots = append(n.slots, unsafe.Pointer(buildTrie(run[:sub], shift-trieBits)))
		run = run[sub:]
	}
	return n
}

// chunkRun is the length of the prefix of run (sorted, non-empty) that
// takes the same branch as run[0] at shift.
func chunkRun(run []Attr, shift uint) int {
	c := chunk(run[0].Name, shift)
	i := 1
	for i < len(run) && chunk(run[i].Name, shift) == c {
		i++
	}
	return i
}

// insertRun returns n (possibly nil) with the attributes of run
// (non-empty, sorted by Name, unique, all within n's key range at shift)
// added. On a clash run's attribute is kept when runWins, n's otherwise.
// The result shares every subtree of n that run does not touch, and points
// into run.
func insertRun(n *trieNode, shift uint, run []Attr, runWins bool) *trieNode {
	if n == nil {
		return buildTrie(run, shift)
	}
	bm := n.bitmap
	for i := range run {
		bm |= 1 << chunk(run[i].Name, shift)
	}
	out := newNode(bm, 0)
	old := 0 // index into n.slots
	for bm != 0 {
		bit := bm & -bm
		bm &^= bit
		has := n.bitmap&bit != 0
		sub := 0
		if len(run) > 0 && uint32(1)<<chunk(run[0].Name, shift) == bit {
			sub = chunkRun(run, shift)
		}
		var slot unsafe.Pointer
		switch {
		case sub == 0:
			slot = n.slots[old]
			out.count += slotCount(n, old, shift)
		case shift == 0:
			// A branch of a leaf holds one attribute, so sub is 1.
			slot = unsafe.Pointer(&run[0])
			if has && !runWins {
				slot = n.slots[old]
			}
			out.count++
		default:
			var kid *trieNode
			if has {
				kid = n.kid(old)
			}
			merged := insertRun(kid, shift-trieBits, run[:sub], runWins)
			slot = unsafe.Pointer(merged)
			out.count += merged.count
		}
		out.slots = append(out.slots, slot)
		run = run[sub:]
		if has {
			old++
		}
	}
	return out
}

// mergeTries is x // y for two nodes at the same shift: y's attribute wins
// on a clash. The result shares every subtree found in only one of them.
func mergeTries(x, y *trieNode, shift uint) *trieNode {
	switch {
	case x == nil:
		return y
	case y == nil, x == y:
		return x
	}
	bm := x.bitmap | y.bitmap
	out := newNode(bm, 0)
	xi, yi := 0, 0
	for bm != 0 {
		bit := bm & -bm
		bm &^= bit
		inX, inY := x.bitmap&bit != 0, y.bitmap&bit != 0
		switch {
		case inX && inY && shift > 0:
			merged := mergeTries(x.kid(xi), y.kid(yi), shift-trieBits)
			out.slots = append(out.slots, unsafe.Pointer(merged))
			out.count += merged.count
		case inY: // at a leaf, y's attribute replaces x's
			out.slots = append(out.slots, y.slots[yi])
			out.count += slotCount(y, yi, shift)
		default:
			out.slots = append(out.slots, x.slots[xi])
			out.count += slotCount(x, xi, shift)
		}
		if inX {
			xi++
		}
		if inY {
			yi++
		}
	}
	return out
}

// slotCount is the number of attributes in slot i of n.
func slotCount(n *trieNode, i int, shift uint) uint32 {
	if shift == 0 {
		return 1
	}
	return n.kid(i).count
}

// updateBig is a // b when at least one of them is large.
func updateBig(a, b *Attrs) *Attrs {
	switch {
	case a.big != nil && b.big != nil:
		ta, tb := a.big, b.big
		shift := max(ta.shift, tb.shift)
		root := mergeTries(lift(ta.root, ta.shift, shift), lift(tb.root, tb.shift, shift), shift)
		return &Attrs{big: &bigAttrs{root: root, shift: shift}}
	case a.big != nil:
		return &Attrs{big: a.big.with(b.flat, true)}
	default:
		return &Attrs{big: b.big.with(a.flat, false)}
	}
}

// with returns t with the attributes of run (sorted, unique) added: run's
// win on a clash when runWins.
func (t *bigAttrs) with(run []Attr, runWins bool) *bigAttrs {
	shift := max(t.shift, rootShift(run[len(run)-1].Name))
	root := insertRun(lift(t.root, t.shift, shift), shift, run, runWins)
	return &bigAttrs{root: root, shift: shift}
}

// newBig makes the trie of entries (sorted, unique, more than flatMax),
// pointing into entries.
func newBig(entries []Attr) *bigAttrs {
	shift := rootShift(entries[len(entries)-1].Name)
	return &bigAttrs{root: buildTrie(entries, shift), shift: shift}
}
