package ast

import (
	"strconv"
	"testing"
)

// BenchmarkInternNew interns names never seen before into a fresh table,
// as a parse of a large package set does for most of its names (300,000
// in overlay-large): the table grows on the way.
func BenchmarkInternNew(b *testing.B) {
	names := make([]string, b.N)
	for i := range names {
		names[i] = "pkg" + strconv.Itoa(i)
	}
	t := newSymbols()
	b.ResetTimer()
	for _, name := range names {
		t.intern(name, true)
	}
}

// BenchmarkLookupKnown looks up names interned before, as the scanner
// does for every identifier.
func BenchmarkLookupKnown(b *testing.B) {
	t := newSymbols()
	names := make([]string, 1<<18)
	for i := range names {
		names[i] = "pkg" + strconv.Itoa(i)
		t.intern(names[i], false)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		name := names[i&(len(names)-1)]
		if _, ok := t.lookup(name, t.hash(name)); !ok {
			b.Fatal("lost")
		}
	}
}
