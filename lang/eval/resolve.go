package eval

import (
	"github.com/ovl-nix/ovl/lang/ast"
)

// scope is the static counterpart of an Env: the names a lambda, let, rec
// set or with introduces, in slot order.
type scope struct {
	up    *scope
	names []ast.Symbol
	index map[ast.Symbol]int32 // for large scopes (nixpkgs-sized lets)
	with  bool
}

func newScope(up *scope, names []ast.Symbol) *scope {
	s := &scope{up: up, names: names}
	if len(names) > 16 {
		s.index = make(map[ast.Symbol]int32, len(names))
		for i, n := range names {
			if _, dup := s.index[n]; !dup {
				s.index[n] = int32(i)
			}
		}
	}
	return s
}

func (s *scope) find(name ast.Symbol) (int32, bool) {
	if s.index != nil {
		i, ok := s.index[name]
		return i, ok
	}
	for i, n := range s.names {
		if n == name {
			return int32(i), true
		}
	}
	return 0, false
}

// resolver fills in ast.Var's Level, Slot and FromWith, as CppNix's
// bindVars. Variables bound by no scope, no `with` and no global are an
// "undefined variable" error, even in code that is never evaluated.
type resolver struct {
	globals map[ast.Symbol]int32
	depth   int
}

// maxResolveDepth bounds the nesting of expressions the resolver walks.
const maxResolveDepth = 100000

// Resolve binds the variables of e, an expression parsed from a file or
// the command line, to the global scope. It must run once before e is
// evaluated.
func (m *Machine) Resolve(e ast.Expr) error {
	r := resolver{globals: m.globalIndex}
	return r.expr(e, nil)
}

// resolveIn binds the variables of e with an extra outermost scope: names,
// in slot order, of an Env whose up is nil.
func (m *Machine) resolveIn(e ast.Expr, names []ast.Symbol) error {
	r := resolver{globals: m.globalIndex}
	return r.expr(e, newScope(nil, names))
}

func (r *resolver) variable(v *ast.Var, s *scope) error {
	withLevel := int32(-1)
	level := int32(0)
	for cur := s; cur != nil; cur, level = cur.up, level+1 {
		if cur.with {
			if withLevel < 0 {
				withLevel = level
			}
			continue
		}
		if i, ok := cur.find(v.Name); ok {
			v.Level, v.Slot, v.FromWith = level, i, false
			return nil
		}
	}
	if i, ok := r.globals[v.Name]; ok {
		v.Level, v.Slot, v.FromWith = -1, i, false
		return nil
	}
	if withLevel < 0 {
		return Errorf(UndefinedVarError, v.Pos, "undefined variable '%s'", ShowSymbol(v.Name.String()))
	}
	v.Level, v.Slot, v.FromWith = withLevel, 0, true
	return nil
}

func (r *resolver) attrPath(path []ast.AttrName, s *scope) error {
	for _, a := range path {
		if a.Dynamic != nil {
			if err := r.expr(a.Dynamic, s); err != nil {
				return err
			}
		}
	}
	return nil
}

func bindingNames(bs []*ast.Binding) []ast.Symbol {
	names := make([]ast.Symbol, len(bs))
	for i, b := range bs {
		names[i] = b.Name
	}
	return names
}

func (r *resolver) expr(e ast.Expr, s *scope) error {
	if e == nil {
		return Errorf(EvalError, noPos, "internal error: missing expression")
	}
	r.depth++
	defer func() { r.depth-- }()
	if r.depth > maxResolveDepth {
		return Errorf(StackOverflowError, e.Position(), "expression nested too deeply")
	}
	switch e := e.(type) {
	case *ast.Int, *ast.Float, *ast.String, *ast.Path, *ast.CurPos:
		return nil
	case *ast.Var:
		return r.variable(e, s)
	case *ast.Select:
		if err := r.expr(e.Subject, s); err != nil {
			return err
		}
		if e.Default != nil {
			if err := r.expr(e.Default, s); err != nil {
				return err
			}
		}
		return r.attrPath(e.Path, s)
	case *ast.HasAttr:
		if err := r.expr(e.Subject, s); err != nil {
			return err
		}
		return r.attrPath(e.Path, s)
	case *ast.AttrSet:
		inner := s
		if e.Rec {
			inner = newScope(s, bindingNames(e.Bindings))
		}
		for _, b := range e.Bindings {
			bs := inner
			if b.Inherit == ast.Inherited {
				bs = s
			}
			if err := r.expr(b.Value, bs); err != nil {
				return err
			}
		}
		for _, d := range e.Dynamic {
			if err := r.expr(d.Name, inner); err != nil {
				return err
			}
			if err := r.expr(d.Value, inner); err != nil {
				return err
			}
		}
		return nil
	case *ast.List:
		for _, x := range e.Elems {
			if err := r.expr(x, s); err != nil {
				return err
			}
		}
		return nil
	case *ast.Lambda:
		var names []ast.Symbol
		if e.Arg != 0 {
			names = append(names, e.Arg)
		}
		if e.Formals != nil {
			for _, f := range e.Formals.Items {
				names = append(names, f.Name)
			}
		}
		inner := newScope(s, names)
		if e.Formals != nil {
			for _, f := range e.Formals.Items {
				if f.Default != nil {
					if err := r.expr(f.Default, inner); err != nil {
						return err
					}
				}
			}
		}
		return r.expr(e.Body, inner)
	case *ast.Call:
		if err := r.expr(e.Fn, s); err != nil {
			return err
		}
		for _, a := range e.Args {
			if err := r.expr(a, s); err != nil {
				return err
			}
		}
		return nil
	case *ast.Let:
		inner := newScope(s, bindingNames(e.Bindings))
		for _, b := range e.Bindings {
			bs := inner
			if b.Inherit == ast.Inherited {
				bs = s
			}
			if err := r.expr(b.Value, bs); err != nil {
				return err
			}
		}
		return r.expr(e.Body, inner)
	case *ast.With:
		if err := r.expr(e.Attrs, s); err != nil {
			return err
		}
		return r.expr(e.Body, &scope{up: s, with: true})
	case *ast.Assert:
		if err := r.expr(e.Cond, s); err != nil {
			return err
		}
		return r.expr(e.Body, s)
	case *ast.If:
		for _, x := range []ast.Expr{e.Cond, e.Then, e.Else} {
			if err := r.expr(x, s); err != nil {
				return err
			}
		}
		return nil
	case *ast.Not:
		return r.expr(e.E, s)
	case *ast.Binary:
		if err := r.expr(e.L, s); err != nil {
			return err
		}
		return r.expr(e.R, s)
	case *ast.Concat:
		for _, x := range e.Parts {
			if err := r.expr(x, s); err != nil {
				return err
			}
		}
		return nil
	}
	return Errorf(EvalError, e.Position(), "internal error: cannot resolve %T", e)
}
