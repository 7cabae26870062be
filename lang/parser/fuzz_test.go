package parser

import (
	"bytes"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/alecthomas/participle/v2/lexer"
	"github.com/ovl-nix/ovl/lang/ast"
)

// testInputs are the .nix files of the testdata folders dirs shorter than
// max bytes (all for max 0): the seeds of the fuzz targets.
func testInputs(t testing.TB, max int, dirs ...string) [][]byte {
	var inputs [][]byte
	for _, dir := range dirs {
		files, err := filepath.Glob(filepath.Join("..", "..", "testdata", dir, "*.nix"))
		if err != nil {
			t.Fatal(err)
		}
		for _, file := range files {
			text, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if max == 0 || len(text) < max {
				inputs = append(inputs, text)
			}
		}
	}
	return inputs
}

// FuzzParse checks that no input makes Parse panic or fail without a
// position, and that Print's output parses again. CppNix's printed form is not always valid Nix:
// `assert` is printed without parentheses, names that are keywords other
// than `if` are printed bare, floats may be printed with an exponent and
// the first part of an interpolated path ends in a slash;
// trees containing those are exempt from the second check.
func FuzzParse(f *testing.F) {
	for _, text := range testInputs(f, 4096, "parse", "parse-fail") {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		opts := Options{BaseDir: "/base", Home: "/home"}
		e, err := Parse(&ast.Source{Name: "/base/f.nix", Text: text}, opts)
		if err != nil {
			perr, ok := err.(*Error)
			if !ok {
				t.Fatalf("error of type %T", err)
			}
			if !perr.Pos.IsValid() || perr.Pos.Src.Name != "/base/f.nix" {
				t.Fatalf("error without a position in the file: %v", err)
			}
			return
		}
		var b bytes.Buffer
		Print(&b, e)
		if _, err := Parse(&ast.Source{Name: "/base/g.nix", Text: b.Bytes()}, opts); err != nil && !unprintable(e) {
			t.Fatalf("printed form %q does not parse: %v", b.String(), err)
		}
	})
}

// unprintable reports whether e contains a form that CppNix's printer
// does not print as valid Nix.
func unprintable(e ast.Expr) bool {
	found := false
	walk(e, func(e ast.Expr) {
		switch e := e.(type) {
		case *ast.Assert:
			found = true
		case *ast.String:
			found = found || strings.IndexByte(e.Value, 0) >= 0
		case *ast.Path:
			found = found || strings.HasSuffix(e.Value, "/")
		case *ast.Float:
			if strings.ContainsAny(ast.FormatFloat(e.Value), "e") {
				found = true
			}
		case *ast.AttrSet:
			for _, b := range e.Bindings {
				found = found || badName(b.Name.String())
			}
		case *ast.Let:
			for _, b := range e.Bindings {
				found = found || badName(b.Name.String())
			}
		case *ast.Select:
			found = found || pathHasBadName(e.Path)
		case *ast.HasAttr:
			found = found || pathHasBadName(e.Path)
		}
	})
	return found
}

func isKeyword(s string) bool { return keyword([]byte(s)) >= 0 && s != "if" && s != "or" }

// badName reports whether the printer writes the name s in a way that
// does not read back: a bare keyword, or a NUL byte (which ends the input).
func badName(s string) bool { return isKeyword(s) || strings.IndexByte(s, 0) >= 0 }

func pathHasBadName(p []ast.AttrName) bool {
	for _, n := range p {
		if n.Dynamic == nil && badName(n.Name.String()) {
			return true
		}
	}
	return false
}

// walk calls fn on e and every expression below it.
func walk(e ast.Expr, fn func(ast.Expr)) {
	if e == nil {
		return
	}
	fn(e)
	names := func(p []ast.AttrName) {
		for _, n := range p {
			walk(n.Dynamic, fn)
		}
	}
	switch e := e.(type) {
	case *ast.Select:
		walk(e.Subject, fn)
		names(e.Path)
		walk(e.Default, fn)
	case *ast.HasAttr:
		walk(e.Subject, fn)
		names(e.Path)
	case *ast.AttrSet:
		for _, b := range e.Bindings {
			walk(b.Value, fn)
		}
		for _, d := range e.Dynamic {
			walk(d.Name, fn)
			walk(d.Value, fn)
		}
	case *ast.List:
		for _, x := range e.Elems {
			walk(x, fn)
		}
	case *ast.Lambda:
		if e.Formals != nil {
			for _, f := range e.Formals.Items {
				walk(f.Default, fn)
			}
		}
		walk(e.Body, fn)
	case *ast.Call:
		walk(e.Fn, fn)
		for _, a := range e.Args {
			walk(a, fn)
		}
	case *ast.Let:
		for _, b := range e.Bindings {
			walk(b.Value, fn)
		}
		walk(e.Body, fn)
	case *ast.With:
		walk(e.Attrs, fn)
		walk(e.Body, fn)
	case *ast.Assert:
		walk(e.Cond, fn)
		walk(e.Body, fn)
	case *ast.If:
		walk(e.Cond, fn)
		walk(e.Then, fn)
		walk(e.Else, fn)
	case *ast.Not:
		walk(e.E, fn)
	case *ast.Binary:
		walk(e.L, fn)
		walk(e.R, fn)
	case *ast.Concat:
		for _, x := range e.Parts {
			walk(x, fn)
		}
	}
}

