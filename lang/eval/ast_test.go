package eval_test

import (
	"testing"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/builtins"
	"github.com/ovl-nix/ovl/lang/eval"
)

// Tests on hand-built syntax trees: they pin the evaluator's core without
// depending on the parser.

var testSrc = &ast.Source{Name: "«test»", Text: []byte("test")}

func at(col int32) ast.Pos { return ast.Pos{Src: testSrc, Line: 1, Col: col} }

func v(name string) *ast.Var { return &ast.Var{Pos: at(1), Name: ast.Intern(name)} }
func n(i int64) *ast.Int     { return &ast.Int{Pos: at(1), Value: i} }
func call(f ast.Expr, args ...ast.Expr) *ast.Call {
	return &ast.Call{Pos: at(1), Fn: f, Args: args}
}
func lam(arg string, body ast.Expr) *ast.Lambda {
	return &ast.Lambda{Pos: at(1), Arg: ast.Intern(arg), Body: body}
}
func bind(name string, e ast.Expr) *ast.Binding {
	return &ast.Binding{Pos: at(1), Name: ast.Intern(name), Value: e}
}
func let(body ast.Expr, bs ...*ast.Binding) *ast.Let {
	return &ast.Let{Pos: at(1), Bindings: bs, Body: body}
}
func plus(a, b ast.Expr) *ast.Concat { return &ast.Concat{Pos: at(1), Parts: []ast.Expr{a, b}} }

// fib is `let fib = n: if n < 2 then n else fib (n - 1) + fib (n - 2); in fib N`.
func fib(x int64) ast.Expr {
	body := &ast.If{Pos: at(1),
		Cond: call(v("__lessThan"), v("n"), n(2)),
		Then: v("n"),
		Else: plus(call(v("fib"), call(v("__sub"), v("n"), n(1))), call(v("fib"), call(v("__sub"), v("n"), n(2)))),
	}
	return let(call(v("fib"), n(x)), bind("fib", lam("n", body)))
}

func newMachine(t testing.TB) *eval.Machine {
	m, err := builtins.New(eval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func evalAST(t testing.TB, m *eval.Machine, e ast.Expr) (string, error) {
	if err := m.Resolve(e); err != nil {
		return "", err
	}
	val, err := m.Eval(e)
	if err != nil {
		return "", err
	}
	if err := m.ForceDeep(val, ast.Pos{}); err != nil {
		return "", err
	}
	return m.PrintValue(val), nil
}

func TestASTEval(t *testing.T) {
	x := ast.Intern("x")
	cases := []struct {
		name string
		e    ast.Expr
		want string
	}{
		{"fib", fib(15), "610"},
		{"list", &ast.List{Elems: []ast.Expr{n(1), &ast.String{Value: "a\"${"}, v("true"), v("null")}}, `[ 1 "a\"\${" true null ]`},
		{"rec", &ast.Select{Pos: at(1), Subject: &ast.AttrSet{Rec: true, Bindings: []*ast.Binding{bind("a", v("b")), bind("b", n(2))}},
			Path: []ast.AttrName{{Name: ast.Intern("a")}}}, "2"},
		{"with-lexical-wins", let(&ast.With{Attrs: &ast.AttrSet{Bindings: []*ast.Binding{bind("x", n(2)), bind("y", n(3))}},
			Body: &ast.List{Elems: []ast.Expr{v("x"), v("y")}}}, bind("x", n(1))), "[ 1 3 ]"},
		{"formals-default", call(&ast.Lambda{Pos: at(1), Formals: &ast.Formals{Items: []ast.Formal{{Name: x}, {Name: ast.Intern("y"), Default: v("x")}}},
			Body: v("y")}, &ast.AttrSet{Bindings: []*ast.Binding{bind("x", n(7))}}), "7"},
		{"update", &ast.Binary{Op: ast.OpUpdate, L: &ast.AttrSet{Bindings: []*ast.Binding{bind("a", n(1)), bind("b", n(1))}},
			R: &ast.AttrSet{Bindings: []*ast.Binding{bind("b", n(2))}}}, "{ a = 1; b = 2; }"},
		{"int-wrap", plus(n(9223372036854775807), n(1)), "-9223372036854775808"},
		{"float-mix", plus(n(1), &ast.Float{Value: 0.5}), "1.5"},
		{"map", call(v("map"), lam("x", plus(v("x"), n(1))), &ast.List{Elems: []ast.Expr{n(1), n(2)}}), "[ 2 3 ]"},
		{"primop-app", call(v("__sub"), n(1)), "<PRIMOP-APP>"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := evalAST(t, newMachine(t), c.e)
			if err != nil {
				t.Fatalf("error: %v", err)
			}
			if got != c.want {
				t.Errorf("got %s, want %s", got, c.want)
			}
		})
	}
}

func TestASTErrors(t *testing.T) {
	cases := []struct {
		name string
		e    ast.Expr
		want string
	}{
		{"undefined", v("nope"), "undefined variable 'nope'"},
		{"infinite", let(v("x"), bind("x", v("x"))), "infinite recursion encountered"},
		{"not-a-function", call(n(1), n(2)), "attempt to call something which is not a function but an integer"},
		{"add-string", plus(n(1), &ast.String{Pos: at(5), Value: "a"}), "cannot add a string to an integer"},
		{"stack-overflow", let(call(v("f"), n(1)), bind("f", lam("n", call(v("f"), v("n"))))), "stack overflow (possible infinite recursion)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := evalAST(t, newMachine(t), c.e)
			e, ok := err.(*eval.Error)
			if !ok {
				t.Fatalf("got %v, want an *eval.Error", err)
			}
			if e.Msg != c.want {
				t.Errorf("got %q, want %q", e.Msg, c.want)
			}
		})
	}
}

func BenchmarkFib20(b *testing.B) {
	m := newMachine(b)
	e := fib(20)
	if err := m.Resolve(e); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.Eval(e); err != nil {
			b.Fatal(err)
		}
	}
}
