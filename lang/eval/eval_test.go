package eval_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/builtins"
	"github.com/ovl-nix/ovl/lang/eval"
)

// evalText parses, resolves, evaluates and deeply forces text.
func evalText(t testing.TB, m *eval.Machine, text string) (eval.Value, error) {
	t.Helper()
	e, err := m.Parse(&ast.Source{Name: "«string»", Text: []byte(text)}, t.TempDir())
	if err != nil {
		return eval.Value{}, err
	}
	if err := m.Resolve(e); err != nil {
		return eval.Value{}, err
	}
	v, err := m.Eval(e)
	if err != nil {
		return v, err
	}
	return v, m.ForceDeep(v, ast.Pos{})
}

// Each expression asserts a property of the language in the language
// itself and must evaluate to true.
var selfChecks = []string{
	// Laziness: unused bindings, arguments and elements are never forced.
	`let x = throw "no"; in true`,
	`(x: true) (throw "no")`,
	`builtins.length [ (throw "a") (throw "b") ] == 2`,
	`({ a ? throw "no", b }: b) { b = true; }`,
	`({ a = throw "no"; b = true; }).b`,
	`let s = { a = throw "no"; } // { b = 1; }; in s.b == 1`,
	`builtins.head (map (x: x) [ true (throw "no") ])`,
	// Every thunk is evaluated once: trace would print twice otherwise,
	// here the shared value is compared by identity instead.
	`let f = x: x; l = [ f ]; in l == l`,
	// Scoping.
	`let a = 1; in with { a = 2; b = 3; }; a == 1 && b == 3`,
	`with { a = 1; }; with { a = 2; }; a == 2`,
	`let x = 1; in rec { x = 2; y = x; }.y == 2`,
	`let x = 1; in (rec { y = 2; inherit x; }).x == 1`,
	`({ a, b ? a + 1 }@args: b + args.a) { a = 1; } == 3`,
	`(args@{ a, ... }: args.c) { a = 1; c = 2; } == 2`,
	`let true = false; in true == false`,
	`rec { a = 1; __overrides = { a = 2; }; b = a; }.b == 2`,
	// Attribute sets.
	`{ a.b = 1; a.c = 2; }.a == { b = 1; c = 2; }`,
	`{ ${"x"} = 1; ${null} = 2; } == { x = 1; }`,
	`{ a = 1; } ? a && !({ a = 1; } ? b) && ({ a.b = 1; } ? a.b)`,
	`({ a = 1; }.b.c or 5) == 5 && ({ a = 1; }.a.c or 6) == 6`,
	`({ a = 1; } // { a = 2; b = 3; }) == { a = 2; b = 3; }`,
	`let s = { __functor = self: x: self.n + x; n = 1; }; in s 2 == 3`,
	// Arithmetic and comparison.
	`9223372036854775807 + 1 == -9223372036854775807 - 1`,
	`1 + 1.5 == 2.5 && 7 / 2 == 3 && -7 / 2 == -3 && 1 / 2.0 == 0.5`,
	`1 == 1.0 && [ 1 2 ] < [ 1 3 ] && [ 1 ] < [ 1 0 ] && "a" < "b" && !(2 < 1)`,
	`2 <= 2 && 3 >= 2 && !(1 > 2)`,
	`(x: x) != (x: x) && { a = [ 1 ]; } == { a = [ 1.0 ]; }`,
	// Strings and paths.
	`"${"a"}b${toString 1}" == "ab1" && "a" + "b" == "ab"`,
	`toString [ 1 [ ] 2 ] == "1 2" && toString null == "" && toString true == "1"`,
	`"${{ outPath = "o"; }}" == "o" && "${{ __toString = s: "t"; }}" == "t"`,
	`/a/b + "/c" == /a/b/c && /a/./b/../c == /a/c`,
	// Errors caught by tryEval, and values retried afterwards.
	`!(builtins.tryEval (throw "x")).success && !(builtins.tryEval (assert false; 1)).success`,
	`let x = throw "a"; in !(builtins.tryEval x).success && !(builtins.tryEval x).success`,
	`(builtins.tryEval 1).value == 1`,
	// Builtins of this package.
	`builtins.typeOf 1 == "int" && builtins.typeOf map == "lambda" && builtins.typeOf ./. == "path"`,
	`map (x: x * 2) [ 1 2 ] == [ 2 4 ] && builtins.tail [ 1 2 3 ] == [ 2 3 ]`,
	`builtins.seq 1 true && builtins.deepSeq [ 1 ] true`,
	`builtins ? builtins && builtins.builtins ? map && __sub 3 1 == 2`,
}