// FuzzRoundTrip checks that the printed form is a faithful picture of the
// tree: parsing what Print wrote gives a tree that prints the same, so
// `ovl parse` output can be fed back to ovl without changing its meaning.
// Trees that CppNix's printer cannot write as valid Nix (see unprintable)
// are exempt.
func FuzzRoundTrip(f *testing.F) {
	for _, text := range testInputs(f, 4096, "parse") {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		opts := Options{BaseDir: "/base", Home: "/home"}
		e, err := Parse(&ast.Source{Name: "/base/f.nix", Text: text}, opts)
		if err != nil || unprintable(e) {
			return
		}
		var first, second bytes.Buffer
		Print(&first, e)
		again, err := Parse(&ast.Source{Name: "/base/g.nix", Text: first.Bytes()}, opts)
		if err != nil {
			t.Fatalf("printed form %q does not parse: %v", first.String(), err)
		}
		if !sameTree(e, again) {
			Print(&second, again)
			t.Fatalf("printed form %q parses to another tree, printed %q", first.String(), second.String())
		}
	})
}

// sameTree reports whether a and b are the same tree up to what CppNix's
// printer does not keep: positions, binding order, the precision of
// floats past six digits (and the point of integral ones), the `..` of
// `~/` paths (printed as written, normalised when read back), `inherit (e) x` (printed `x = (e).x`), and
// string concatenation, printed `(a + b + c)` whatever it came from, so
// that an interpolated string reads back as a chain of `+` and `"${x}"`
// as `x`.
func sameTree(a, b ast.Expr) bool {
	a, b = canonConcat(a), canonConcat(b)
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	switch a := a.(type) {
	case *ast.Int:
		b, ok := b.(*ast.Int)
		return ok && a.Value == b.Value
	case *ast.Float:
		switch b := b.(type) {
		case *ast.Float:
			return ast.FormatFloat(a.Value) == ast.FormatFloat(b.Value)
		case *ast.Int:
			return ast.FormatFloat(a.Value) == strconv.FormatInt(b.Value, 10)
		}
		return false
	case *ast.String:
		b, ok := b.(*ast.String)
		return ok && a.Value == b.Value
	case *ast.Path:
		b, ok := b.(*ast.Path)
		return ok && path.Clean(a.Value) == path.Clean(b.Value)
	case *ast.Var:
		b, ok := b.(*ast.Var)
		return ok && a.Name == b.Name
	case *ast.CurPos:
		_, ok := b.(*ast.CurPos)
		return ok
	case *ast.Select:
		b, ok := b.(*ast.Select)
		return ok && sameTree(a.Subject, b.Subject) && samePath(a.Path, b.Path) && sameTree(a.Default, b.Default)
	case *ast.HasAttr:
		b, ok := b.(*ast.HasAttr)
		return ok && sameTree(a.Subject, b.Subject) && samePath(a.Path, b.Path)
	case *ast.AttrSet:
		b, ok := b.(*ast.AttrSet)
		if !ok || a.Rec != b.Rec || len(a.Dynamic) != len(b.Dynamic) || !sameBindings(a.Bindings, b.Bindings) {
			return false
		}
		for i, d := range a.Dynamic {
			if !sameTree(d.Name, b.Dynamic[i].Name) || !sameTree(d.Value, b.Dynamic[i].Value) {
				return false
			}
		}
		return true
	case *ast.List:
		b, ok := b.(*ast.List)
		return ok && slices.EqualFunc(a.Elems, b.Elems, sameTree)
	case *ast.Lambda:
		b, ok := b.(*ast.Lambda)
		if !ok || a.Arg != b.Arg || a.Name != b.Name || (a.Formals == nil) != (b.Formals == nil) || !sameTree(a.Body, b.Body) {
			return false
		}
		return a.Formals == nil || a.Formals.Ellipsis == b.Formals.Ellipsis &&
			slices.EqualFunc(a.Formals.Items, b.Formals.Items, func(x, y ast.Formal) bool {
				return x.Name == y.Name && sameTree(x.Default, y.Default)
			})
	case *ast.Call:
		b, ok := b.(*ast.Call)
		if !ok {
			return false
		}
		afn, aargs := flatCall(a)
		bfn, bargs := flatCall(b)
		return sameTree(afn, bfn) && slices.EqualFunc(aargs, bargs, sameTree)
	case *ast.Let:
		b, ok := b.(*ast.Let)
		return ok && sameBindings(a.Bindings, b.Bindings) && sameTree(a.Body, b.Body)
	case *ast.With:
		b, ok := b.(*ast.With)
		return ok && sameTree(a.Attrs, b.Attrs) && sameTree(a.Body, b.Body)
	case *ast.Assert:
		b, ok := b.(*ast.Assert)
		return ok && sameTree(a.Cond, b.Cond) && sameTree(a.Body, b.Body)
	case *ast.If:
		b, ok := b.(*ast.If)
		return ok && sameTree(a.Cond, b.Cond) && sameTree(a.Then, b.Then) && sameTree(a.Else, b.Else)
	case *ast.Not:
		b, ok := b.(*ast.Not)
		return ok && sameTree(a.E, b.E)
	case *ast.Binary:
		b, ok := b.(*ast.Binary)
		return ok && a.Op == b.Op && sameTree(a.L, b.L) && sameTree(a.R, b.R)
	case *ast.Concat:
		b, ok := b.(*ast.Concat)
		return ok && sameTree(a.Parts[0], b.Parts[0]) && sameTree(a.Parts[1], b.Parts[1])
	}
	panic(fmt.Sprintf("sameTree: unknown node %T", a))
}

