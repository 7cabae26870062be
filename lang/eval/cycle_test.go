package eval_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
)

// hintOf returns the hints of an evaluation error, one per line.
func hintOf(t *testing.T, err error) string {
	t.Helper()
	var e *eval.Error
	if !errors.As(err, &e) {
		t.Fatalf("got %v, want an *eval.Error", err)
	}
	return strings.Join(e.Diagnostic().Hints, "\n")
}

// An infinite recursion names the values it went round, outermost first,
// each with the position of its code; other errors have no hint.
func TestCycleHints(t *testing.T) {
	long := []string{"let"}
	for i := range 20 {
		long = append(long, " a"+itoa(i)+" = a"+itoa((i+1)%20)+" + 1;")
	}
	long = append(long, " in a0")
	tests := []struct{ expr, hint string }{
		{`let x = x; in x`, `cycle: x («string»:1:9) → x`},
		{`let a = b + 1; b = a + 1; in a`, `cycle: a («string»:1:9) → b («string»:1:20) → a`},
		// The first step keeps the name it was reached by.
		{`let f = x: x; y = f y; in y`, `cycle: y («string»:1:19) → x`},
		{`let s = { a = s.b; b = s.a; }; in s.a`, `cycle: s.a («string»:1:15) → s.b («string»:1:24) → s.a`},
		{`let s = { p.q = s.r; r = s.p.q; }; in s.r`, `cycle: s.r («string»:1:26) → s.p.q («string»:1:17) → s.r`},
		{`let s = { a = s.${"a" + ""}; }; in s.a`, `cycle: s.a («string»:1:15) → s.${("a" + "")}`},
		{`let s = { a = (builtins.getAttr "a" s).b; }; in s.a`, `cycle: s.a («string»:1:15) → s.a`},
		{`let u = { r = (builtins.getAttr "p" u).q; p.q = u.r; }; in u.r`,
			`cycle: u.r («string»:1:15) → (builtins.getAttr "p" u).q («string»:1:49) → u.r`},
		// Forced by a builtin: the re-entry takes the first step's name.
		{`let xs = builtins.length xs; in xs`, `cycle: xs («string»:1:10) → xs`},
		// Deep printing forces attributes without a name.
		{`rec { a = 1; b = b + 1; }`, `cycle: b («string»:1:18) → b`},
		// CppNix runs out of stack on a re-entered function application.
		{`let xs = map (x: builtins.elemAt xs 1) [ 1 2 ]; in xs`,
			`cycle: «function application» («string»:1:15) → «function application»`},
		// Long cycles keep their ends.
		{strings.Join(long, ""), `cycle: a0 («string»:1:10) → a1 («string»:1:23) → a2 («string»:1:36) → a3 («string»:1:49) → a4 («string»:1:62) → … 12 more … → a17 («string»:1:247) → a18 («string»:1:262) → a19 («string»:1:277) → a0`},
		{`throw "no"`, ``},
		{`let f = n: f (n + 1); in f 0`, ``},
	}
	for _, tt := range tests {
		m := newMachine(t)
		_, err := evalText(t, m, tt.expr)
		if err == nil {
			t.Errorf("%s: no error", tt.expr)
			continue
		}
		if got := hintOf(t, err); got != tt.hint {
			t.Errorf("%s:\n got  %q\n want %q", tt.expr, got, tt.hint)
		}
	}
}

// A thunk is put back after an infinite recursion, so evaluating it again
// reports the same cycle.
func TestCycleHintAgain(t *testing.T) {
	m := newMachine(t)
	e := parseText(t, m, `let s = { a = t.b; }; t = { b = s.a; }; in s`)
	v, err := m.Eval(e)
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		err := m.ForceDeep(v, ast.Pos{})
		// The deep walk forces `a` without a name: the cycle's own name
		// for it serves.
		if got, want := hintOf(t, err), `cycle: s.a («string»:1:15) → t.b («string»:1:33) → s.a`; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}

// A file that imports itself, directly or not, stops at once with CppNix's
// message and the chain of imports.
func TestImportCycle(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.nix", "import ./b.nix")
	write("b.nix", "let x = import ./a.nix; in x + 1")
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	m := newMachine(t)
	_, err := m.EvalFile(filepath.Join(dir, "a.nix"))
	if err == nil || err.Error() != "stack overflow (possible infinite recursion)" {
		t.Fatalf("got %v, want a stack overflow", err)
	}
	want := `cycle: import a.nix → import b.nix → x (b.nix:1:9) → import a.nix`
	if got := hintOf(t, err); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	var e *eval.Error
	errors.As(err, &e)
	if d := e.Diagnostic(); d.Pos.IsValid() || len(d.Trace) > 0 {
		t.Errorf("CppNix prints a stack overflow without position or trace: %+v", d)
	}
}