func TestSelfChecks(t *testing.T) {
	for _, text := range selfChecks {
		m := newMachine(t)
		v, err := evalText(t, m, text)
		if err != nil {
			t.Errorf("%s: %v", text, err)
			continue
		}
		if got := m.PrintValue(v); got != "true" {
			t.Errorf("%s: got %s, want true", text, got)
		}
	}
}

// Errors: kind, message and position (line:column).
func TestErrors(t *testing.T) {
	cases := []struct {
		text string
		kind eval.ErrorKind
		msg  string
		pos  string
	}{
		{`let x = x; in x`, eval.EvalError, "infinite recursion encountered", "1:9"},
		{`{ a = 1; }.b`, eval.EvalError, "attribute 'b' missing", "1:1"},
		{`throw "t"`, eval.ThrownError, "t", ""},
		{`abort "a"`, eval.AbortError, "evaluation aborted with the following error message: 'a'", ""},
		{`assert 1 == 2; 1`, eval.AssertionError, "assertion '(1 == 2)' failed", "1:1"},
		{`let f = { a }: a; in f { }`, eval.TypeError, "'f' at (string):1:9 called without required argument 'a'", "1:22"},
		{`1 + "a"`, eval.EvalError, "cannot add a string to an integer", "1:5"},
		{`nope`, eval.UndefinedVarError, "undefined variable 'nope'", "1:1"},
		{`if 1 then 1 else 1`, eval.TypeError, "value is an integer while a Boolean was expected", "1:1"},
		{`1 / 0`, eval.EvalError, "division by zero", "1:1"},
		{`{ "a b" = 1; }.c`, eval.EvalError, "attribute 'c' missing", "1:1"},
		{`let f = n: f (n + 1); in f 0`, eval.StackOverflowError, "stack overflow (possible infinite recursion)", ""},
	}
	for _, c := range cases {
		_, err := evalText(t, newMachine(t), c.text)
		var e *eval.Error
		if !errors.As(err, &e) {
			t.Errorf("%s: got %v, want an *eval.Error", c.text, err)
			continue
		}
		pos := ""
		if e.Pos.IsValid() {
			pos = strings.TrimPrefix(e.Pos.String(), "«string»:")
		}
		if e.Kind != c.kind || e.Msg != c.msg || pos != c.pos {
			t.Errorf("%s: got (%d) %q at %q, want (%d) %q at %q", c.text, e.Kind, e.Msg, pos, c.kind, c.msg, c.pos)
		}
	}
}

func TestSuggestions(t *testing.T) {
	_, err := evalText(t, newMachine(t), `let s = { a = 1; b = 2; c = 3; }; in s.d`)
	var e *eval.Error
	if !errors.As(err, &e) || strings.Join(e.Suggestions, ",") != "a,b,c" {
		t.Fatalf("got %v (%v), want suggestions a, b, c", err, e)
	}
}

// An error leaves the thunk unevaluated, so that it can be forced again.
func TestThunkResetAfterError(t *testing.T) {
	m := newMachine(t)
	v, err := evalText(t, m, `{ a = throw "once"; }`)
	if err == nil {
		t.Fatal("want an error")
	}
	e := parseText(t, m, `{ a = throw "once"; }`)
	v, err = m.Eval(e)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := v.Attrs().GetString("a")
	for range 2 {
		if _, err := m.Force(a, ast.Pos{}); err == nil || err.(*eval.Error).Msg != "once" {
			t.Fatalf("got %v, want the thrown error each time", err)
		}
	}
}

func TestLazyPrinting(t *testing.T) {
	m := newMachine(t)
	e := parseText(t, m, `let a = 1 + 1; in { inherit a; b = a; c = x: x; d = map; e = "s"; }`)
	v, err := m.Eval(e)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := m.PrintValue(v), `{ a = <CODE>; b = <CODE>; c = <CODE>; d = <PRIMOP>; e = "s"; }`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	b, _ := v.Attrs().GetString("b")
	if _, err := m.Force(b, ast.Pos{}); err != nil {
		t.Fatal(err)
	}
	if got, want := m.PrintValue(v), `{ a = 2; b = 2; c = <CODE>; d = <PRIMOP>; e = "s"; }`; got != want {
		t.Errorf("after forcing b: got %s, want %s", got, want)
	}
}

