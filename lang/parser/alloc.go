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
	free []T
	next int // size of the next chunk
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
	s.free, s.ahead = s.ahead[:w:w], s.ahead[w:]
	memory.PrepareForWrite(unsafe.Pointer(unsafe.SliceData(s.free)), uintptr(w)*size)
}

// varSelect is `x.a`: a selection, its variable and its one name,
// allocated together, so that evaluating it reads one place in memory
// instead of three slabs (the overlay workloads select like this
// hundreds of thousands of times, each one first read when the
// evaluator gets there).
type varSelect struct {
	sel  ast.Select
	v    ast.Var
	name [1]ast.AttrName
}

// nodes are the slabs of one parse. reset drops the chunks, so that the
// next parse does not share them with this one's tree.
type nodes struct {
	vars     slab[ast.Var]
	selects  slab[ast.Select]
	varSels  slab[varSelect]
	sets     slab[ast.AttrSet]
	binds4   slab[[4]*ast.Binding]
	strings  slab[ast.String]
	bindings slab[ast.Binding]
	lists    slab[ast.List]
	calls    slab[ast.Call]
	binaries slab[ast.Binary]
	ints     slab[ast.Int]
	names    slab[ast.AttrName]
	exprs    slab[ast.Expr]
	concats  slab[ast.Concat]
	poss     slab[ast.Pos]
}

func (n *nodes) reset() { *n = nodes{} }

// newSet returns an empty set at pos whose first four bindings fit in a
// slab's array: most sets are that small (a package's name, version and
// dependencies), and growing their slices by appending made three
// allocations each.
func (p *parser) newSet(pos ast.Pos) *ast.AttrSet {
	set := p.alloc.sets.new()
	set.Pos = pos
	set.Bindings = p.alloc.binds4.new()[:0]
	return set
}
