package overlay_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/builtins"
	"github.com/ovl-nix/ovl/lang/eval"
)

// fixpointSource is an applyOverlays call in the shape of the overlay
// workloads, small enough to parse in a moment: base packages depending
// on earlier ones through final, and overlays that override a few of
// them from prev and add their own.
func fixpointSource(base, overlays, perOverlay int) string {
	var b strings.Builder
	b.WriteString("let r = builtins.applyOverlays {\n  base = final: {\n")
	for i := range base {
		fmt.Fprintf(&b, "    p%d = { name = \"p%d\"; deps = [ %s ]; };\n", i, i, dep("final", i))
	}
	b.WriteString("  };\n  overlays = [\n")
	for o := range overlays {
		b.WriteString("    (final: prev: {\n")
		for k := range perOverlay {
			i := (o*perOverlay + k) * 7 % base
			fmt.Fprintf(&b, "      p%d = prev.p%d // { name = \"o%d\"; };\n", i, i, o)
			fmt.Fprintf(&b, "      o%d_%d = { name = \"o%d\"; deps = [ %s ]; };\n", o, k, o, dep("final", i))
		}
		b.WriteString("    })\n")
	}
	b.WriteString("  ];\n}; in builtins.foldl' (n: a: n + builtins.stringLength r.${a}.name) 0 (builtins.attrNames r)\n")
	return b.String()
}

func dep(set string, i int) string {
	if i == 0 {
		return ""
	}
	return fmt.Sprintf("%s.p%d", set, i/2)
}

// BenchmarkFixpoint applies 50 overlays of 20 attributes to a base of
// 2,000 and forces every name in the result: the layered `//` of each
// layer, lookups through final and prev, and attrNames of the fixpoint.
// Parsing is done once, outside the loop.
func BenchmarkFixpoint(b *testing.B) {
	m, err := builtins.New(eval.Options{Home: "/homeless-shelter"})
	if err != nil {
		b.Fatal(err)
	}
	e, err := m.Parse(&ast.Source{Name: "fixpoint.nix", Text: []byte(fixpointSource(2000, 50, 20))}, "/")
	if err == nil {
		err = m.Resolve(e)
	}
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		v, err := m.Eval(e)
		if err == nil {
			err = m.ForceDeep(v, ast.Pos{})
		}
		if err != nil {
			b.Fatal(err)
		}
	}
}
