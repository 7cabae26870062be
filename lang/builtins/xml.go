package builtins

import (
	"sort"
	"strconv"
	"strings"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
)

// Conversion to XML.
func xmlBuiltins() []eval.Builtin {
	return []eval.Builtin{
		{Name: "toXML", Scope: eval.GlobalUnderscore, Arity: 1, Fn: primToXML},
	}
}

// primToXML writes a value in the XML format of CppNix 2.8, forcing it
// deeply; derivations are written once, then as <repeated />.
func primToXML(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	w := &xmlWriter{m: m, drvsSeen: map[string]bool{}}
	w.b.WriteString("<?xml version='1.0' encoding='utf-8'?>\n")
	w.open("expr", nil)
	if err := w.value(args[0], pos); err != nil {
		return eval.Value{}, err
	}
	w.close()
	// Attribute names may hold a NUL (see attrNames), written as they
	// are: CppNix's result, a C string, ends at the first one.
	text, _, _ := strings.Cut(w.b.String(), "\x00")
	return eval.NewStringWithContext(text, normContext(w.ctx)), nil
}

// xmlAttr is an XML attribute; attributes are written sorted by name.
type xmlAttr struct{ name, value string }

type xmlWriter struct {
	m        *eval.Machine
	b        strings.Builder
	stack    []string // the elements opened and not closed yet
	drvsSeen map[string]bool
	ctx      eval.Context
}

func (w *xmlWriter) indent() { w.b.WriteString(strings.Repeat("  ", len(w.stack))) }

// fits checks that the text stays within the size bound of a string
// (see eval.CheckStringSize) with s written as an attribute value.
func (w *xmlWriter) fits(pos ast.Pos, s string) error {
	n := w.b.Len() + len(s)
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"':
			n += len("&quot;") - 1
		case '<', '>':
			n += len("&lt;") - 1
		case '&', '\n':
			n += len("&amp;") - 1
		}
	}
	return w.m.CheckStringSize(pos, n)
}

func (w *xmlWriter) xmlAttrs(as []xmlAttr) {
	sort.Slice(as, func(i, j int) bool { return as[i].name < as[j].name })
	for _, a := range as {
		w.b.WriteString(" " + a.name + `="`)
		for i := 0; i < len(a.value); i++ {
			switch c := a.value[i]; c {
			case '"':
				w.b.WriteString("&quot;")
			case '<':
				w.b.WriteString("&lt;")
			case '>':
				w.b.WriteString("&gt;")
			case '&':
				w.b.WriteString("&amp;")
			case '\n':
				w.b.WriteString("&#xA;")
			default:
				w.b.WriteByte(c)
			}
		}
		w.b.WriteByte('"')
	}
}

func (w *xmlWriter) open(name string, as []xmlAttr) {
	w.indent()
	w.b.WriteString("<" + name)
	w.xmlAttrs(as)
	w.b.WriteString(">\n")
	w.stack = append(w.stack, name)
}

func (w *xmlWriter) close() {
	name := w.stack[len(w.stack)-1]
	w.stack = w.stack[:len(w.stack)-1]
	w.indent()
	w.b.WriteString("</" + name + ">\n")
}

func (w *xmlWriter) empty(name string, as ...xmlAttr) {
	w.indent()
	w.b.WriteString("<" + name)
	w.xmlAttrs(as)
	w.b.WriteString(" />\n")
}

// maxXMLDepth bounds the nesting written. Each level indents its lines
// two more spaces, so the text grows with the square of the depth: CppNix
// (no bound but its stack) fills 16 GB before running out of stack on a
// list nested a million deep. At this depth the text is 200 MB at most.
const maxXMLDepth = 10000

