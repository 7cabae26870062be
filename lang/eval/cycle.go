package eval

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unsafe"

	"github.com/ovl-nix/ovl/lang/ast"
)

// An infinite recursion error names the cycle it went round (SPEC §4.4):
// `final.a (10-a.nix:3:7) → final.b (20-b.nix:2:9) → final.a`. Nothing is
// recorded while evaluation succeeds. When a thunk under evaluation (or a
// file being imported) is entered again, the error starts a cycle; as it
// unwinds, every thunk, application and file whose evaluation it leaves adds
// a step, until it leaves the one that was re-entered. The expression that
// forced each thunk (a variable or a select: the "accessor") names its step
// as the error passes through it.

// cycle is the chain an infinite recursion error has unwound through.
type cycle struct {
	target unsafe.Pointer // the *Thunk, *appThunk or *fileEntry re-entered
	steps  []cycleStep    // innermost first: steps[0] is the re-entry
	closed bool           // the target's own evaluation has been left
	// nameable says that the last step was just added and its accessor
	// has not named it yet.
	nameable bool
}

// cycleStep is one value the cycle goes through.
type cycleStep struct {
	name string   // how it was reached: `final.a`, `x`; "" when unnamed
	expr ast.Expr // the thunk's expression (its text shows an unnamed step)
	pos  ast.Pos  // where its code is
	file string   // for an imported file: its path
}

// withCycle makes err the start of a cycle that re-entered target.
func withCycle(err *Error, target unsafe.Pointer, file string) *Error {
	err.cycle = &cycle{target: target, steps: []cycleStep{{file: file}}, nameable: file == ""}
	return err
}

// unwindCycle records that err leaves the evaluation of target: a thunk of
// expr, an application of the function at pos, or the import of file.
func unwindCycle(err error, target unsafe.Pointer, expr ast.Expr, pos ast.Pos, file string) {
	e, ok := err.(*Error)
	if !ok || e.cycle == nil {
		return
	}
	c := e.cycle
	if c.closed {
		c.nameable = false
		return
	}
	if expr != nil {
		pos = expr.Position()
	}
	c.steps = append(c.steps, cycleStep{expr: expr, pos: pos, file: file})
	c.nameable = file == ""
	c.closed = target == c.target
}

// nameVarStep names the step of a thunk that variable v forced.
func nameVarStep(err error, v *ast.Var) {
	if c := nameableCycle(err); c != nil {
		c.steps[len(c.steps)-1].name = v.Name.String()
		c.nameable = false
	}
}

// nameSelectStep names the step of a thunk that the first n steps of an
// attribute path selected from subject (`e.a.b`, `e ? a.b`) forced.
func nameSelectStep(err error, subject ast.Expr, path []ast.AttrName, n int) {
	c := nameableCycle(err)
	if c == nil {
		return
	}
	c.steps[len(c.steps)-1].name = clipText(selectText(subject, path[:n]))
	c.nameable = false
}

// exprText is an expression in a hint, much as it is written in the
// source: variables, selects and calls bare, the rest as `ovl parse`
// prints it (parenthesised).
func exprText(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Var:
		return e.Name.String()
	case *ast.Select:
		if e.Default == nil {
			return selectText(e.Subject, e.Path)
		}
	case *ast.Call:
		parts := make([]string, 0, 1+len(e.Args))
		parts = append(parts, atomText(e.Fn))
		for _, a := range e.Args {
			parts = append(parts, atomText(a))
		}
		return strings.Join(parts, " ")
	}
	return showExpr(e)
}

// atomText is exprText as an operand: a call in parentheses, a literal
// as written, and anything else elided, since the step's position shows
// it.
func atomText(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Var, *ast.Select:
		return exprText(e)
	case *ast.Call:
		return "(" + exprText(e) + ")"
	case *ast.Int, *ast.Float, *ast.String:
		return showExpr(e)
	case *ast.Path:
		if p := hintPath(e.Value); !strings.HasPrefix(p, "/") {
			return "./" + p
		}
		return e.Value
	}
	return "(…)"
}

// selectText is `subject.a.b`, with dynamic steps as `${e}`.
func selectText(subject ast.Expr, path []ast.AttrName) string {
	var b strings.Builder
	b.WriteString(atomText(subject))
	for _, a := range path {
		b.WriteByte('.')
		if a.Dynamic != nil {
			b.WriteString("${" + exprText(a.Dynamic) + "}")
		} else {
			b.WriteString(ast.ShowID(a.Name.String()))
		}
	}
	return b.String()
}

func nameableCycle(err error) *cycle {
	if e, ok := err.(*Error); ok && e.cycle != nil && e.cycle.nameable {
		return e.cycle
	}
	return nil
}

// maxCycleSteps bounds the steps a hint shows: the first and the last ones
// of a longer cycle are shown around an ellipsis.
const maxCycleSteps = 10

// hint describes a closed cycle on one line, outermost step first:
// `cycle: final.a (overlays/10-a.nix:3:7) → final.b (…) → final.a`.
func (c *cycle) hint() string {
	if c == nil || !c.closed {
		return ""
	}
	n := len(c.steps)
	// The first step and the re-entry are the same value, reached once
	// from outside the cycle and once from inside it: each shows its own
	// name, or the other's when it has none (forced by a builtin).
	first, again := c.steps[n-1].name, c.steps[0].name
	if first == "" {
		first = again
	} else if again == "" {
		again = first
	}
	parts := make([]string, 0, n)
	for i := n - 1; i >= 1; i-- {
		s := c.steps[i]
		if i == n-1 {
			s.name = first
		}
		parts = append(parts, s.show())
	}
	if c.steps[0].file != "" {
		parts = append(parts, "import "+hintPath(c.steps[0].file))
	} else {
		parts = append(parts, showName(again, c.steps[n-1].expr))
	}
	if len(parts) > maxCycleSteps {
		head, tail := parts[:maxCycleSteps/2], parts[len(parts)-maxCycleSteps/2+1:]
		more := "… " + strconv.Itoa(len(parts)-len(head)-len(tail)) + " more …"
		parts = append(append(append([]string(nil), head...), more), tail...)
	}
	return "cycle: " + strings.Join(parts, " → ")
}

// show formats a step: its name and where its code is.
func (s cycleStep) show() string {
	if s.file != "" {
		return "import " + hintPath(s.file)
	}
	text := showName(s.name, s.expr)
	if s.pos.IsValid() {
		text += " (" + hintPos(s.pos) + ")"
	}
	return text
}

// showName is the name of a step, or for an unnamed one the expression it
// evaluates.
func showName(name string, expr ast.Expr) string {
	switch {
	case name != "":
		return name
	case expr != nil:
		return "«" + clipText(exprText(expr)) + "»"
	}
	return "«function application»"
}

// clipText shortens the text of an expression for a one-line hint.
func clipText(s string) string {
	const maxLen = 40
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > maxLen {
		for i := maxLen; i > 0; i-- {
			if s[i]&0xC0 != 0x80 { // cut at a rune boundary
				return s[:i] + "…"
			}
		}
	}
	return s
}

// hintPos is a position in a hint: file:line:col, with the file relative
// to the working directory when it is below it.
func hintPos(p ast.Pos) string {
	name := p.Src.Name
	if !strings.HasPrefix(name, "«") {
		name = hintPath(name)
	}
	return name + ":" + strconv.Itoa(int(p.Line)) + ":" + strconv.Itoa(int(p.Col))
}

func hintPath(path string) string {
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, path); err == nil && rel != ".." && !strings.HasPrefix(rel, "../") {
			return rel
		}
	}
	return path
}
