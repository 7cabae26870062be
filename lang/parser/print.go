package parser

import (
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/ovl-nix/ovl/lang/ast"
)

// Print writes e in the canonical, fully parenthesised form that
// `nix-instantiate --parse` prints, followed by a newline, byte for byte.
// Like CppNix, it lists a let's bindings in symbol order (the order names
// were first interned) and a set's bindings sorted by name.
func Print(w io.Writer, e ast.Expr) {
	var b strings.Builder
	printExpr(&b, e)
	b.WriteByte('\n')
	io.WriteString(w, b.String())
}

func printExpr(b *strings.Builder, e ast.Expr) {
	switch e := e.(type) {
	case *ast.Int:
		b.WriteString(strconv.FormatInt(e.Value, 10))
	case *ast.Float:
		b.WriteString(ast.FormatFloat(e.Value))
	case *ast.String:
		b.WriteString(ast.ShowString(e.Value))
	case *ast.Path:
		b.WriteString(e.Value)
	case *ast.Var:
		b.WriteString(ast.ShowID(e.Name.String()))
	case *ast.CurPos:
		b.WriteString("__curPos")
	case *ast.Select:
		b.WriteByte('(')
		printExpr(b, e.Subject)
		b.WriteString(").")
		b.WriteString(showAttrPath(e.Path))
		if e.Default != nil {
			b.WriteString(" or (")
			printExpr(b, e.Default)
			b.WriteByte(')')
		}
	case *ast.HasAttr:
		b.WriteString("((")
		printExpr(b, e.Subject)
		b.WriteString(") ? ")
		b.WriteString(showAttrPath(e.Path))
		b.WriteByte(')')
	case *ast.AttrSet:
		if e.Rec {
			b.WriteString("rec ")
		}
		b.WriteString("{ ")
		bs := append([]*ast.Binding(nil), e.Bindings...)
		sort.SliceStable(bs, func(i, j int) bool { return bs[i].Name.String() < bs[j].Name.String() })
		for _, x := range bs {
			if x.Inherit == ast.Inherited {
				b.WriteString("inherit " + ast.ShowID(x.Name.String()) + " ; ")
			} else {
				b.WriteString(ast.ShowID(x.Name.String()) + " = ")
				printExpr(b, x.Value)
				b.WriteString("; ")
			}
		}
		for _, d := range e.Dynamic {
			b.WriteString(`"${`)
			printExpr(b, d.Name)
			b.WriteString(`}" = `)
			printExpr(b, d.Value)
			b.WriteString("; ")
		}
		b.WriteByte('}')
	case *ast.List:
		b.WriteString("[ ")
		for _, x := range e.Elems {
			b.WriteByte('(')
			printExpr(b, x)
			b.WriteString(") ")
		}
		b.WriteByte(']')
	case *ast.Lambda:
		b.WriteByte('(')
		if e.Formals != nil {
			b.WriteString("{ ")
			for i, f := range e.Formals.Items {
				if i > 0 {
					b.WriteString(", ")
				}
				b.WriteString(ast.ShowID(f.Name.String()))
				if f.Default != nil {
					b.WriteString(" ? ")
					printExpr(b, f.Default)
				}
			}
			if e.Formals.Ellipsis {
				if len(e.Formals.Items) > 0 {
					b.WriteString(", ")
				}
				b.WriteString("...")
			}
			b.WriteString(" }")
			if e.Arg != 0 {
				b.WriteString(" @ ")
			}
		}
		if e.Arg != 0 {
			b.WriteString(ast.ShowID(e.Arg.String()))
		}
		b.WriteString(": ")
		printExpr(b, e.Body)
		b.WriteByte(')')
	case *ast.Call:
		b.WriteByte('(')
		printExpr(b, e.Fn)
		for _, a := range e.Args {
			b.WriteByte(' ')
			printExpr(b, a)
		}
		b.WriteByte(')')
	case *ast.Let:
		b.WriteString("(let ")
		bs := append([]*ast.Binding(nil), e.Bindings...)
		sort.SliceStable(bs, func(i, j int) bool { return bs[i].Name < bs[j].Name })
		for _, x := range bs {
			if x.Inherit == ast.Inherited {
				b.WriteString("inherit " + ast.ShowID(x.Name.String()) + "; ")
			} else {
				b.WriteString(ast.ShowID(x.Name.String()) + " = ")
				printExpr(b, x.Value)
				b.WriteString("; ")
			}
		}
		b.WriteString("in ")
		printExpr(b, e.Body)
		b.WriteByte(')')
	case *ast.With:
		b.WriteString("(with ")
		printExpr(b, e.Attrs)
		b.WriteString("; ")
		printExpr(b, e.Body)
		b.WriteByte(')')
	case *ast.If:
		b.WriteString("(if ")
		printExpr(b, e.Cond)
		b.WriteString(" then ")
		printExpr(b, e.Then)
		b.WriteString(" else ")
		printExpr(b, e.Else)
		b.WriteByte(')')
	case *ast.Assert:
		b.WriteString("assert ")
		printExpr(b, e.Cond)
		b.WriteString("; ")
		printExpr(b, e.Body)
	case *ast.Not:
		b.WriteString("(! ")
		printExpr(b, e.E)
		b.WriteByte(')')
	case *ast.Binary:
		b.WriteByte('(')
		printExpr(b, e.L)
		b.WriteString(" " + e.Op.String() + " ")
		printExpr(b, e.R)
		b.WriteByte(')')
	case *ast.Concat:
		b.WriteByte('(')
		for i, x := range e.Parts {
			if i > 0 {
				b.WriteString(" + ")
			}
			printExpr(b, x)
		}
		b.WriteByte(')')
	}
}
