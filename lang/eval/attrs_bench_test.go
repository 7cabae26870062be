package eval

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/ovl-nix/ovl/lang/ast"
)

// overlayStack builds the sets of shared/bench's overlay workload without
// evaluating anything: a base of m names, then n layers of k names, half
// of them shadowing base names, half new. It returns every layer's set
// (the last is the final set) and the layers' own sets.
func overlayStack(m, n, k int) (stack, layers []*Attrs) {
	rng := rand.New(rand.NewPCG(uint64(m), uint64(n)))
	b := NewAttrsBuilder(m)
	for i := range m {
		b.Add(ast.Intern(fmt.Sprintf("pkg%d", i)), NewInt(int64(i)), nil)
	}
	set := b.Finish()
	stack = append(stack, set)
	for j := range n {
		lb := NewAttrsBuilder(k)
		for a := range k / 2 {
			lb.Add(ast.Intern(fmt.Sprintf("pkg%d", rng.IntN(m))), NewInt(int64(j)), nil)
			lb.Add(ast.Intern(fmt.Sprintf("o%d_%d", j, a)), NewInt(int64(j)), nil)
		}
		layer := lb.Finish()
		layers = append(layers, layer)
		set = Update(set, layer)
		stack = append(stack, set)
	}
	return stack, layers
}

var overlaySizes = []struct {
	name    string
	m, n, k int
}{
	{"small", 4000, 40, 100},
	{"medium", 40000, 300, 200},
}

// The `//` of every layer, as `extends` does.
func BenchmarkAttrsOverlayUpdate(b *testing.B) {
	for _, sz := range overlaySizes {
		stack, layers := overlayStack(sz.m, sz.n, sz.k)
		b.Run(sz.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				set := stack[0]
				for _, l := range layers {
					set = Update(set, l)
				}
			}
		})
	}
}

// Looking every name of the final set up, as forcing it does.
func BenchmarkAttrsOverlayLookup(b *testing.B) {
	for _, sz := range overlaySizes {
		stack, _ := overlayStack(sz.m, sz.n, sz.k)
		final := stack[len(stack)-1]
		var names []ast.Symbol
		final.All(func(at *Attr) bool { names = append(names, at.Name); return true })
		rand.New(rand.NewPCG(1, 1)).Shuffle(len(names), func(i, j int) { names[i], names[j] = names[j], names[i] })
		b.Run(sz.name, func(b *testing.B) {
			for b.Loop() {
				for _, n := range names {
					if final.Lookup(n) == nil {
						b.Fatal("missing")
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(names)), "ns/lookup")
		})
	}
}

// attrNames of the final set (not cached).
func BenchmarkAttrsOverlayNames(b *testing.B) {
	for _, sz := range overlaySizes {
		stack, _ := overlayStack(sz.m, sz.n, sz.k)
		final := stack[len(stack)-1]
		b.Run(sz.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				final.big.byName = nil
				final.Names()
			}
		})
	}
}

// Small sets: the package sets of the workloads, `{ … } // { … }`.
func BenchmarkAttrsSmallUpdate(b *testing.B) {
	x := NewAttrsBuilder(3)
	for _, n := range []string{"name", "version", "deps"} {
		x.AddString(n, Null, nil)
	}
	y := NewAttrsBuilder(2)
	for _, n := range []string{"version", "deps"} {
		y.AddString(n, True, nil)
	}
	a, c := x.Finish(), y.Finish()
	b.ReportAllocs()
	for b.Loop() {
		Update(a, c)
	}
}
