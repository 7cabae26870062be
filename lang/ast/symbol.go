package ast

import (
	"hash/maphash"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/ovl-nix/ovl/lang/internal/memory"
)

// Symbol is an interned identifier or attribute name. Interning lets the
// evaluator compare and hash names as small integers on its hot paths
// (variable lookup, attribute lookup, `//`), as CppNix does.
//
// The zero Symbol is the empty name "" and is always valid.
type Symbol uint32

// symbolTable is process-wide: names are shared by every parsed file and by
// names created at run time (dynamic keys, listToAttrs).
var symbolTable = newSymbols()

// Intern returns the Symbol for name, creating it on first use. name is
// kept: it must not be a slice of memory that may change.
func Intern(name string) Symbol { return symbolTable.intern(name, false) }

// InternCopy is Intern for a name that must not be kept (a piece of a
// source text): it keeps a copy, made only if the name is new.
func InternCopy(name string) Symbol { return symbolTable.intern(name, true) }

// intern hashes name once for the lookup without the lock and the one
// with it (a parse meets hundreds of thousands of new names).
func (t *symbols) intern(name string, copyName bool) Symbol {
	h := t.hash(name)
	if s, ok := t.lookup(name, h); ok {
		return s
	}
	t.Lock()
	defer t.Unlock()
	slots := t.slots.Load()
	if s, ok := t.find(slots, name, h); ok {
		return s
	}
	if copyName {
		name = strings.Clone(name)
	}
	s := t.add(name)
	if 10*(t.count) > 6*len(*slots) {
		slots = t.grow()
	}
	t.place(*slots, s, h)
	return s
}

// add gives name the next symbol; the caller holds the lock and then
// publishes the symbol in a slot, which makes the name readable without
// the lock (see nameOf).
func (t *symbols) add(name string) Symbol {
	s := Symbol(t.count)
	dir := *t.names.Load()
	if int(s>>chunkBits) == len(dir) {
		// A new directory, so that a reader sees a whole one; the
		// chunks themselves never move.
		grown := append(dir[:len(dir):len(dir)], new(nameChunk))
		t.names.Store(&grown)
		dir = grown
	}
	dir[s>>chunkBits][s&chunkMask] = name
	t.count++
	return s
}

// nameOf is the name of s, which a lookup or an intern returned: no lock
// is needed, since its entry was written before it was published.
func (t *symbols) nameOf(s Symbol) string {
	return (*t.names.Load())[s>>chunkBits][s&chunkMask]
}

// Lookup returns the Symbol for name if it was ever interned. Lookups of
// names that cannot exist (a missing attribute) then need not grow the table.
//
// It takes no lock: the parser's scanner looks up every identifier on a
// goroutine of its own while the parser interns, and a shared lock's
// counter would move between the two cores at every lookup.
func Lookup(name string) (Symbol, bool) {
	t := symbolTable
	return t.lookup(name, t.hash(name))
}

// lookup is Lookup of name, whose hash is h.
func (t *symbols) lookup(name string, h uint64) (Symbol, bool) {
	return t.find(t.slots.Load(), name, h)
}

// String returns the name the symbol stands for. It takes no lock: an
// atomic read-modify-write waits for every store before it to reach the
// cache, and attrNames of a large set asks for every name.
func (s Symbol) String() string { return symbolTable.nameOf(s) }

// symbols is an open-addressing hash table (linear probing) from names to
// Symbols. A parse looks up every name it meets, and a large file has
// hundreds of thousands of distinct ones (overlay-large: 300,000), so a
// lookup is mostly cache misses: a Go map costs three (control word,
// key, the key's bytes elsewhere). Here a slot holds the hash and, for
// names of up to inlineName bytes, the name itself, so a lookup is one
// miss. Longer names are compared with names[symbol].
//
// Writers hold the lock; readers take none. A name is written before its
// symbol is published; a slot is published by storing its sym last,
// atomically, and a grown table by swapping slots, so a reader sees
// whole slots and the names of the symbols it finds: an older table may
// lack the newest names, which is the same as looking up before they
// were interned.
//
// What every lookup reads (seed, slots, names) has a cache line of its
// own: the lock and count change at every new name, and sharing their
// line would move it between the parser's core and the scanner's at each
// one.
type symbols struct {
	seed  maphash.Seed
	slots atomic.Pointer[[]symbolSlot] // a power of two, at most 60% full
	// names holds the names by Symbol, in chunks that never move, so
	// that adding a name never copies the others.
	names atomic.Pointer[[]*nameChunk]
	_     [cacheLine - 24]byte
	sync.Mutex
	count int // symbols given out
}

