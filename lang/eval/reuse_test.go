package eval_test

import (
	"testing"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
)

// The tests of this file check that reusing the environment of a call
// (ast.Lambda.NoEnvCapture) never changes a result: a closure, a thunk
// or a scope made in a call must see the call's own arguments however
// late it is evaluated and however many calls ran since.

// reusePrelude is in scope of every reuseChecks expression. shallow
// forces the elements of a list, in order, to weak head normal form only,
// so that every call of a map or genList function runs before what the
// calls made is evaluated (the final == forces it).
const reusePrelude = `let
  shallow = xs: builtins.foldl' (a: x: builtins.seq x a) xs xs;
  genList = builtins.genList;
  foldl = builtins.foldl';
  box = x: [ x ];
  pair = a: b: [ a b ];
  s = { k = 1; };
in `

// reuseChecks must evaluate to true (each was checked with CppNix 2.8).
// In order: something that keeps the environment escaping through each
// construct into the result (the function must not reuse it); closures,
// scopes and thunks made where the result cannot keep them (the function
// reuses it); the same in the two-argument path; functions that reuse
// it, with arguments kept in lists and sets, partial applications,
// functors and recursion (a reused environment must never be live twice);
// thunks that a `with` variable makes when the `with` set is not
// evaluated yet (maybeThunk's fallback, which must stop the reuse); and
// errors, caught by tryEval, in the middle of calls.
var reuseChecks = []string{
	`map (f: f 0) (shallow (genList (i: _: i) 4)) == [ 0 1 2 3 ]`,
	`shallow (genList (i: let j = i * 10; in [ j ]) 4) == [ [ 0 ] [ 10 ] [ 20 ] [ 30 ] ]`,
	`shallow (genList (i: with { }; [ (i * 10) ]) 4) == [ [ 0 ] [ 10 ] [ 20 ] [ 30 ] ]`,
	`shallow (genList (i: with (let j = i * 10; in { a = [ j ]; }); a) 4) == [ [ 0 ] [ 10 ] [ 20 ] [ 30 ] ]`,
	`map (s: s.a) (shallow (genList (i: rec { a = i * 10; }) 4)) == [ 0 10 20 30 ]`,
	`let o = { }; in map (s: s.a) (shallow (genList (i: rec { __overrides = o; a = i; }) 4)) == [ 0 1 2 3 ]`,
	`shallow (genList (i: [ (i * 10) ]) 4) == [ [ 0 ] [ 10 ] [ 20 ] [ 30 ] ]`,
	`map (s: s.a) (shallow (genList (i: { a = i * 10; }) 4)) == [ 0 10 20 30 ]`,
	`map (s: s.a) (shallow (genList (i: { ${"a"} = i * 10; }) 4)) == [ 0 10 20 30 ]`,
	`let n = "a"; in map (s: s.a) (shallow (genList (i: { ${n} = i * 10; }) 4)) == [ 0 10 20 30 ]`,
	`map (s: s.a.b) (shallow (genList (i: { a.b = i * 10; }) 4)) == [ 0 10 20 30 ]`,
	`map (s: s.a) (shallow (genList (i: { inherit ({ a = i * 10; }) a; }) 4)) == [ 0 10 20 30 ]`,
	`shallow (genList (i: box (i * 10)) 4) == [ [ 0 ] [ 10 ] [ 20 ] [ 30 ] ]`,
	`shallow (genList (i: pair i (i * 10)) 3) == [ [ 0 0 ] [ 1 10 ] [ 2 20 ] ]`,
	`let konst = x: _: x; in map (f: f 0) (shallow (genList (i: konst (i * 10)) 4)) == [ 0 10 20 30 ]`,
	`shallow (genList (i: { }.a or [ (i * 10) ]) 4) == [ [ 0 ] [ 10 ] [ 20 ] [ 30 ] ]`,
	`shallow (genList (i: if i > 9 then null else [ (i * 10) ]) 4) == [ [ 0 ] [ 10 ] [ 20 ] [ 30 ] ]`,
	`shallow (genList (i: assert i < 9; [ (i * 10) ]) 4) == [ [ 0 ] [ 10 ] [ 20 ] [ 30 ] ]`,
	`map (s: s.a) (shallow (genList (i: { } // { a = i * 10; }) 4)) == [ 0 10 20 30 ]`,
	`shallow (genList (i: [ ] ++ [ (i * 10) ]) 4) == [ [ 0 ] [ 10 ] [ 20 ] [ 30 ] ]`,
	`shallow (genList (i: [ { a = i * 10; }.a ]) 4) == [ [ 0 ] [ 10 ] [ 20 ] [ 30 ] ]`,
	`shallow (genList (i: { a = [ (i * 10) ]; }.a) 4) == [ [ 0 ] [ 10 ] [ 20 ] [ 30 ] ]`,
	`shallow (genList (i: (if i > 9 then box else (x: [ (x + i) ])) 0) 4) == [ [ 0 ] [ 1 ] [ 2 ] [ 3 ] ]`,
	`genList (i: if (builtins.head [ (_: i) ]) 0 == i then i * 10 else null) 4 == [ 0 10 20 30 ]`,
	`genList (i: "${toString (let j = i * 10; in [ j ])}" + toString ((x: [ (x + i) ]) 1)) 3 == [ "01" "102" "203" ]`,
	`let fib = n: if n < 2 then n else fib (n - 1) + fib (n - 2); in map fib [ 10 15 ] == [ 55 610 ]`,
	`let f = n: if n < 1 then [ ] else [ n ] ++ f (n - 1); in f 3 == [ 3 2 1 ]`,
	`let f = x: if (builtins.tryEval (assert x > 1; (y: x) 0)).success then x else 0 - x; in map f [ 1 2 3 ] == [ (-1) 2 3 ]`,
	`foldl (acc: x: acc ++ [ (x * 10) ]) [ ] [ 1 2 3 ] == [ 10 20 30 ]`,
	`map (f: f 0) (foldl (acc: x: acc ++ [ (_: x) ]) [ ] [ 1 2 3 ]) == [ 1 2 3 ]`,
	`foldl (acc: x: [ acc x ]) 0 [ 1 2 3 ] == [ [ [ 0 1 ] 2 ] 3 ]`,
	`shallow (map (x: [ x x ]) (genList (i: i * 10) 3)) == [ [ 0 0 ] [ 10 10 ] [ 20 20 ] ]`,
	`map (x: { a = x; }) [ 1 2 ] == [ { a = 1; } { a = 2; } ]`,
	`shallow (map (x: { ${x} = x; }) [ "a" "b" ]) == [ { a = "a"; } { b = "b"; } ]`,
	`foldl (acc: x: acc + x) 0 (genList (i: i) 1000) == 499500`,
	`builtins.sort (a: b: a < b) [ 3 1 2 ] == [ 1 2 3 ]`,
	`let add = a: b: a * 10 + b; in map (add 1) [ 1 2 3 ] == [ 11 12 13 ]`,
	`shallow (map (pair 1) [ 2 3 ]) == [ [ 1 2 ] [ 1 3 ] ]`,
	`map (f: f 9) (shallow (map pair [ 1 2 3 ])) == [ [ 1 9 ] [ 2 9 ] [ 3 9 ] ]`,
	`let f = n: if n == 0 then 0 else g n + n; g = n: f (n - 1); in f 100 == 5050`,
	`let f = acc: n: if n == 0 then acc else g acc n + n; g = acc: n: f acc (n - 1); in f 0 100 == 5050`,
	`let f = n: if n == 0 then [ ] else [ n ] ++ g n ++ [ n ]; g = n: f (n - 1); in f 3 == [ 3 2 1 1 2 3 ]`,
	`let f = n: if n == 0 then 0 else g n + n; g = n: f (n - 1); in [ (f 10) (f 10) (f 3) ] == [ 55 55 6 ]`,
	`let f = acc: n: if n == 0 then acc else g acc n + n; g = acc: n: f acc (n - 1); in [ (f 0 10) (f 0 10) (f 1 3) ] == [ 55 55 7 ]`,
	`let f = x: foldl pair2 x [ x x ]; pair2 = a: b: a + b; in map f [ 1 2 ] == [ 3 6 ]`,
	`let f = { __functor = self: x: [ self.n x ]; n = 1; }; in shallow (map f [ 2 3 ]) == [ [ 1 2 ] [ 1 3 ] ]`,
	`with s; shallow (genList (i: [ k i ]) 3) == [ [ 1 0 ] [ 1 1 ] [ 1 2 ] ]`,
	`with s; let h = i: pair i k; in shallow (genList h 3) == [ [ 0 1 ] [ 1 1 ] [ 2 1 ] ]`,
	`with s; let h = i: pair k i; in map (l: builtins.elemAt l 1) (shallow (genList h 3)) == [ 0 1 2 ]`,
	`let f = x: if x then throw "no" else x; in [ (builtins.tryEval (f true)).success (f false) ] == [ false false ]`,
	`let f = x: if x then throw "no" else x; t = f true; in [ (builtins.tryEval t).success (builtins.tryEval t).success (f false) ] == [ false false false ]`,
	`!(builtins.tryEval (foldl (a: x: if x == 2 then throw "t" else a + x) 0 [ 1 2 3 ])).success && foldl (a: x: a + x) 0 [ 1 2 3 ] == 6`,
	`let f = x: y: builtins.seq (builtins.tryEval (y.a or (throw "t"))) [ x y ]; in foldl f 0 [ { } { a = 1; } ] == [ [ 0 { } ] { a = 1; } ]`,
}

