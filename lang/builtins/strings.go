package builtins

import (
	"strings"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
)

// String builtins. Strings are byte strings, as in Nix: lengths and
// offsets count bytes.
func stringBuiltins() []eval.Builtin {
	return []eval.Builtin{
		{Name: "stringLength", Scope: eval.GlobalUnderscore, Arity: 1, Fn: primStringLength},
		{Name: "substring", Scope: eval.GlobalUnderscore, Arity: 3, Fn: primSubstring},
		{Name: "concatStringsSep", Scope: eval.GlobalUnderscore, Arity: 2, Fn: primConcatStringsSep},
		{Name: "replaceStrings", Scope: eval.GlobalUnderscore, Arity: 3, Fn: primReplaceStrings},
	}
}

// coerceDefault is CppNix's coerceToString with its default options, as
// stringLength, substring and concatStringsSep use it: like string
// interpolation, so a path is copied to the store.
var coerceDefault = eval.CoerceOptions{CopyToStore: true}

func primStringLength(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	s, _, err := m.CoerceToString(pos, args[0], coerceDefault)
	if err != nil {
		return eval.Value{}, err
	}
	return eval.NewInt(int64(len(s))), nil
}

// primSubstring reads start and length as C ints, as CppNix does; a
// negative length means "to the end".
func primSubstring(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	start64, err := m.ForceInt(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	len64, err := m.ForceInt(args[1], pos)
	if err != nil {
		return eval.Value{}, err
	}
	s, ctx, err := m.CoerceToString(pos, args[2], coerceDefault)
	if err != nil {
		return eval.Value{}, err
	}
	start, n := int32(start64), int32(len64)
	if start < 0 {
		return eval.Value{}, eval.Errorf(eval.EvalError, pos, "negative start position in 'substring'")
	}
	if int(start) >= len(s) {
		return eval.NewStringWithContext("", ctx), nil
	}
	end := len(s)
	if n >= 0 && int(start)+int(n) < end {
		end = int(start) + int(n)
	}
	return eval.NewStringWithContext(s[start:end], ctx), nil
}

func primConcatStringsSep(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	sep, ctx, err := m.ForceStringContext(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	xs, err := m.ForceList(args[1], pos)
	if err != nil {
		return eval.Value{}, err
	}
	// The separators alone may be too many, whatever the elements (CppNix
	// reserves room for them first).
	if len(xs) > 1 {
		if err := m.CheckStringSize(pos, (len(xs)-1)*len(sep)); err != nil {
			return eval.Value{}, err
		}
	}
	var b strings.Builder
	for i, x := range xs {
		if i > 0 {
			b.WriteString(sep)
		}
		s, c, err := m.CoerceToString(pos, x, coerceDefault)
		if err != nil {
			return eval.Value{}, err
		}
		if err := m.CheckStringSize(pos, b.Len()+len(s)+(len(xs)-1-i)*len(sep)); err != nil {
			return eval.Value{}, err
		}
		ctx = ctx.Union(c)
		b.WriteString(s)
	}
	return eval.NewStringWithContext(b.String(), ctx), nil
}

// primReplaceStrings scans s once from left to right; at each position
// the first pattern that matches wins, and the empty pattern matches
// everywhere (including at the end), inserting its replacement before
// the character.
func primReplaceStrings(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	fromList, err := m.ForceList(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	toList, err := m.ForceList(args[1], pos)
	if err != nil {
		return eval.Value{}, err
	}
	if len(fromList) != len(toList) {
		return eval.Value{}, eval.Errorf(eval.EvalError, pos, "'from' and 'to' arguments to 'replaceStrings' have different lengths")
	}
	from := make([]string, len(fromList))
	for i, f := range fromList {
		if from[i], err = m.ForceString(f, pos); err != nil {
			return eval.Value{}, err
		}
	}
	to := make([]string, len(toList))
	toCtx := make([]eval.Context, len(toList))
	for i, t := range toList {
		if to[i], toCtx[i], err = m.ForceStringContext(t, pos); err != nil {
			return eval.Value{}, err
		}
	}
	s, ctx, err := m.ForceStringContext(args[2], pos)
	if err != nil {
		return eval.Value{}, err
	}
	var b strings.Builder
	for p := 0; p <= len(s); {
		found := false
		for i, f := range from {
			if !strings.HasPrefix(s[p:], f) {
				continue
			}
			found = true
			// Replacements are checked before they are written; the
			// bytes of s copied as they are add at most len(s), checked
			// once at the end.
			if err := m.CheckStringSize(pos, b.Len()+len(to[i])); err != nil {
				return eval.Value{}, err
			}
			b.WriteString(to[i])
			ctx = ctx.Union(toCtx[i])
			if f == "" {
				if p < len(s) {
					b.WriteByte(s[p])
				}
				p++
			} else {
				p += len(f)
			}
			break
		}
		if !found {
			if p < len(s) {
				b.WriteByte(s[p])
			}
			p++
		}
	}
	if err := m.CheckStringSize(pos, b.Len()); err != nil {
		return eval.Value{}, err
	}
	return eval.NewStringWithContext(b.String(), ctx), nil
}
