package overlay

import (
	"fmt"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
)

// Definition is one layer's binding of an attribute.
type Definition struct {
	Layer int    // 0 for the base
	Label string // the layer's file, or a description
	// Pos is where the binding is written; nil when the set was not
	// written as a literal (built by a function, say).
	Pos *ast.Pos
	// ReadsPrev tells whether the definition reads prev.NAME (or inherits
	// NAME from prev), i.e. builds on the layers below instead of
	// replacing them.
	ReadsPrev bool
}

// Explain lists every layer that defines name, bottom to top. It forces
// each layer's set, but no attribute value.
func (s *Stack) Explain(m *eval.Machine, name string) ([]Definition, error) {
	sym := ast.Intern(name)
	var defs []Definition
	for i, l := range s.Layers {
		set, err := s.LayerSet(m, i)
		if err != nil {
			return defs, err
		}
		attr := set.Lookup(sym)
		if attr == nil {
			continue
		}
		d := Definition{Layer: i, Label: l.Source.Label, Pos: attr.Pos}
		if i > 0 && attr.Pos != nil {
			d.ReadsPrev = s.readsPrev(m, i, sym, *attr.Pos)
		}
		defs = append(defs, d)
	}
	return defs, nil
}

// readsPrev finds the binding of sym at pos in overlay i's source and looks
// for prev.SYM in its value, where prev is the overlay's second argument.
func (s *Stack) readsPrev(m *eval.Machine, i int, sym ast.Symbol, pos ast.Pos) bool {
	fn, err := s.Function(m, i)
	if err != nil {
		return false
	}
	outer := fn.Lambda()
	if outer == nil {
		return false
	}
	inner, ok := outer.Body.(*ast.Lambda)
	if !ok || inner.Arg == 0 {
		return false
	}
	prev := inner.Arg
	var binding *ast.Binding
	ast.Inspect(inner.Body, func(e ast.Expr) bool {
		if set, ok := e.(*ast.AttrSet); ok {
			for _, b := range set.Bindings {
				if b.Name == sym && samePos(b.Pos, pos) {
					binding = b
				}
			}
		}
		return binding == nil
	})
	if binding == nil {
		return false
	}
	reads := false
	ast.Inspect(binding.Value, func(e ast.Expr) bool {
		if sel, ok := e.(*ast.Select); ok {
			if v, ok := sel.Subject.(*ast.Var); ok && v.Name == prev && sel.Path[0].Dynamic == nil && sel.Path[0].Name == sym {
				reads = true
			}
		}
		return !reads
	})
	return reads
}

func samePos(a, b ast.Pos) bool {
	return a.Line == b.Line && a.Col == b.Col && a.Src != nil && b.Src != nil && a.Src.Name == b.Src.Name
}

// Problem is one finding of Check.
type Problem struct {
	Label string // the overlay it concerns
	Pos   *ast.Pos
	Msg   string
}

// Check lints the stack (`ovl overlays --check`): overlays that are not
// functions of two arguments or do not return sets, and attributes an
// overlay defines that a later overlay replaces without reading prev, so
// that the earlier definition has no effect.
func (s *Stack) Check(m *eval.Machine) []Problem {
	var problems []Problem
	// lastDef maps a name to the latest overlay layer defining it.
	lastDef := map[ast.Symbol]int{}
	for i := 1; i < len(s.Layers); i++ {
		l := s.Layers[i]
		set, err := s.LayerSet(m, i)
		if err != nil {
			problems = append(problems, Problem{Label: l.Source.Label, Msg: errorText(err)})
			continue
		}
		set.Sorted(func(a *eval.Attr) bool {
			if j, ok := lastDef[a.Name]; ok && a.Pos != nil && !s.readsPrev(m, i, a.Name, *a.Pos) {
				problems = append(problems, Problem{
					Label: l.Source.Label,
					Pos:   a.Pos,
					Msg: fmt.Sprintf("'%s' replaces the definition of overlay %s without reading prev.%s, so that definition has no effect",
						a.Name, s.Layers[j].Source.Label, a.Name),
				})
			}
			lastDef[a.Name] = i
			return true
		})
	}
	return problems
}

// errorText is an error's message without position or trace.
func errorText(err error) string {
	if e, ok := err.(*eval.Error); ok {
		return e.Msg
	}
	return err.Error()
}
