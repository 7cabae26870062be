package overlay

import (
	"fmt"
	"os"
	"strings"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
)

// Source is one overlay of a stack: a value (a function, or a path
// or string to import) and where it came from, for messages.
type Source struct {
	Value eval.Value
	// File is the file the overlay was imported from, "" when it was given
	// as a value.
	File string
	// Label names the overlay in messages: its file, or "overlay #N".
	Label string
}

// Layer is one step of an overlay stack: the base (Index 0) or the Index-th
// overlay, with the set it returned once the stack is forced that far.
type Layer struct {
	Index  int
	Source Source
	// fn is the overlay function, known once loaded.
	fn eval.Value
	// result is the thunk of the set this layer adds (the overlay applied
	// to final and prev), or of the base set.
	result eval.Value
	// merged is the thunk of prev // result: the set after this layer.
	merged eval.Value
}

// Stack is an overlay fixpoint: nixpkgs' fix (foldl' (flip extends) base
// overlays). Every layer gets the same final; its prev is the merge of the
// base and the earlier layers only. Nothing is forced until the final set
// is.
type Stack struct {
	Final  eval.Value
	Layers []*Layer
	pos    ast.Pos
}

// LayerSet forces and returns the set layer i added (the base set for i = 0).
func (s *Stack) LayerSet(m *eval.Machine, i int) (*eval.Attrs, error) {
	return m.ForceAttrs(s.Layers[i].result, s.pos)
}

// Function returns the overlay function of layer i (i ≥ 1), loading it.
func (s *Stack) Function(m *eval.Machine, i int) (eval.Value, error) {
	return s.Layers[i].load(m, s.pos)
}

// Apply builds the fixpoint of base (a set, or a function of the
// final set) and overlays.
func Apply(m *eval.Machine, pos ast.Pos, base eval.Value, overlays []Source) *Stack {
	s := &Stack{pos: pos}
	baseLayer := &Layer{Source: Source{Value: base, Label: "the base"}}
	baseLayer.result = m.Lazy(func(m *eval.Machine) (eval.Value, error) {
		b, err := m.Force(base, pos)
		if err != nil {
			return b, err
		}
		if b.Type() == eval.TypeFunction {
			if b, err = m.Call(b, pos, s.Final); err != nil {
				return b, err
			}
		}
		a, err := m.ForceAttrs(b, pos)
		if err != nil {
			return eval.Value{}, err
		}
		return eval.NewAttrs(a), nil
	})
	baseLayer.merged = baseLayer.result
	s.Layers = append(s.Layers, baseLayer)

	for i, src := range overlays {
		prev := s.Layers[len(s.Layers)-1]
		l := &Layer{Index: i + 1, Source: src}
		l.result = m.Lazy(func(m *eval.Machine) (eval.Value, error) {
			fn, err := l.load(m, pos)
			if err != nil {
				return fn, err
			}
			return l.apply(m, pos, fn, s.Final, prev.merged)
		})
		l.merged = m.Lazy(func(m *eval.Machine) (eval.Value, error) {
			// prev // overlay final prev: prev is forced first, as in
			// nixpkgs' extends.
			p, err := m.ForceAttrs(prev.merged, pos)
			if err != nil {
				return eval.Value{}, err
			}
			o, err := m.ForceAttrs(l.result, pos)
			if err != nil {
				return eval.Value{}, err
			}
			return eval.NewAttrs(eval.Update(p, o)), nil
		})
		s.Layers = append(s.Layers, l)
	}
	s.Final = s.Layers[len(s.Layers)-1].merged
	return s
}

// load imports the overlay when it is a path or string and checks that it
// is a function of two arguments, the shape every overlay must have.
func (l *Layer) load(m *eval.Machine, pos ast.Pos) (eval.Value, error) {
	if l.fn.Type() != eval.TypeInvalid {
		return l.fn, nil
	}
	v, err := m.Force(l.Source.Value, pos)
	if err != nil {
		return v, err
	}
	if t := v.Type(); t == eval.TypePath || t == eval.TypeString {
		file, _, err := m.CoerceToPath(pos, v)
		if err != nil {
			return v, err
		}
		if v, err = m.EvalFile(file); err != nil {
			return v, err
		}
		l.Source.File = file
		l.Source.Label = file
	}
	if v.Type() != eval.TypeFunction && !eval.IsFunctor(v) {
		return v, overlayError(pos, l.Source, "is %s, not a function", describe(v))
	}
	if lam := v.Lambda(); lam != nil && lam.Formals != nil {
		return v, overlayError(pos, l.Source, "is a function with a set pattern %s, which looks like a package, not an overlay", showFormals(lam.Formals))
	}
	l.fn = v
	return v, nil
}

