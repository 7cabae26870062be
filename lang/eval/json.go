package eval

import (
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
func (m *Machine) PrintJSON(v Value, strict bool, pos ast.Pos) (string, Context, error) {
	j := jsonPrinter{m: m, strict: strict}
	err := j.value(v, pos, 0)
	if err != nil {
		for i := len(j.open) - 1; i >= 0; i-- {
			j.b.WriteByte(j.open[i])
		}
	}
	return j.b.String(), j.ctx, err
}

type jsonPrinter struct {
	m      *Machine
	strict bool
	b      strings.Builder
	open   []byte // closing brackets of the containers being written
	ctx    Context
}

func (j *jsonPrinter) value(v Value, pos ast.Pos, depth int) error {
	if depth > maxPrintDepth {
		return stackOverflow()
	}
	m := j.m
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
		writeJSONString(&j.b, v.Str())
	case kPath:
		sp, err := m.CopyPathToStore(v.Str())
		if err != nil {
			return err
		}
		j.ctx = j.ctx.Union(Context{sp})
		writeJSONString(&j.b, sp)
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
			writeJSONString(&j.b, s)
			return nil
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
			writeJSONString(&j.b, at.Name.String())
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

// WriteJSONString is writeJSONString for builtins.toJSON.
func WriteJSONString(b *strings.Builder, s string) { writeJSONString(b, s) }
