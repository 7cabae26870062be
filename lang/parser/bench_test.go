package parser

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/ovl-nix/ovl/lang/ast"
)

// Measured designs, parsing parse-heavy.nix (5.2 MB) once in a fresh
// process, CPU time, median of 7, all runs interleaved on one loaded
// 2-core machine (overlay-medium-parse.nix, 10.6 MB, in parentheses):
//
//	scanner alone                                         86 MB/s  (86)
//	participle.MustStateful rules approximating it,
//	  lexing only (in a benchmark loop)                   1.5 MB/s
//	scanner + participle's PeekingLexer, no parsing       16 MB/s  (18)
//	participle throughout (a prototype: reflective
//	  grammar, no lowering; in a benchmark loop)         0.6 MB/s
//	+ hand-written operators, application, selection,
//	  operands, strings; sets and lists still participle  4.5 MB/s (4.8)
//	+ hand-written sets, bindings and lists               9.3 MB/s (12)
//	the LALR(1) parser this package had before            21 MB/s  (22)
//	CppNix 2.8, whole `nix-instantiate --eval` run        31 MB/s  (29)
//
// Then, in this benchmark's loop (go test -bench, quiet machine):
//
//	+ one presized token slice handed to participle
//	  (a PeekingLexer mirror) instead of Upgrade           15 MB/s  (22)
//	+ strings as one token, nodes from slabs, formals
//	  and inherit's names as custom productions, the
//	  scanner writing tokens in place                     24 MB/s  (53)
//	+ the hand-written productions reading a ring of
//	  tokens, participle only windows of them, the
//	  scanner on a goroutine of its own (ring.go,
//	  feed.go; this one)                                  30 MB/s  (75)
//
// participle's PeekingLexer held every token of the file in one slice
// (64 bytes a token, 1.5 million tokens here). lexer.Upgrade grows it by
// appending, which alone cost more than the whole LALR parser did;
// filling a slice sized from the file's length halved that, and writing
// only the windows participle reads removed it. What is left on
// parse-heavy is mostly participle's own work for the function forms,
// let, if, with, assert and inherit (one of them every few lines): a
// dozen allocations and several reflective calls each.

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

// BenchmarkLex measures the scanner alone on parse-heavy.
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
		l := newScanner(text)
		var t lexer.Token
		for l.scan(&t); t.Type != tEOF; l.scan(&t) {
		}
	}
}