// apply calls the overlay with final and prev and checks it returns a set.
func (l *Layer) apply(m *eval.Machine, pos ast.Pos, fn, final, prev eval.Value) (eval.Value, error) {
	f2, err := m.Call(fn, pos, final)
	if err != nil {
		return f2, err
	}
	if f2, err = m.Force(f2, pos); err != nil {
		return f2, err
	}
	if f2.Type() != eval.TypeFunction && !eval.IsFunctor(f2) {
		return f2, overlayError(pos, l.Source, "takes one argument and returned %s; an overlay takes two", describe(f2))
	}
	r, err := m.Call(f2, pos, prev)
	if err != nil {
		return r, err
	}
	if r, err = m.Force(r, pos); err != nil {
		return r, err
	}
	if r.Type() != eval.TypeAttrs {
		return r, overlayError(pos, l.Source, "returned %s, not an attribute set", describe(r))
	}
	return r, nil
}

func overlayError(pos ast.Pos, src Source, format string, args ...any) error {
	return eval.Errorf(eval.EvalError, pos, "overlay %s %s\nAn overlay is a function of two arguments returning a set of attributes, e.g.\n    final: prev: { hello = prev.hello.override { }; }",
		src.Label, fmt.Sprintf(format, args...))
}

// describe names a value's type with its article, as Nix's messages do.
func describe(v eval.Value) string {
	return eval.TypeName(v)
}

func showFormals(f *ast.Formals) string {
	var names []string
	for _, it := range f.Items {
		names = append(names, it.Name.String())
	}
	if f.Ellipsis {
		names = append(names, "...")
	}
	return "{ " + strings.Join(names, ", ") + " }"
}

// DiscoverSources finds the overlays by the nixpkgs rules (SPEC §4.2) and
// returns them in order. A file of overlays is imported now: it may hold a
// list or a single overlay.
func DiscoverSources(m *eval.Machine, pos ast.Pos) ([]Source, error) {
	found, err := Discover(Env{FindSearchPath: SearchPathFinder(m), Home: os.Getenv("HOME")})
	if err != nil {
		// Worded and placed as nixpkgs' throw: no position.
		return nil, eval.Errorf(eval.ThrownError, ast.Pos{}, "%s", err.Error())
	}
	return Sources(m, pos, found)
}

// SearchPathFinder looks names up on the machine's search path, for
// overlay discovery.
func SearchPathFinder(m *eval.Machine) func(string) (string, bool) {
	return func(name string) (string, bool) {
		p, err := m.FindFile(m.SearchPath(), name, ast.Pos{})
		return p, err == nil
	}
}

// Sources turns what discovery found into the overlay list.
func Sources(m *eval.Machine, pos ast.Pos, found *Found) ([]Source, error) {
	var out []Source
	if found.IsDir {
		for _, e := range found.Entries {
			out = append(out, Source{Value: eval.NewPath(e.Path), File: e.Path, Label: e.Path})
		}
		return out, nil
	}
	for _, e := range found.Entries {
		v, err := m.EvalFile(e.Path)
		if err != nil {
			return nil, err
		}
		if v, err = m.Force(v, pos); err != nil {
			return nil, err
		}
		if v.Type() == eval.TypeFunction || eval.IsFunctor(v) {
			out = append(out, Source{Value: v, File: e.Path, Label: e.Path})
			continue
		}
		if v.Type() != eval.TypeList {
			return nil, eval.Errorf(eval.EvalError, ast.Pos{}, "%s must evaluate to a list of overlays or to one overlay function, not %s", e.Path, describe(v))
		}
		for i, o := range v.List() {
			out = append(out, Source{Value: o, File: e.Path, Label: fmt.Sprintf("#%d of %s", i+1, e.Path)})
		}
	}
	return out, nil
}
