package eval

import (
	"slices"
	"strconv"
	"strings"

	"github.com/ovl-nix/ovl/lang/ast"
)

// Context is the string context of a string: the store paths (or
// "!output!drv" references) it refers to, sorted and without duplicates.
// ovl tracks it minimally, enough for getContext, hasContext and
// "not allowed to refer to a store path" errors.
type Context []string

// Union returns the context with the elements of both.
func (c Context) Union(d Context) Context {
	if len(d) == 0 {
		return c
	}
	if len(c) == 0 {
		return d
	}
	out := make(Context, 0, len(c)+len(d))
	out = append(append(out, c...), d...)
	slices.Sort(out)
	return slices.Compact(out)
}

// CoerceOptions are the options of CoerceToString, as in CppNix.
type CoerceOptions struct {
	// More also converts Booleans, integers, floats, null and lists
	// (toString does; string interpolation does not).
	More bool
	// CopyToStore copies paths to the store and returns the store path
	// (string interpolation does; toString does not).
	CopyToStore bool
}

// CoerceToString converts v to a string as CppNix's coerceToString:
// strings as they are, paths (copied to the store with CopyToStore), sets
// through __toString or outPath, and with More also other scalars and
// lists. Errors are reported at pos.
func (m *Machine) CoerceToString(pos ast.Pos, v Value, opts CoerceOptions) (string, Context, error) {
	var ctx Context
	s, err := m.coerceToString(pos, v, &ctx, opts.More, opts.CopyToStore, true)
	return s, ctx, err
}

// CoerceToPath coerces v to a string that must be an absolute path
// (import, readFile, ...).
func (m *Machine) CoerceToPath(pos ast.Pos, v Value) (string, Context, error) {
	var ctx Context
	s, err := m.coerceToString(pos, v, &ctx, false, false, true)
	if err != nil {
		return "", nil, err
	}
	if s == "" || s[0] != '/' {
		return "", nil, Errorf(EvalError, pos, "string '%s' doesn't represent an absolute path", s)
	}
	return s, ctx, nil
}

func (m *Machine) coerceToString(pos ast.Pos, v Value, ctx *Context, more, copyToStore, canonicalize bool) (string, error) {
	v, err := m.Force(v, pos)
	if err != nil {
		return "", err
	}
	switch v.k {
	case kString:
		return v.Str(), nil
	case kStringCtx:
		*ctx = ctx.Union(v.Context())
		return v.Str(), nil
	case kPath:
		p := v.Str()
		if canonicalize {
			p = CanonPath(p)
		}
		if copyToStore {
			sp, err := m.CopyPathToStore(p)
			if err != nil {
				return "", err
			}
			*ctx = ctx.Union(Context{sp})
			return sp, nil
		}
		return p, nil
	case kAttrs:
		if err := m.enter(pos); err != nil {
			return "", err
		}
		defer m.leave()
		a := v.Attrs()
		if f := a.Lookup(symToString); f != nil {
			r, err := m.Call(f.Value, pos, v)
			if err != nil {
				return "", err
			}
			return m.coerceToString(pos, r, ctx, more, copyToStore, canonicalize)
		}
		if o := a.Lookup(symOutPath); o != nil {
			return m.coerceToString(pos, o.Value, ctx, more, copyToStore, canonicalize)
		}
		return "", Errorf(TypeError, pos, "cannot coerce a set to a string")
	}
	if more {
		switch v.k {
		case kBool:
			if v.n != 0 {
				return "1", nil
			}
			return "", nil
		case kInt:
			return strconv.FormatInt(int64(v.n), 10), nil
		case kFloat:
			return ast.FormatFloatFixed(v.Float()), nil
		case kNull:
			return "", nil
		case kList:
			if err := m.enter(pos); err != nil {
				return "", err
			}
			defer m.leave()
			var b strings.Builder
			elems := v.List()
			for i := range elems {
				s, err := m.coerceToString(pos, elems[i], ctx, more, copyToStore, canonicalize)
				if err != nil {
					return "", err
				}
				if err := m.CheckStringSize(pos, b.Len()+len(s)); err != nil {
					return "", err
				}
				b.WriteString(s)
				if i < len(elems)-1 {
					// CppNix omits the space after an empty list element.
					if e, _ := m.Force(elems[i], pos); e.k != kList || e.n != 0 {
						b.WriteByte(' ')
					}
				}
			}
			return b.String(), nil
		}
	}
	return "", Errorf(TypeError, pos, "cannot coerce %s to a string", TypeName(v))
}

// CanonPath makes an absolute path canonical as CppNix's canonPath: no
// `.`/`..` steps, no repeated or trailing slashes ("/" stays "/").
func CanonPath(p string) string {
	if p == "" || p[0] != '/' {
		return p
	}
	if isCanonical(p) {
		return p
	}
	var parts []string
	for _, s := range strings.Split(p, "/") {
		switch s {
		case "", ".":
		case "..":
			if len(parts) > 0 {
				parts = parts[:len(parts)-1]
			}
		default:
			parts = append(parts, s)
		}
	}
	return "/" + strings.Join(parts, "/")
}

func isCanonical(p string) bool {
	if len(p) > 1 && p[len(p)-1] == '/' {
		return false
	}
	return !strings.Contains(p, "//") && !strings.Contains(p, "/./") && !strings.Contains(p, "/../") &&
		!strings.HasSuffix(p, "/.") && !strings.HasSuffix(p, "/..")
}
