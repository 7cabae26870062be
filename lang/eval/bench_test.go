package eval_test

import (
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"testing"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
)

// parseText parses and resolves Nix text for benchmarks and tests.
func parseText(t testing.TB, m *eval.Machine, text string) ast.Expr {
	t.Helper()
	e, err := m.Parse(&ast.Source{Name: "«string»", Text: []byte(text)}, "/")
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Resolve(e); err != nil {
		t.Fatal(err)
	}
	return e
}

func benchEval(b *testing.B, text string) {
	m := newMachine(b)
	e := parseText(b, m, text)
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

// Calls and arithmetic.
func BenchmarkFib25(b *testing.B) {
	benchEval(b, "let fib = n: if n < 2 then n else fib (n - 1) + fib (n - 2); in fib 25")
}

// Forcing: a chain of thunks, each depending on the previous one.
func BenchmarkThunkChain(b *testing.B) {
	benchEval(b, "let go = n: acc: if n == 0 then acc else go (n - 1) (acc + 1); in go 5000 0")
}

// Attribute lookup in a large recursive set and through `with`.
func BenchmarkAttrLookup(b *testing.B) {
	text := "let s = rec { "
	for i := 0; i < 200; i++ {
		text += "a" + itoa(i) + " = " + itoa(i) + "; "
	}
	text += "}; f = n: if n == 0 then 0 else s.a150 + (with s; a199) + f (n - 1); in f 2000"
	benchEval(b, text)
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var d []byte
	for ; i > 0; i /= 10 {
		d = append([]byte{byte('0' + i%10)}, d...)
	}
	return string(d)
}

// builtins.foldl' over builtins.genList: calls from builtins, lazy
// applications.
func BenchmarkFoldlSum(b *testing.B) {
	benchEval(b, "builtins.foldl' (acc: x: acc + x) 0 (builtins.genList (i: i) 100000)")
}

// The test suite of nixpkgs' lib, when a checkout is available
// (OVL_NIXPKGS_LIB=/path/to/lib): a real-world mix of everything.
func BenchmarkNixpkgsLibTests(b *testing.B) {
	dir := os.Getenv("OVL_NIXPKGS_LIB")
	if dir == "" {
		b.Skip("OVL_NIXPKGS_LIB not set")
	}
	for b.Loop() {
		m := newMachine(b)
		v, err := m.EvalFile(dir + "/tests/misc.nix")
		if err == nil {
			err = m.ForceDeep(v, ast.Pos{})
		}
		if err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOverlayMediumEval evaluates overlay-medium.nix (made by
// shared/bench/gen-workloads.py, found in $OVL_BENCH_DIR, default /tmp/wl;
// skipped when absent) without parsing it again: the fixpoint and the
// forcing of 100,000 packages, reading a tree far larger than the caches,
// as `ovl eval` does after the parse. As in `ovl eval`, no collection runs
// during the evaluation: one runs between two, off the clock.
// $OVL_BENCH_FILE, when set, names another file to evaluate instead (a
// variant of the workload, e.g. one that only builds the fixpoint).
func BenchmarkOverlayMediumEval(b *testing.B) {
	dir := os.Getenv("OVL_BENCH_DIR")
	if dir == "" {
		dir = "/tmp/wl"
	}
	path := filepath.Join(dir, "overlay-medium.nix")
	if f := os.Getenv("OVL_BENCH_FILE"); f != "" {
		path = f
	}
	text, err := os.ReadFile(path)
	if err != nil {
		b.Skipf("no workload %s (run gen-workloads.py %s)", path, dir)
	}
	m := newMachine(b)
	e := parseText(b, m, string(text))
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	for b.Loop() {
		b.StopTimer()
		runtime.GC()
		b.StartTimer()
		v, err := m.Eval(e)
		if err == nil {
			err = m.ForceDeep(v, ast.Pos{})
		}
		if err != nil {
			b.Fatal(err)
		}
	}
}
