package parser

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ovl-nix/ovl/lang/ast"
)

// FuzzParse checks that no input makes Parse panic, and that Print's
// output parses again. CppNix's printed form is not always valid Nix:
// `assert` is printed without parentheses, names that are keywords other
// than `if` are printed bare, floats may be printed with an exponent and
// the first part of an interpolated path ends in a slash;
// trees containing those are exempt from the second check.
func FuzzParse(f *testing.F) {
	for _, dir := range []string{"parse", "parse-fail"} {
		files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", dir, "*.nix"))
		for _, file := range files {
			if text, err := os.ReadFile(file); err == nil && len(text) < 4096 {
				f.Add(text)
			}
		}
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		opts := Options{BaseDir: "/base", Home: "/home"}
		e, err := Parse(&ast.Source{Name: "/base/f.nix", Text: text}, opts)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("error of type %T", err)
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
		case *ast.Path:
			found = found || strings.HasSuffix(e.Value, "/")
		case *ast.Float:
			if strings.ContainsAny(ast.FormatFloat(e.Value), "e") {
				found = true
			}
		case *ast.AttrSet:
			for _, b := range e.Bindings {
				found = found || isKeyword(b.Name.String())
			}
		case *ast.Let:
			for _, b := range e.Bindings {
				found = found || isKeyword(b.Name.String())
			}
		case *ast.Select:
			found = found || pathHasKeyword(e.Path)
		case *ast.HasAttr:
			found = found || pathHasKeyword(e.Path)
		}
	})
	return found
}

func isKeyword(s string) bool { return keyword([]byte(s)) >= 0 && s != "if" && s != "or" }

func pathHasKeyword(p []ast.AttrName) bool {
	for _, n := range p {
		if n.Dynamic == nil && isKeyword(n.Name.String()) {
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
