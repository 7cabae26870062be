package builtins

import (
	"fmt"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
	"github.com/ovl-nix/ovl/lang/overlay"
)

// overlayBuiltins is ovl's own builtin, applyOverlays (SPEC §4.1).
func overlayBuiltins() []eval.Builtin {
	return []eval.Builtin{{Name: "applyOverlays", Scope: eval.BuiltinsOnly, Arity: 1, Fn: applyOverlaysBuiltin}}
}

// applyOverlaysBuiltin is builtins.applyOverlays { base ? { }, overlays ? null }.
func applyOverlaysBuiltin(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	a, err := m.ForceAttrs(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	base := eval.NewAttrs(eval.EmptyAttrs)
	if v, ok := a.GetString("base"); ok {
		base = v
	}
	var sources []overlay.Source
	ov := eval.Null
	if v, ok := a.GetString("overlays"); ok {
		if ov, err = m.Force(v, pos); err != nil {
			return ov, err
		}
	}
	if ov.Type() == eval.TypeNull {
		if sources, err = overlay.DiscoverSources(m, pos); err != nil {
			return eval.Value{}, err
		}
	} else {
		list, err := m.ForceList(ov, pos)
		if err != nil {
			return eval.Value{}, err
		}
		for i, v := range list {
			sources = append(sources, overlay.Source{Value: v, Label: fmt.Sprintf("#%d of the list", i+1)})
		}
	}
	return m.Force(overlay.Apply(m, pos, base, sources).Final, pos)
}
