package parser

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/ovl-nix/ovl/lang/ast"
)

// benchWorkload parses a workload made by shared/bench/gen-workloads.py,
// found in $OVL_BENCH_DIR (default /tmp/wl); it is skipped when absent.
func benchWorkload(b *testing.B, name string) {
	dir := os.Getenv("OVL_BENCH_DIR")
	if dir == "" {
		dir = "/tmp/wl"
	}
	path := filepath.Join(dir, name+".nix")
	text, err := os.ReadFile(path)
	if err != nil {
		b.Skipf("no workload %s (run gen-workloads.py %s)", path, dir)
	}
	src := &ast.Source{Name: path, Text: text}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := Parse(src, Options{BaseDir: dir, Home: "/homeless-shelter"}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseHeavy(b *testing.B)         { benchWorkload(b, "parse-heavy") }
func BenchmarkParseOverlayMedium(b *testing.B) { benchWorkload(b, "overlay-medium-parse") }

// BenchmarkLex measures the lexer alone on parse-heavy.
func BenchmarkLex(b *testing.B) {
	dir := os.Getenv("OVL_BENCH_DIR")
	if dir == "" {
		dir = "/tmp/wl"
	}
	text, err := os.ReadFile(filepath.Join(dir, "parse-heavy.nix"))
	if err != nil {
		b.Skip("no parse-heavy workload")
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		p := &parser{src: &ast.Source{Text: text}, syms: map[string]ast.Symbol{}}
		l := newLexer(text, p)
		for l.next().kind != tEOF {
		}
	}
}