// flatCall is a call as its printed form parses: a call whose function is
// a call (which only a string of one interpolation, printed `(f x)`, can
// put there) is one call with both argument lists, as the parser makes
// of `(f x) y`.
func flatCall(c *ast.Call) (ast.Expr, []ast.Expr) {
	fn, args := canonConcat(c.Fn), c.Args
	for {
		inner, ok := fn.(*ast.Call)
		if !ok {
			return fn, args
		}
		args = append(slices.Clone(inner.Args), args...)
		fn = canonConcat(inner.Fn)
	}
}

// canonConcat writes a concatenation of n parts as the left-nested chain
// of two-part concatenations that its printed form parses to.
func canonConcat(e ast.Expr) ast.Expr {
	c, ok := e.(*ast.Concat)
	if !ok || len(c.Parts) == 2 {
		return e
	}
	acc := canonConcat(c.Parts[0])
	for _, p := range c.Parts[1:] {
		acc = &ast.Concat{Parts: []ast.Expr{acc, p}}
	}
	return acc
}

func samePath(a, b []ast.AttrName) bool {
	return slices.EqualFunc(a, b, func(x, y ast.AttrName) bool {
		return (x.Dynamic == nil) == (y.Dynamic == nil) && x.Name == y.Name && sameTree(x.Dynamic, y.Dynamic)
	})
}

// sameBindings compares bindings by name: the printer reorders them.
func sameBindings(a, b []*ast.Binding) bool {
	if len(a) != len(b) {
		return false
	}
	byName := map[ast.Symbol]*ast.Binding{}
	for _, x := range b {
		byName[x.Name] = x
	}
	for _, x := range a {
		y := byName[x.Name]
		if y == nil || (x.Inherit == ast.Inherited) != (y.Inherit == ast.Inherited) || !sameTree(x.Value, y.Value) {
			return false
		}
	}
	return true
}

// FuzzScan checks the scanner's shortcut for identifiers and punctuation
// (quick) against its general path, which tries every rule as flex does:
// both make the same tokens.
func FuzzScan(f *testing.F) {
	for _, text := range testInputs(f, 4096, "parse", "parse-fail") {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		var quick []lexer.Token
		for l := newScanner(text); ; {
			var tok lexer.Token
			l.scan(&tok)
			quick = append(quick, tok)
			if tok.Type == tEOF {
				break
			}
		}
		var general []lexer.Token
		for l := newScanner(text); ; {
			var tok lexer.Token
			l.next(&tok)
			general = append(general, tok)
			if tok.Type == tLexError {
				var eof lexer.Token
				l.eof(&eof)
				general = append(general, eof)
			}
			if tok.Type == tEOF || tok.Type == tLexError {
				break
			}
		}
		if !slices.Equal(quick, general) {
			t.Fatalf("scan:\n%v\nthe general path:\n%v", quick, general)
		}
	})
}