const (
	chunkBits = 12
	chunkMask = 1<<chunkBits - 1
)

type nameChunk [1 << chunkBits]string

const cacheLine = 64

const inlineName = 22

// symbolSlot is 32 bytes: two to a cache line.
type symbolSlot struct {
	sym  atomic.Uint32 // the Symbol plus one; 0 for an empty slot
	tag  uint32        // the hash's high half
	size uint8         // the name's length, or longName
	text [inlineName]byte
}

const longName = 0xff

func newSymbols() *symbols {
	t := &symbols{seed: maphash.MakeSeed()}
	slots := make([]symbolSlot, 1024)
	t.slots.Store(&slots)
	t.names.Store(&[]*nameChunk{})
	t.place(slots, t.add(""), t.hash(""))
	return t
}

func (t *symbols) hash(name string) uint64 { return maphash.String(t.seed, name) }

// find returns the symbol of name, whose hash is h, in slots.
func (t *symbols) find(slots *[]symbolSlot, name string, h uint64) (Symbol, bool) {
	s := *slots
	mask := uint32(len(s) - 1)
	tag := uint32(h >> 32)
	for i := tag & mask; ; i = (i + 1) & mask {
		sl := &s[i]
		sym := sl.sym.Load()
		if sym == 0 {
			return 0, false
		}
		if sl.tag != tag {
			continue
		}
		if sl.size == longName {
			if len(name) > inlineName && t.nameOf(Symbol(sym-1)) == name {
				return Symbol(sym - 1), true
			}
		} else if int(sl.size) == len(name) && string(sl.text[:sl.size]) == name {
			return Symbol(sym - 1), true
		}
	}
}

// place puts symbol s, whose name hashes to h, in a free slot.
func (t *symbols) place(slots []symbolSlot, s Symbol, h uint64) {
	name := t.nameOf(s)
	sl := symbolSlot{tag: uint32(h >> 32)}
	if len(name) <= inlineName {
		sl.size = uint8(len(name))
		copy(sl.text[:], name)
	} else {
		sl.size = longName
	}
	publish(slots, &sl, uint32(s)+1)
}

// publish copies slot (whose sym is not set) into a free slot of slots,
// the first after its tag's place, and then sets its sym, so that a
// reader without the lock sees either no slot or the whole of it.
func publish(slots []symbolSlot, slot *symbolSlot, sym uint32) {
	mask := uint32(len(slots) - 1)
	i := slot.tag & mask
	for slots[i].sym.Load() != 0 {
		i = (i + 1) & mask
	}
	sl := &slots[i]
	sl.tag, sl.size, sl.text = slot.tag, slot.size, slot.text
	sl.sym.Store(sym)
}

// grow makes a table twice as large with every symbol but the newest in
// it, and publishes it. A slot's place depends only on its tag, so the
// slots move as they are, without hashing their names again (a grow of
// overlay-large's table read 300,000 names scattered in memory).
func (t *symbols) grow() *[]symbolSlot {
	old := *t.slots.Load()
	slots := make([]symbolSlot, 2*len(old))
	// publish reads a slot before it writes one.
	start, size := unsafe.Pointer(unsafe.SliceData(slots)), uintptr(len(slots))*unsafe.Sizeof(slots[0])
	memory.AdviseHugePages(start, size)
	memory.PrepareForWrite(start, size)
	for i := range old {
		if sym := old[i].sym.Load(); sym != 0 {
			publish(slots, &old[i], sym)
		}
	}
	t.slots.Store(&slots)
	return &slots
}