func TestEnvReuse(t *testing.T) {
	for _, text := range reuseChecks {
		m := newMachine(t)
		v, err := evalText(t, m, reusePrelude+text)
		if err != nil {
			t.Errorf("%s: %v", text, err)
			continue
		}
		if got := m.PrintValue(v); got != "true" {
			t.Errorf("%s: got %s, want true", text, got)
		}
	}
}

// TestNoEnvCaptureFlag checks the resolver's analysis on the function
// `x: BODY` (for two arguments, `x: y: BODY`, the inner function).
func TestNoEnvCaptureFlag(t *testing.T) {
	cases := []struct {
		body string
		want bool
	}{
		{"x", true},
		{"x + 1", true},
		{"x - (x * 2) / 3 < 4", true},
		{"if x then 1 else 2", true},
		{"!x && x || x -> x", true},
		{"assert x; x", true},
		{"[ x 1 \"s\" ./p 1.5 ]", true},
		{"{ a = x; b = 1; inherit x; }", true},
		{"{ ${x} = x; }", true},
		{"x.a.${x} or x.b", true},
		{"x ? a.${x}", true},
		{"x // x ++ x", true},
		{"\"${x}\" + x", true},
		{"map x x", true},
		{"builtins.foldl' x x x", true},
		{"__curPos", true},
		// Operands of operators that make a Boolean, a number or a
		// string may keep the environment: the result does not.
		{"x - (x: x)", true},
		{"x * [ (x + 1) ]", true},
		{"(y: y) x == [ (x + 1) ]", true},
		{"!(let y = x; in y)", true},
		{"\"${with x; y}\" + rec { a = x; }", true},
		{"x ? ${let y = x; in y}", true},
		{"x.${[ (x + 1) ]}", true},
		{"if (y: y) x then x else 1", true},
		{"assert (let y = x; in y); x", true},
		{"y: x", false},
		{"map (y: y) x", false},
		{"map x [ x ]", false},
		{"let y = x; in y", false},
		{"let y = 1; in x", false},
		{"with x; x", false},
		{"rec { a = x; }", false},
		{"[ (x + 1) ]", false},
		{"[ x.a ]", false},
		{"[ __curPos ]", false},
		{"{ a = x.b; }", false},
		{"{ a.b = x; }", false},
		{"{ inherit (x) a; }", false},
		{"{ ${x} = [ ]; }", false},
		{"map x (x + 1)", false},
		{"x.a or [ (x + 1) ]", false},
		{"{ a = [ (x + 1) ]; }.a", false},
		{"(if x then map else y: y) x", false},
		{"if x then [ (x + 1) ] else x", false},
		{"assert x; [ (x + 1) ]", false},
		{"x // { a = [ (x + 1) ]; }", false},
		{"[ (x + 1) ] ++ x", false},
		{"let __sub = a: b: [ a b ]; in __sub x (x + 1)", false},
	}
	// A variable that shadows an arithmetic global is an ordinary call:
	// its arguments are delayed.
	m := newMachine(t)
	if l := parseText(t, m, "__sub: __sub __sub (__sub + 1)").(*ast.Lambda); l.NoEnvCapture {
		t.Errorf("a call of the argument __sub is taken for arithmetic")
	}
	for _, c := range cases {
		for i, fn := range []string{"x: " + c.body, "x: y: " + c.body} {
			m := newMachine(t)
			e := parseText(t, m, fn)
			l, ok := e.(*ast.Lambda)
			if !ok {
				t.Fatalf("%s: parsed as %T", fn, e)
			}
			if i == 1 {
				if l.NoEnvCapture {
					t.Errorf("%s: the outer function returns a closure, so it keeps its environment", fn)
				}
				l = l.Body.(*ast.Lambda)
			}
			if l.NoEnvCapture != c.want {
				t.Errorf("%s: NoEnvCapture = %v, want %v", fn, l.NoEnvCapture, c.want)
			}
		}
	}
}

// TestEnvReuseHappens checks that environments are reused at all (the
// tests above would pass if they never were), and that maybeThunk's
// fallback stops it.
func TestEnvReuseHappens(t *testing.T) {
	m := newMachine(t)
	if _, err := evalText(t, m, "builtins.foldl' (a: x: a + x) 0 (builtins.genList (i: i) 1000)"); err != nil {
		t.Fatal(err)
	}
	// One environment of each kind served all 2000 calls.
	if ones, pairs := eval.FreeEnvs(m); ones != 1 || pairs != 1 {
		t.Errorf("free environments after foldl' over genList: %d, %d; want 1, 1", ones, pairs)
	}
	m = newMachine(t)
	if _, err := evalText(t, m, "let s = { k = 1; }; in with s; let xs = builtins.genList (i: [ k i ]) 3; in builtins.foldl' (a: x: builtins.seq x a) xs xs"); err != nil {
		t.Fatal(err)
	}
	if ones, _ := eval.FreeEnvs(m); ones != 0 {
		t.Errorf("%d environments reused although a thunk of `k` kept them", ones)
	}
}
