package builtins

import (
	"slices"
	"strings"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
	"github.com/ovl-nix/ovl/lang/store"
)

// String context: the store paths a string refers to. ovl writes context
// elements as CppNix 2.8 does: "/nix/store/…" for a source path,
// "=/nix/store/….drv" for a derivation with all its outputs (drvPath),
// and "!OUTPUT!/nix/store/….drv" for one output of a derivation.
func contextBuiltins() []eval.Builtin {
	return []eval.Builtin{
		{Name: "getContext", Scope: eval.GlobalUnderscore, Arity: 1, Fn: primGetContext},
		{Name: "hasContext", Scope: eval.GlobalUnderscore, Arity: 1, Fn: primHasContext},
		{Name: "appendContext", Scope: eval.GlobalUnderscore, Arity: 2, Fn: primAppendContext},
		{Name: "unsafeDiscardStringContext", Scope: eval.GlobalUnderscore, Arity: 1, Fn: primUnsafeDiscardStringContext},
		{Name: "unsafeDiscardOutputDependency", Scope: eval.GlobalUnderscore, Arity: 1, Fn: primUnsafeDiscardOutputDependency},
		{Name: "placeholder", Scope: eval.Global, Arity: 1, Fn: primPlaceholder},
	}
}

// decodeContextElem returns the store path a context element refers to
// and the output it names: "" for a plain path, "=" for all outputs of a
// derivation, else the output name.
func decodeContextElem(c string) (path, output string) {
	switch {
	case strings.HasPrefix(c, "="):
		return c[1:], "="
	case strings.HasPrefix(c, "!"):
		if i := strings.IndexByte(c[1:], '!'); i >= 0 {
			return c[i+2:], c[1 : i+1]
		}
	}
	return c, ""
}

// contextInfo is what getContext says about one store path.
type contextInfo struct {
	path, allOutputs bool
	outputs          []string
}

func primGetContext(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	_, ctx, err := m.ForceStringContext(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	infos := map[string]*contextInfo{}
	var order []string
	for _, c := range ctx {
		p, out := decodeContextElem(c)
		info := infos[p]
		if info == nil {
			info = &contextInfo{}
			infos[p] = info
			order = append(order, p)
		}
		switch out {
		case "":
			info.path = true
		case "=":
			info.allOutputs = true
		default:
			info.outputs = append(info.outputs, out)
		}
	}
	b := eval.NewAttrsBuilder(len(order))
	for _, p := range order {
		info := infos[p]
		ib := eval.NewAttrsBuilder(3)
		if info.path {
			ib.AddString("path", eval.True, nil)
		}
		if info.allOutputs {
			ib.AddString("allOutputs", eval.True, nil)
		}
		if len(info.outputs) > 0 {
			outs := make([]eval.Value, len(info.outputs))
			for i, o := range info.outputs {
				outs[i] = eval.NewString(o)
			}
			ib.AddString("outputs", eval.NewList(outs), nil)
		}
		b.AddString(p, eval.NewAttrs(ib.Finish()), nil)
	}
	return eval.NewAttrs(b.Finish()), nil
}

func primHasContext(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	_, ctx, err := m.ForceStringContext(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	return eval.NewBool(len(ctx) > 0), nil
}

func attrPosOr(a *eval.Attr, pos ast.Pos) ast.Pos {
	if a.Pos != nil {
		return *a.Pos
	}
	return pos
}

// primAppendContext adds context described as getContext returns it.
func primAppendContext(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	s, ctx, err := m.ForceStringContext(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	set, err := m.ForceAttrs(args[1], pos)
	if err != nil {
		return eval.Value{}, err
	}
	var added eval.Context
	set.All(func(a *eval.Attr) bool {
		name := a.Name.String()
		apos := attrPosOr(a, pos)
		if !store.IsStorePath(name) {
			err = eval.Errorf(eval.EvalError, apos, "Context key '%s' is not a store path", ast.ShowID(name))
			return false
		}
		var info *eval.Attrs
		if info, err = m.ForceAttrs(a.Value, apos); err != nil {
			return false
		}
		if f := info.Lookup(ast.Intern("path")); f != nil {
			var yes bool
			if yes, err = m.ForceBool(f.Value, attrPosOr(f, apos)); err != nil {
				return false
			}
			if yes {
				added = append(added, name)
			}
		}
		if f := info.Lookup(ast.Intern("allOutputs")); f != nil {
			var yes bool
			if yes, err = m.ForceBool(f.Value, attrPosOr(f, apos)); err != nil {
				return false
			}
			if yes {
				if !store.IsDerivation(name) {
					err = eval.Errorf(eval.EvalError, apos, "Tried to add all-outputs context of %s, which is not a derivation, to a string", ast.ShowID(name))
					return false
				}
				added = append(added, "="+name)
			}
		}
		if f := info.Lookup(ast.Intern("outputs")); f != nil {
			fpos := attrPosOr(f, apos)
			var outs []eval.Value
			if outs, err = m.ForceList(f.Value, fpos); err != nil {
				return false
			}
			if len(outs) > 0 && !store.IsDerivation(name) {
				err = eval.Errorf(eval.EvalError, apos, "Tried to add derivation output context of %s, which is not a derivation, to a string", ast.ShowID(name))
				return false
			}
			for _, o := range outs {
				var out string
				if out, err = m.ForceStringNoCtx(o, fpos); err != nil {
					return false
				}
				added = append(added, "!"+out+"!"+name)
			}
		}
		return true
	})
	if err != nil {
		return eval.Value{}, err
	}
	return eval.NewStringWithContext(s, ctx.Union(normContext(added))), nil
}

// normContext sorts a context and removes duplicates.
func normContext(c eval.Context) eval.Context {
	out := slices.Clone(c)
	slices.Sort(out)
	return slices.Compact(out)
}

// coerceWithContext is CppNix's default coerceToString: paths are copied
// to the store, sets go through __toString or outPath.
func coerceWithContext(m *eval.Machine, pos ast.Pos, v eval.Value) (string, eval.Context, error) {
	return m.CoerceToString(pos, v, eval.CoerceOptions{CopyToStore: true})
}

func primUnsafeDiscardStringContext(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	s, _, err := coerceWithContext(m, pos, args[0])
	if err != nil {
		return eval.Value{}, err
	}
	return eval.NewString(s), nil
}

// primUnsafeDiscardOutputDependency turns "all outputs of a derivation"
// into a reference to the .drv file alone.
func primUnsafeDiscardOutputDependency(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	s, ctx, err := coerceWithContext(m, pos, args[0])
	if err != nil {
		return eval.Value{}, err
	}
	out := make(eval.Context, len(ctx))
	for i, c := range ctx {
		out[i] = strings.TrimPrefix(c, "=")
	}
	return eval.NewStringWithContext(s, normContext(out)), nil
}

// primPlaceholder is the placeholder a builder replaces by the path of an
// output.
func primPlaceholder(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	out, err := m.ForceStringNoCtx(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	return eval.NewString(store.HashPlaceholder(out)), nil
}