func (w *xmlWriter) value(v eval.Value, pos ast.Pos) error {
	if len(w.stack) >= maxXMLDepth {
		return eval.Errorf(eval.StackOverflowError, ast.Pos{}, "stack overflow (possible infinite recursion)")
	}
	m := w.m
	// Between two values the text grows by some markup; strings are
	// checked before they are written (see fits).
	if err := m.CheckStringSize(pos, w.b.Len()); err != nil {
		return err
	}
	v, err := m.Force(v, pos)
	if err != nil {
		return err
	}
	switch v.Type() {
	case eval.TypeInt:
		w.empty("int", xmlAttr{"value", strconv.FormatInt(v.Int(), 10)})
	case eval.TypeBool:
		w.empty("bool", xmlAttr{"value", strconv.FormatBool(v.Bool())})
	case eval.TypeString:
		if err := w.fits(pos, v.Str()); err != nil {
			return err
		}
		w.ctx = append(w.ctx, v.Context()...)
		w.empty("string", xmlAttr{"value", v.Str()})
	case eval.TypePath:
		if err := w.fits(pos, v.Str()); err != nil {
			return err
		}
		w.empty("path", xmlAttr{"value", v.Str()})
	case eval.TypeNull:
		w.empty("null")
	case eval.TypeFloat:
		w.empty("float", xmlAttr{"value", ast.FormatFloat(v.Float())})
	case eval.TypeList:
		w.open("list", nil)
		for _, e := range v.List() {
			if err := w.value(e, pos); err != nil {
				return err
			}
		}
		w.close()
	case eval.TypeAttrs:
		return w.attrSet(v)
	case eval.TypeFunction:
		fn := v.Lambda()
		if fn == nil {
			w.empty("unevaluated")
			break
		}
		w.open("function", nil)
		if fn.Formals != nil {
			var as []xmlAttr
			if fn.Arg != 0 {
				as = append(as, xmlAttr{"name", fn.Arg.String()})
			}
			if fn.Formals.Ellipsis {
				as = append(as, xmlAttr{"ellipsis", "1"})
			}
			w.open("attrspat", as)
			names := make([]string, len(fn.Formals.Items))
			for i, f := range fn.Formals.Items {
				names[i] = f.Name.String()
			}
			sort.Strings(names)
			for _, n := range names {
				w.empty("attr", xmlAttr{"name", n})
			}
			w.close()
		} else {
			w.empty("varpat", xmlAttr{"name", fn.Arg.String()})
		}
		w.close()
	}
	return nil
}

// attrSet writes a set, or a derivation with its paths as attributes.
func (w *xmlWriter) attrSet(v eval.Value) error {
	m := w.m
	a := v.Attrs()
	isDrv, err := m.IsDerivation(v)
	if err != nil {
		return err
	}
	if !isDrv {
		w.open("attrs", nil)
		if err := w.setAttrs(a); err != nil {
			return err
		}
		w.close()
		return nil
	}
	var as []xmlAttr
	drvPath := ""
	for _, name := range []string{"drvPath", "outPath"} {
		at := lookupAttr(a, name)
		if at == nil {
			continue
		}
		pv, err := m.ForceAttr(at, attrPosOr(at, ast.Pos{}))
		if err != nil {
			return err
		}
		if pv.Type() == eval.TypeString {
			if err := w.fits(attrPosOr(at, ast.Pos{}), pv.Str()); err != nil {
				return err
			}
			as = append(as, xmlAttr{name, pv.Str()})
			if name == "drvPath" {
				drvPath = pv.Str()
			}
		}
	}
	w.open("derivation", as)
	if drvPath != "" && !w.drvsSeen[drvPath] {
		w.drvsSeen[drvPath] = true
		if err := w.setAttrs(a); err != nil {
			return err
		}
	} else {
		w.empty("repeated")
	}
	w.close()
	return nil
}

// attrs_ writes the attributes of a set in name order.
func (w *xmlWriter) setAttrs(a *eval.Attrs) error {
	var err error
	a.Sorted(func(at *eval.Attr) bool {
		pos := attrPosOr(at, ast.Pos{})
		if err = w.fits(pos, at.Name.String()); err != nil {
			return false
		}
		w.open("attr", []xmlAttr{{"name", at.Name.String()}})
		if err = w.value(at.Value, pos); err != nil {
			return false
		}
		w.close()
		return true
	})
	return err
}

// lookupAttr finds an attribute by its text.
func lookupAttr(a *eval.Attrs, name string) *eval.Attr {
	sym, ok := ast.Lookup(name)
	if !ok {
		return nil
	}
	return a.Lookup(sym)
}
