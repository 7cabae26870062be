package parser

import (
	"slices"
	"testing"
)

// TestSlab checks that nodes and slices from a slab are distinct and that
// a slice cannot grow into its neighbour, for sizes around every chunk
// boundary.
func TestSlab(t *testing.T) {
	var s slab[int]
	var got [][]int
	var want [][]int
	for n := range 8 * sliceAlone {
		items := make([]int, n%(2*sliceAlone)) // also past sliceAlone
		for i := range items {
			items[i] = n*10000 + i
		}
		sl := s.slice(items)
		if len(sl) != cap(sl) {
			t.Fatalf("slice of %d has room to grow: cap %d", len(sl), cap(sl))
		}
		got, want = append(got, sl), append(want, items)
		*s.new() = -n
		if z := s.make(n % 5); slices.ContainsFunc(z, func(x int) bool { return x != 0 }) || len(z) != cap(z) {
			t.Fatalf("make(%d) = %v, cap %d", n%5, z, cap(z))
		}
	}
	for i := range got {
		if !slices.Equal(got[i], want[i]) {
			t.Fatalf("slice %d changed: %v, want %v", i, got[i][:min(4, len(got[i]))], want[i][:min(4, len(want[i]))])
		}
	}
	if s.slice(nil) != nil {
		t.Error("an empty slice is not nil")
	}
}
