package eval

import (
	"io"
	"strconv"
	"strings"

	"github.com/ovl-nix/ovl/lang/ast"
)

// PrintJSON converts v to JSON as `nix-instantiate --eval --json` does:
// sets with __toString or outPath become strings, paths become store
// paths, keys are sorted. With strict, values are forced as needed;
// without, an unevaluated value is an error. On error the text printed so
// far is returned too, with the open lists and objects closed, because
// CppNix prints exactly that before the error.
//
// The text is a string value (builtins.toJSON): past the size bound of a
// string, it is the "out of memory" error (see CheckStringSize).
func (m *Machine) PrintJSON(v Value, strict bool, pos ast.Pos) (string, Context, error) {
	j := jsonPrinter{m: m, strict: strict}
	err := j.value(v, pos, 0)
	j.closeAll(err)
	return j.b.String(), j.ctx, err
}

// WriteJSON writes what PrintJSON returns to w as it goes, with no bound
// on its size: the output of `--json`. It returns the evaluation error,
// else w's first error.
func (m *Machine) WriteJSON(w io.Writer, v Value, strict bool, pos ast.Pos) error {
	j := jsonPrinter{m: m, strict: strict, out: w}
	err := j.value(v, pos, 0)
	if j.werr != nil {
		return j.werr // nothing more can be written
	}
	j.closeAll(err)
	j.flush()
	if err == nil {
		err = j.werr
	}
	return err
}

type jsonPrinter struct {
	m      *Machine
	strict bool
	b      strings.Builder
	open   []byte // closing brackets of the containers being written
	ctx    Context
	out    io.Writer // WriteJSON: where b goes once it is full; nil for PrintJSON
	werr   error     // out's first error
}

// closeAll closes the open lists and objects after an error, as CppNix
// does.
func (j *jsonPrinter) closeAll(err error) {
	if err != nil {
		for i := len(j.open) - 1; i >= 0; i-- {
			j.b.WriteByte(j.open[i])
		}
	}
}

// flush passes the text written so far to out.
func (j *jsonPrinter) flush() {
	if j.werr == nil {
		_, j.werr = io.WriteString(j.out, j.b.String())
	}
	j.b.Reset()
}

// grow checks, before n more bytes are written, that PrintJSON's text
// stays within the size bound of a string, or passes WriteJSON's on.
func (j *jsonPrinter) grow(pos ast.Pos, n int) error {
	if j.out == nil {
		return j.m.CheckStringSize(pos, j.b.Len()+n)
	}
	if j.b.Len() >= flushAt {
		j.flush()
	}
	return j.werr
}

func (j *jsonPrinter) value(v Value, pos ast.Pos, depth int) error {
	if depth > maxPrintDepth {
		return stackOverflow()
	}
	m := j.m
	// The text grows by a few bytes between two values, by strings
	// only after a check (see str).
	if err := j.grow(pos, 0); err != nil {
		return err
	}
	if j.strict {
		var err error
		if v, err = m.Force(v, pos); err != nil {
			return err
		}
	} else {
		v, _ = v.evaluated()
	}
	switch v.k {
	case kInt:
		j.b.WriteString(strconv.FormatInt(int64(v.n), 10))
	case kBool:
		if v.n != 0 {
			j.b.WriteString("true")
		} else {
			j.b.WriteString("false")
		}
	case kNull:
		j.b.WriteString("null")
	case kFloat:
		j.b.WriteString(ast.FormatFloat(v.Float()))
	case kString, kStringCtx:
		j.ctx = j.ctx.Union(v.Context())
		return j.str(pos, v.Str())
	case kPath:
		sp, err := m.CopyPathToStore(v.Str())
		if err != nil {
			return err
		}
		j.ctx = j.ctx.Union(Context{sp})
		return j.str(pos, sp)
	case kAttrs:
		a := v.Attrs()
		if f := a.Lookup(symToString); f != nil {
			r, err := m.Call(f.Value, pos, v)
			if err != nil {
				return err
			}
			var ctx Context
			s, err := m.coerceToString(pos, r, &ctx, false, false, true)
			if err != nil {
				return err
			}
			j.ctx = j.ctx.Union(ctx)
			return j.str(pos, s)
		}
		if o := a.Lookup(symOutPath); o != nil {
			return j.value(o.Value, attrPos(o), depth+1)
		}
		j.b.WriteByte('{')
		j.open = append(j.open, '}')
		first := true
		var err error
		a.Sorted(func(at *Attr) bool {
			if !first {
				j.b.WriteByte(',')
			}
			first = false
			if err = j.str(pos, at.Name.String()); err != nil {
				return false
			}
			j.b.WriteByte(':')
			err = j.value(at.Value, attrPos(at), depth+1)
			return err == nil
		})
		if err != nil {
			return err
		}
		j.open = j.open[:len(j.open)-1]
		j.b.WriteByte('}')
	case kList:
		j.b.WriteByte('[')
		j.open = append(j.open, ']')
		for i, e := range v.List() {
			if i > 0 {
				j.b.WriteByte(',')
			}
			if err := j.value(e, pos, depth+1); err != nil {
				return err
			}
		}
		j.open = j.open[:len(j.open)-1]
		j.b.WriteByte(']')
	default:
		err := Errorf(TypeError, m.DeterminePos(v, pos), "cannot convert %s to JSON", TypeName(v))
		return AddTrace(err, pos, "message for the trace")
	}
	return nil
}

// str writes s as a JSON string if the text stays within the size bound
// of a string (see CheckStringSize).
func (j *jsonPrinter) str(pos ast.Pos, s string) error {
	n := 0
	if j.out == nil {
		n = jsonStringLen(s)
	}
	if err := j.grow(pos, n); err != nil {
		return err
	}
	writeJSONString(&j.b, s)
	return nil
}

func attrPos(a *Attr) ast.Pos {
	if a.Pos == nil {
		return ast.Pos{}
	}
	return *a.Pos
}

// writeJSONString writes s as a JSON string the way CppNix escapes it:
// `"`, `\`, \n, \r, \t and other control characters; other bytes as they
// are.
func writeJSONString(b *strings.Builder, s string) {
	const hexDigits = "0123456789abcdef"
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20:
			b.WriteString(`\u00`)
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&0xf])
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
}

// jsonStringLen is the length of what writeJSONString writes for s.
func jsonStringLen(s string) int {
	n := len(s) + 2
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t':
			n++
		case c < 0x20:
			n += 5
		}
	}
	return n
}

// WriteJSONString is writeJSONString for builtins.toJSON.
func WriteJSONString(b *strings.Builder, s string) { writeJSONString(b, s) }
