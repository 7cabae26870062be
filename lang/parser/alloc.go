package parser

import (
	"unsafe"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/internal/memory"
)

// slab hands out the nodes of one kind from chunks: one allocation per
// chunk instead of per node. A parse makes millions of small nodes that
// all live as long as the file's tree, so grouping them costs no memory
// that a node would not keep alive anyway, and spares the allocator and
// the collector most of their work (the overlay workloads: 2.2 million
// allocations a parse).
type slab[T any] struct {
	window []T // the window free is the rest of
	free   []T
	next   int // size of the next chunk
	// ahead is the rest of the current chunk, not yet written: free is
	// given out a window at a time, each prepared for writing when it
	// starts (see memory.PrepareForWrite).
	ahead []T
}

// Chunks double from minChunk nodes up to maxChunkBytes, so that small
// files do not leave large chunks mostly empty, and a large file's tree
// lies in chunks large enough for huge pages: building a tree of
// hundreds of megabytes otherwise takes a page fault every 4 KB, and
// evaluating it misses the TLB at most nodes it visits.
const (
	minChunk      = 16
	maxChunkBytes = 8 << 20
)

// sliceAlone is the length past which a slice gets an allocation of its
// own rather than a piece of a chunk.
const sliceAlone = 256

func (s *slab[T]) new() *T {
	if len(s.free) == 0 {
		s.refill(1)
	}
	t := &s.free[0]
	s.free = s.free[1:]
	return t
}

// takeBack returns t, a node from new, to the slab if it was the last one
// handed out (the caller made a copy of it elsewhere), and reports whether
// it did.
func (s *slab[T]) takeBack(t *T) bool {
	used := len(s.window) - len(s.free)
	if used == 0 || &s.window[used-1] != t {
		return false
	}
	var zero T
	*t = zero
	s.free = s.window[used-1:]
	return true
}

// slice returns a new slice holding a copy of items, with no room to
// grow into its neighbours.
func (s *slab[T]) slice(items []T) []T {
	out := s.make(len(items))
	copy(out, items)
	return out
}

// make returns a new slice of n zero nodes, with no room to grow into its
// neighbours.
func (s *slab[T]) make(n int) []T {
	if n == 0 {
		return nil
	}
	if n > len(s.free) {
		if n > sliceAlone {
			return make([]T, n)
		}
		s.refill(n)
	}
	out := s.free[:n:n]
	s.free = s.free[n:]
	return out
}

// windowBytes is how much of a chunk is prepared for writing at a time:
// enough to make the refills rare, little enough that a chunk's unused end
// stays untouched (and takes no memory).
const windowBytes = 64 << 10

// refill makes free at least n nodes long: the next window of the current
// chunk, or a new chunk.
func (s *slab[T]) refill(n int) {
	var node T
	size := unsafe.Sizeof(node)
	if len(s.ahead) < n {
		s.next = min(max(2*s.next, minChunk), maxChunkBytes/int(size))
		s.ahead = make([]T, max(s.next, n))
		memory.AdviseHugePages(unsafe.Pointer(unsafe.SliceData(s.ahead)), uintptr(len(s.ahead))*size)
	}
	w := min(len(s.ahead), max(n, windowBytes/int(size)))
	s.window, s.ahead = s.ahead[:w:w], s.ahead[w:]
	s.free = s.window
	memory.PrepareForWrite(unsafe.Pointer(unsafe.SliceData(s.free)), uintptr(w)*size)
}

// varSelect is `x.a` or `x.a.b`: a selection, its variable and its names,
// allocated together, so that evaluating it reads one place in memory
// instead of three slabs (the overlay workloads select like this
// hundreds of thousands of times, each one first read when the
// evaluator gets there). A is an array of ast.AttrName.
type varSelect[A any] struct {
	sel   ast.Select
	v     ast.Var
	names A
}

// fill makes vs `v.path` at pos; path fits in vs.names.
func (vs *varSelect[A]) fill(pos ast.Pos, v *ast.Var, path []ast.AttrName) *ast.Select {
	names := unsafe.Slice((*ast.AttrName)(unsafe.Pointer(&vs.names)), len(path))
	copy(names, path)
	vs.v = *v
	vs.sel.Pos, vs.sel.Subject, vs.sel.Path = pos, &vs.v, names
	return &vs.sel
}