func TestLazyAndLazyCall(t *testing.T) {
	m := newMachine(t)
	runs := 0
	lazy := m.Lazy(func(m *eval.Machine) (eval.Value, error) {
		runs++
		return eval.NewInt(7), nil
	})
	for range 2 {
		if v, err := m.Force(lazy, ast.Pos{}); err != nil || v.Int() != 7 {
			t.Fatalf("got %v, %v", v, err)
		}
	}
	if runs != 1 {
		t.Errorf("computed %d times, want once", runs)
	}
	sub, _ := m.Global("__sub")
	app := m.LazyCall(sub, eval.NewInt(5), eval.NewInt(2))
	if m.PrintValue(app) != "<CODE>" {
		t.Errorf("an unforced application prints %s", m.PrintValue(app))
	}
	if v, err := m.Force(app, ast.Pos{}); err != nil || v.Int() != 3 {
		t.Fatalf("got %v, %v", v, err)
	}
}

func TestTraceAndWarnOutput(t *testing.T) {
	var stderr bytes.Buffer
	m, err := builtins.New(eval.Options{Stderr: &stderr, SearchPath: []string{"/nonexistent-ovl-test"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := evalText(t, m, `builtins.trace "hi" (builtins.trace [ 1 ] 2)`); err != nil {
		t.Fatal(err)
	}
	if _, err := evalText(t, m, `<x>`); err == nil {
		t.Fatal("want an error for <x>")
	}
	want := "trace: hi\ntrace: [ 1 ]\nwarning: Nix search path entry '/nonexistent-ovl-test' does not exist, ignoring\n"
	if stderr.String() != want {
		t.Errorf("stderr is %q, want %q", stderr.String(), want)
	}
}

func TestInterrupt(t *testing.T) {
	m := newMachine(t)
	if err := m.CheckInterrupt(); err != nil {
		t.Fatalf("CheckInterrupt before Interrupt: %v", err)
	}
	m.Interrupt()
	if err := m.CheckInterrupt(); err == nil || err.(*eval.Error).Msg != "interrupted by the user" {
		t.Fatalf("CheckInterrupt after Interrupt: %v", err)
	}
	_, err := evalText(t, m, `let f = n: if n == 0 then 0 else f (n - 1); in f 10`)
	if err == nil || err.(*eval.Error).Msg != "interrupted by the user" {
		t.Fatalf("got %v", err)
	}
	m.ClearInterrupt()
	if _, err := evalText(t, m, `let f = n: if n == 0 then 0 else f (n - 1); in f 10`); err != nil {
		t.Fatal(err)
	}
	if err := m.CheckInterrupt(); err != nil {
		t.Fatalf("CheckInterrupt after ClearInterrupt: %v", err)
	}
}

func TestAttrs(t *testing.T) {
	b := eval.NewAttrsBuilder(0)
	for _, n := range []string{"zeta", "alpha", "Beta", "a b"} {
		b.AddString(n, eval.NewString(n), nil)
	}
	a := b.Finish()
	if got := strings.Join(a.Names(), ","); got != "Beta,a b,alpha,zeta" {
		t.Errorf("names in byte order: %s", got)
	}
	c := eval.NewAttrsBuilder(1)
	c.AddString("alpha", eval.NewInt(1), nil)
	u := eval.Update(a, c.Finish())
	if v, _ := u.GetString("alpha"); v.Int() != 1 || u.Len() != 4 {
		t.Errorf("update: alpha = %v, len %d", v, u.Len())
	}
	if v, _ := a.GetString("alpha"); v.Str() != "alpha" {
		t.Errorf("update changed its operand")
	}
}

func TestFormatting(t *testing.T) {
	floats := map[float64]string{1: "1", 0.1: "0.1", 1e6: "1e+06", 123456789: "1.23457e+08", 1e-5: "1e-05", 100000: "100000", 1.5: "1.5"}
	for f, want := range floats {
		if got := ast.FormatFloat(f); got != want {
			t.Errorf("ast.FormatFloat(%v) = %s, want %s", f, got, want)
		}
	}
	if got := eval.QuoteString("a\"\\\n\t${$x"); got != `"a\"\\\n\t\${$x"` {
		t.Errorf("QuoteString: %s", got)
	}
	for name, want := range map[string]string{"a": "a", "x-y'": "x-y'", "if": `"if"`, "then": "then", "a b": `"a b"`, "": `""`, "1a": `"1a"`, "$": `"\$"`} {
		if got := ast.ShowID(name); got != want {
			t.Errorf("ast.ShowID(%q) = %s, want %s", name, got, want)
		}
	}
	for in, want := range map[string]string{"/a/./b/../c/": "/a/c", "//a//b": "/a/b", "/..": "/", "/": "/"} {
		if got := eval.CanonPath(in); got != want {
			t.Errorf("CanonPath(%q) = %s, want %s", in, got, want)
		}
	}
	np := eval.ParseNixPath("a=/x:b=https://h/p:/c")
	if strings.Join(np, " ") != "a=/x b=https://h/p /c" {
		t.Errorf("ParseNixPath: %q", np)
	}
}
