package eval

import (
	"io"
	"strconv"
	"strings"
	"unsafe"

	"github.com/ovl-nix/ovl/lang/ast"
)

// PrintValue formats v exactly as `nix-instantiate --eval` prints it,
// without forcing anything: unevaluated values print as `<CODE>`, and a
// set or list met a second time as `«repeated»`. Force first (ForceDeep)
// for --strict output.
func (m *Machine) PrintValue(v Value) string {
	p := printer{seen: map[unsafe.Pointer]bool{}}
	p.value(v, 0)
	return p.b.String()
}

// WriteValue writes what PrintValue returns to w as it goes, so that the
// text of a big value (the same long string a thousand times) need not
// fit in memory; it returns w's first error.
func (m *Machine) WriteValue(w io.Writer, v Value) error {
	p := printer{seen: map[unsafe.Pointer]bool{}, out: w}
	p.value(v, 0)
	p.flush()
	return p.err
}

type printer struct {
	b    strings.Builder
	seen map[unsafe.Pointer]bool
	out  io.Writer // WriteValue: where b goes once it is full; nil for PrintValue
	err  error     // out's first error
}

// flushAt is the size at which WriteValue passes the text on.
const flushAt = 64 << 10

// flush passes the text written so far to out.
func (p *printer) flush() {
	if p.out != nil && p.err == nil {
		_, p.err = io.WriteString(p.out, p.b.String())
	}
	p.b.Reset()
}

// maxPrintDepth bounds the nesting printed, so that printing a pathological
// structure cannot exhaust the Go stack.
const maxPrintDepth = 100000

func (p *printer) value(v Value, depth int) {
	if p.out != nil && p.b.Len() >= flushAt {
		p.flush()
	}
	if p.err != nil {
		return
	}
	if depth > maxPrintDepth {
		p.b.WriteString("«too deep»")
		return
	}
	switch v.k {
	case kInt:
		p.b.WriteString(strconv.FormatInt(int64(v.n), 10))
	case kBool:
		if v.n != 0 {
			p.b.WriteString("true")
		} else {
			p.b.WriteString("false")
		}
	case kNull:
		p.b.WriteString("null")
	case kFloat:
		p.b.WriteString(ast.FormatFloat(v.Float()))
	case kString, kStringCtx:
		p.b.WriteString(QuoteString(v.Str()))
	case kPath:
		p.b.WriteString(v.Str())
	case kAttrs:
		a := v.Attrs()
		if a.Len() > 0 {
			if p.seen[v.p] {
				p.b.WriteString("«repeated»")
				return
			}
			p.seen[v.p] = true
		}
		p.b.WriteString("{ ")
		a.Sorted(func(at *Attr) bool {
			p.b.WriteString(ast.ShowID(at.Name.String()))
			p.b.WriteString(" = ")
			p.value(at.Value, depth+1)
			p.b.WriteString("; ")
			return true
		})
		p.b.WriteString("}")
	case kList:
		if v.n > 0 {
			if p.seen[v.p] {
				p.b.WriteString("«repeated»")
				return
			}
			p.seen[v.p] = true
		}
		p.b.WriteString("[ ")
		for _, e := range v.List() {
			p.value(e, depth+1)
			p.b.WriteString(" ")
		}
		p.b.WriteString("]")
	case kThunk, kApp:
		if r, ok := v.evaluated(); ok {
			p.value(r, depth)
			return
		}
		p.b.WriteString("<CODE>")
	case kLambda:
		p.b.WriteString("<LAMBDA>")
	case kPrimOp:
		p.b.WriteString("<PRIMOP>")
	case kPrimOpApp:
		p.b.WriteString("<PRIMOP-APP>")
	default:
		p.b.WriteString("<INVALID>")
	}
}

// QuoteString prints a string value as Nix does: in double quotes, with
// `"`, `\`, newline, return, tab and `${` escaped.
func QuoteString(s string) string {
	var b strings.Builder
	ast.Quote(&b, s, ast.DollarBeforeBrace)
	return b.String()
}