// concatRoom is an interpolated string of up to concatRoomSize parts,
// allocated with its parts, their positions and its text parts' nodes
// (`"${old.version}.0"`).
type concatRoom struct {
	c     ast.Concat
	parts [concatRoomSize]ast.Expr
	pos   [concatRoomSize]ast.Pos
	texts [concatRoomSize]ast.String
}

const concatRoomSize = 3

// setRoom is a set allocated with its first bindings: most sets are small
// (a package's name, version and dependencies), and evaluating one reads
// the set, its array of bindings, each binding and each literal value,
// which then lie in adjacent cache lines instead of four slabs (forcing a
// package reads them long after the parse, each a cache miss of its own
// otherwise).
type setRoom struct {
	set   ast.AttrSet
	ptrs  [setRoomSize]*ast.Binding
	binds [setRoomSize]bindingRoom
}

// bindingRoom is a binding with room for its value when that is a string
// literal (`version = "1.0";`).
type bindingRoom struct {
	b   ast.Binding
	str ast.String
}

// setRoomSize is the number of bindings a set has room for.
const setRoomSize = 4

// listRoom is a list allocated with room for its first elements.
type listRoom struct {
	list  ast.List
	elems [listRoomSize]ast.Expr
}

const listRoomSize = 4

// The parser fills the nodes it takes from slabs, which are zero, field by
// field rather than with composite literals: a literal of a node is built
// on the stack with narrow stores and copied with 16-byte loads, which
// cannot take their data from those stores and wait for them to reach
// the cache, at every node (a third of the parser's time on the overlay
// workloads).

// nodes are the slabs of one parse. reset drops the chunks, so that the
// next parse does not share them with this one's tree.
type nodes struct {
	vars     slab[ast.Var]
	selects  slab[ast.Select]
	varSels1 slab[varSelect[[1]ast.AttrName]]
	varSels2 slab[varSelect[[2]ast.AttrName]]
	sets     slab[setRoom]
	strings  slab[ast.String]
	bindings slab[ast.Binding]
	lists    slab[listRoom]
	calls    slab[ast.Call]
	binaries slab[ast.Binary]
	ints     slab[ast.Int]
	names    slab[ast.AttrName]
	exprs    slab[ast.Expr]
	concats  slab[ast.Concat]
	concatRs slab[concatRoom]
	poss     slab[ast.Pos]
}

func (n *nodes) reset() { *n = nodes{} }

// newSet returns an empty set at pos with room for its first bindings
// (see setRoom). Every set the parser makes comes from here, so that
// newBinding may take any set's room.
func (p *parser) newSet(pos ast.Pos) *ast.AttrSet {
	r := p.alloc.sets.new()
	r.set.Pos = pos
	r.set.Bindings = r.ptrs[:0]
	return &r.set
}

// newBinding returns a binding to insert into set next: the next one of
// the set's room while there is one, else one from a slab.
func (p *parser) newBinding(set *ast.AttrSet) *ast.Binding {
	if n := len(set.Bindings); n < setRoomSize {
		r := (*setRoom)(unsafe.Pointer(set))
		return &r.binds[n].b
	}
	return p.alloc.bindings.new()
}

// bindValue makes e the value of b, a binding from newBinding not yet
// inserted into set. A string literal parsed last moves into the room of
// a binding that has one (see bindingRoom).
func (p *parser) bindValue(set *ast.AttrSet, b *ast.Binding, e ast.Expr) {
	b.Value = e
	s, ok := e.(*ast.String)
	if !ok || len(set.Bindings) >= setRoomSize {
		return
	}
	room := &(*setRoom)(unsafe.Pointer(set)).binds[len(set.Bindings)]
	if &room.b != b {
		return
	}
	lit := *s
	if p.alloc.strings.takeBack(s) {
		room.str = lit
		b.Value = &room.str
	}
}

// newList returns a list at pos of elems (copied).
func (p *parser) newList(pos ast.Pos, elems []ast.Expr) *ast.List {
	r := p.alloc.lists.new()
	r.list.Pos = pos
	if len(elems) <= listRoomSize {
		r.list.Elems = r.elems[:len(elems):len(elems)]
		copy(r.list.Elems, elems)
	} else {
		r.list.Elems = p.alloc.exprs.slice(elems)
	}
	return &r.list
}
