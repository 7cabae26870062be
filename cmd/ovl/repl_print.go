package main

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/diag"
	"github.com/ovl-nix/ovl/lang/eval"
)

// The colours of `nix repl` 2.8's value printer.
const (
	replCyan    = "\x1b[36;1m" // integers, Booleans, null
	replMagenta = "\x1b[35;1m" // strings, builtins
	replGreen   = "\x1b[32;1m" // paths
	replBlue    = "\x1b[34;1m" // lambdas, partial applications
	replRed     = "\x1b[31;1m" // errors inside a value
	replNormal  = "\x1b[0m"
)

// maxReplPrintDepth bounds the nesting :p walks, so that an endless
// structure that is not a cycle (`let f = n: { a = f n; }; in f 0`) ends
// with «too deep» instead of exhausting the Go stack.
const maxReplPrintDepth = 10000

// replPrinter prints values as `nix repl` does, which differs from
// nix-instantiate's printer (eval.PrintValue): it forces what it prints,
// stops at a depth (`{ ... }`, `[ ... ]`), shows derivations as
// «derivation PATH» and functions as «lambda @ POS», and prints a thrown
// error or failed assertion inside a value in place, as «error: …».
type replPrinter struct {
	s    *replSession
	b    bytes.Buffer
	seen map[any]bool // sets and lists printed so far, for «repeated»
}

// printValue renders v down to depth levels (1 for plain expressions, as
// `nix repl`; unbounded for :p). It returns the first error that is not
// caught in place; the caller then prints only the error, never half a
// value.
func (s *replSession) printValue(v eval.Value, depth int) (string, error) {
	p := &replPrinter{s: s, seen: map[any]bool{}}
	if err := p.value(v, depth, 0); err != nil {
		return "", err
	}
	return p.b.String(), nil
}

func (p *replPrinter) paint(code, text string) {
	if p.s.color {
		p.b.WriteString(code + text + replNormal)
		return
	}
	p.b.WriteString(text)
}

func (p *replPrinter) value(v eval.Value, depth, level int) error {
	if p.s.stopped.Load() {
		return eval.Errorf(eval.EvalError, ast.Pos{}, "interrupted by the user")
	}
	if level > maxReplPrintDepth {
		p.b.WriteString("«too deep»")
		return nil
	}
	m := p.s.m
	v, err := m.Force(v, m.DeterminePos(v, ast.Pos{}))
	if err != nil {
		return err
	}
	switch v.Type() {
	case eval.TypeInt:
		p.paint(replCyan, strconv.FormatInt(v.Int(), 10))
	case eval.TypeBool:
		p.paint(replCyan, strconv.FormatBool(v.Bool()))
	case eval.TypeNull:
		p.paint(replCyan, "null")
	case eval.TypeFloat:
		p.b.WriteString(ast.FormatFloat(v.Float()))
	case eval.TypeString:
		p.paint(replMagenta, replQuote(v.Str()))
	case eval.TypePath:
		p.paint(replGreen, v.Str())
	case eval.TypeAttrs:
		return p.attrs(v.Attrs(), depth, level)
	case eval.TypeList:
		return p.list(v.List(), depth, level)
	case eval.TypeFunction:
		switch {
		case v.Lambda() != nil:
			p.paint(replBlue, "«lambda @ "+eval.ShowPos(v.Lambda().Pos)+"»")
		case m.PrintValue(v) == "<PRIMOP-APP>":
			p.paint(replBlue, "«primop-app»")
		default:
			p.paint(replMagenta, "«primop»")
		}
	default:
		p.paint(replRed, "«unknown»")
	}
	return nil
}

func (p *replPrinter) attrs(a *eval.Attrs, depth, level int) error {
	// The value printed is a copy in `nix repl`, which the «repeated»
	// check does not see: only sets and lists inside it count.
	if a.Len() > 0 && level > 0 {
		p.seen[a] = true
	}
	if drv, err := p.derivationPath(a); err != nil {
		return err
	} else if drv != "" {
		p.b.WriteString("«derivation " + drv + "»")
		return nil
	}
	if depth <= 0 {
		p.b.WriteString("{ ... }")
		return nil
	}
	p.b.WriteString("{ ")
	var err error
	a.Sorted(func(at *eval.Attr) bool {
		name := at.Name.String()
		if isReplVarName(name) {
			p.b.WriteString(name)
		} else {
			p.b.WriteString(replQuote(name))
		}
		p.b.WriteString(" = ")
		if err = p.element(at.Value, depth, level); err != nil {
			return false
		}
		p.b.WriteString("; ")
		return true
	})
	if err != nil {
		return err
	}
	p.b.WriteString("}")
	return nil
}

func (p *replPrinter) list(elems []eval.Value, depth, level int) error {
	if len(elems) > 0 && level > 0 {
		p.seen[&elems[0]] = true
	}
	p.b.WriteString("[ ")
	if depth <= 0 {
		p.b.WriteString("... ]")
		return nil
	}
	for _, e := range elems {
		if err := p.element(e, depth, level); err != nil {
			return err
		}
		p.b.WriteString(" ")
	}
	p.b.WriteString("]")
	return nil
}

// element prints an attribute value or list element one level down:
// «repeated» for a set or list already printed, and a thrown error or
// failed assertion as «error: …» in place, as `nix repl` does.
func (p *replPrinter) element(v eval.Value, depth, level int) error {
	m := p.s.m
	mark := p.b.Len()
	fv, err := m.Force(v, m.DeterminePos(v, ast.Pos{}))
	if err == nil {
		if p.isSeen(fv) {
			p.b.WriteString("«repeated»")
			return nil
		}
		err = p.value(fv, depth-1, level+1)
	}
	if err != nil && eval.IsCatchable(err) && !p.s.stopped.Load() {
		p.b.Truncate(mark) // what the element printed before failing
		p.paint(replRed, "«error: "+p.s.formatError(err, diag.Style{Color: p.s.color}, p.s.showTrace)+"»")
		return nil
	}
	return err
}

func (p *replPrinter) isSeen(v eval.Value) bool {
	switch v.Type() {
	case eval.TypeAttrs:
		return v.Attrs().Len() > 0 && p.seen[v.Attrs()]
	case eval.TypeList:
		l := v.List()
		return len(l) > 0 && p.seen[&l[0]]
	}
	return false
}

// derivationPath returns the drvPath of a derivation (a set whose `type`
// is "derivation"), "???" when it has none, and "" for other sets.
func (p *replPrinter) derivationPath(a *eval.Attrs) (string, error) {
	m := p.s.m
	t, ok := a.GetString("type")
	if !ok {
		return "", nil
	}
	t, err := m.Force(t, ast.Pos{})
	if err != nil {
		return "", err
	}
	if t.Type() != eval.TypeString || t.Str() != "derivation" {
		return "", nil
	}
	drv, ok := a.GetString("drvPath")
	if !ok {
		return "???", nil
	}
	s, _, err := m.CoerceToPath(ast.Pos{}, drv)
	return s, err
}

// replQuote quotes a string as `nix repl` 2.8 does: unlike
// nix-instantiate, it leaves `${` alone.
func replQuote(s string) string {
	var b strings.Builder
	ast.Quote(&b, s, ast.DollarNone)
	return b.String()
}

// isReplVarName is `nix repl`'s test for printing an attribute name bare:
// letters, digits, `_`, `-` and `'`, not starting with a digit, `-` or
// `'` (keywords included: `{ if = 2; }`). It also decides which lines are
// `name = expr` bindings.
func isReplVarName(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c >= '0' && c <= '9' || c == '-' || c == '\'' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '\'') {
			return false
		}
	}
	return true
}
