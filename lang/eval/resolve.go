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
// bindVars, and ast.Lambda's NoEnvCapture. Variables bound by no scope,
// no `with` and no global are an "undefined variable" error, even in code
// that is never evaluated.
type resolver struct {
	globals map[ast.Symbol]int32
	arith   []int8 // Machine.arithSlot
	depth   int
}

// maxResolveDepth bounds the nesting of expressions the resolver walks.
// Left-associative operator chains such as `1 + 1 + … + 1` get this deep
// (the parser bounds other nesting as CppNix's does). CppNix runs out of
// stack on them somewhere past 20000 levels, or hangs; ovl accepts more,
// then reports the same stack overflow.
const maxResolveDepth = 100000

// Resolve binds the variables of e, an expression parsed from a file or
// the command line, to the global scope. It must run once before e is
// evaluated.
func (m *Machine) Resolve(e ast.Expr) error {
	r := resolver{globals: m.globalIndex, arith: m.arithSlot}
	_, err := r.expr(e, nil)
	m.awaitCollection()
	return err
}

// resolveIn binds the variables of e with an extra outermost scope: names,
// in slot order, of an Env whose up is nil.
func (m *Machine) resolveIn(e ast.Expr, names []ast.Symbol) error {
	r := resolver{globals: m.globalIndex, arith: m.arithSlot}
	_, err := r.expr(e, newScope(nil, names))
	m.awaitCollection()
	return err
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
		return Errorf(UndefinedVarError, v.Pos, "undefined variable '%s'", ast.ShowID(v.Name.String()))
	}
	v.Level, v.Slot, v.FromWith = withLevel, 0, true
	return nil
}

// attrPath resolves the dynamic steps of an attribute path.
func (r *resolver) attrPath(path []ast.AttrName, s *scope) error {
	for _, a := range path {
		if a.Dynamic != nil {
			if _, err := r.expr(a.Dynamic, s); err != nil {
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

// expr resolves e in scope s. It also reports whether e is contained: its
// value, evaluated in an environment E, references nothing made over E (a
// thunk, a closure or a scope), unless maybeThunk's fallback made it (see
// Machine.envCaptured). A body that is contained leaves nothing behind
// that references E once the call returns without error: evaluation
// changes no existing value except by replacing a thunk with its result,
// computed in the thunk's own environment, and builtins keep values only
// in their results, so what is made over E and does not flow into the
// result is unreachable (as are errors caught by tryEval). Hence the
// operands of operators whose result is a Boolean, a number or a string
// may be anything.
func (r *resolver) expr(e ast.Expr, s *scope) (contained bool, err error) {
	if e == nil {
		return false, Errorf(EvalError, noPos, "internal error: missing expression")
	}
	if r.depth >= maxResolveDepth {
		return false, stackOverflow()
	}
	// Not a defer: with this many returns it would not be open-coded,
	// and the resolver visits every node of every file.
	r.depth++
	contained, err = r.node(e, s)
	r.depth--
	return contained, err
}

// node is expr for each kind of expression.
func (r *resolver) node(e ast.Expr, s *scope) (contained bool, err error) {
	switch e := e.(type) {
	case *ast.Int, *ast.Float, *ast.String, *ast.Path, *ast.CurPos:
		return true, nil
	case *ast.Var:
		return true, r.variable(e, s)
	case *ast.Select:
		ok, err := r.expr(e.Subject, s)
		if err != nil {
			return false, err
		}
		if e.Default != nil {
			d, err := r.expr(e.Default, s)
			if err != nil {
				return false, err
			}
			ok = ok && d
		}
		return ok, r.attrPath(e.Path, s)
	case *ast.HasAttr:
		if _, err := r.expr(e.Subject, s); err != nil {
			return false, err
		}
		return true, r.attrPath(e.Path, s)
	case *ast.AttrSet:
		// The values of a set are delayed (thunks over the environment)
		// unless maybeThunk can take them as they are; a rec set makes a
		// scope of its own.
		inner := s
		ok := !e.Rec
		if e.Rec {
			inner = newScope(s, bindingNames(e.Bindings))
		}
		for _, b := range e.Bindings {
			bs := inner
			if b.Inherit == ast.Inherited {
				bs = s
			}
			if _, err := r.expr(b.Value, bs); err != nil {
				return false, err
			}
			ok = ok && !needsThunk(b.Value)
		}
		for _, d := range e.Dynamic {
			if _, err := r.expr(d.Name, inner); err != nil {
				return false, err
			}
			if _, err := r.expr(d.Value, inner); err != nil {
				return false, err
			}
			ok = ok && !needsThunk(d.Value)
		}
		return ok, nil
	case *ast.List:
		ok := true
		for _, x := range e.Elems {
			if _, err := r.expr(x, s); err != nil {
				return false, err
			}
			ok = ok && !needsThunk(x)
		}
		return ok, nil
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
					if _, err := r.expr(f.Default, inner); err != nil {
						return false, err
					}
				}
			}
		}
		body, err := r.expr(e.Body, inner)
		e.NoEnvCapture = body
		// The closure keeps the environment.
		return false, err
	case *ast.Call:
		ok, err := r.expr(e.Fn, s)
		if err != nil {
			return false, err
		}
		// The arithmetic operators evaluate to a number or a Boolean
		// (evalArith); other calls may return their arguments, which
		// maybeThunk delays.
		v, isVar := e.Fn.(*ast.Var)
		arith := isVar && v.Level < 0 && len(e.Args) == 2 && r.arith[v.Slot] >= 0
		for _, a := range e.Args {
			if _, err := r.expr(a, s); err != nil {
				return false, err
			}
			ok = ok && !needsThunk(a)
		}
		return ok || arith, nil
	case *ast.Let:
		inner := newScope(s, bindingNames(e.Bindings))
		for _, b := range e.Bindings {
			bs := inner
			if b.Inherit == ast.Inherited {
				bs = s
			}
			if _, err := r.expr(b.Value, bs); err != nil {
				return false, err
			}
		}
		_, err := r.expr(e.Body, inner)
		return false, err
	case *ast.With:
		if _, err := r.expr(e.Attrs, s); err != nil {
			return false, err
		}
		_, err := r.expr(e.Body, &scope{up: s, with: true})
		return false, err
	case *ast.Assert:
		if _, err := r.expr(e.Cond, s); err != nil {
			return false, err
		}
		return r.expr(e.Body, s)
	case *ast.If:
		if _, err := r.expr(e.Cond, s); err != nil {
			return false, err
		}
		then, err := r.expr(e.Then, s)
		if err != nil {
			return false, err
		}
		els, err := r.expr(e.Else, s)
		return then && els, err
	case *ast.Not:
		_, err := r.expr(e.E, s)
		return true, err
	case *ast.Binary:
		l, err := r.expr(e.L, s)
		if err != nil {
			return false, err
		}
		rr, err := r.expr(e.R, s)
		switch e.Op {
		case ast.OpEq, ast.OpNEq, ast.OpAnd, ast.OpOr, ast.OpImpl:
			return true, err // a Boolean
		}
		// `//` and `++`: the result holds the operands' attributes or
		// elements.
		return l && rr, err
	case *ast.Concat:
		// A string, a path or a number.
		for _, x := range e.Parts {
			if _, err := r.expr(x, s); err != nil {
				return false, err
			}
		}
		return true, nil
	}
	return false, Errorf(EvalError, e.Position(), "internal error: cannot resolve %T", e)
}
