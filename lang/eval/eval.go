package eval

import (
	"strings"

	"github.com/ovl-nix/ovl/lang/ast"
)

// Eval evaluates a resolved expression (see Resolve) at the top level and
// returns its value in weak head normal form.
func (m *Machine) Eval(e ast.Expr) (Value, error) {
	v, err := m.eval(e, &topEnv)
	if err != nil {
		return Value{}, asError(err)
	}
	return v, nil
}

// LazyEval returns a thunk of a resolved top-level expression (the values
// of --arg).
func (m *Machine) LazyEval(e ast.Expr) Value { return m.newThunk(e, &topEnv) }

// eval evaluates e in env to weak head normal form (never a thunk).
func (m *Machine) eval(e ast.Expr, env *Env) (Value, error) {
	switch e := e.(type) {
	case *ast.Int:
		return NewInt(e.Value), nil
	case *ast.Var:
		var slot *Value
		if isLocal(e) {
			slot = localSlot(e, env)
		} else {
			var err error
			if slot, err = m.lookupVar(e, env); err != nil {
				return Value{}, err
			}
		}
		v, err := m.forceSlot(slot, e.Pos)
		if err != nil {
			nameVarStep(err, e)
		}
		return v, err
	case *ast.Call:
		return m.evalCall(e, env)
	case *ast.Select:
		return m.evalSelect(e, env)
	case *ast.If:
		c, err := m.evalBool(e.Cond, env, e.Pos)
		if err != nil {
			return Value{}, err
		}
		if c {
			return m.eval(e.Then, env)
		}
		return m.eval(e.Else, env)
	case *ast.Concat:
		return m.evalConcat(e, env)
	case *ast.String:
		return stringLiteral(e), nil
	case *ast.Float:
		return NewFloat(e.Value), nil
	case *ast.Path:
		return NewPath(e.Value), nil
	case *ast.Lambda:
		return newClosure(&Closure{fn: e, env: env}), nil
	case *ast.AttrSet:
		return m.evalAttrSet(e, env)
	case *ast.List:
		if len(e.Elems) == 0 {
			return NewList(nil), nil
		}
		elems := make([]Value, len(e.Elems))
		for i, x := range e.Elems {
			elems[i] = m.maybeThunk(x, env)
		}
		return NewList(elems), nil
	case *ast.Let:
		env2 := newEnv(env, len(e.Bindings))
		for i, b := range e.Bindings {
			if b.Inherit == ast.Inherited {
				*env2.slot(int32(i)) = m.maybeThunk(b.Value, env)
			} else {
				*env2.slot(int32(i)) = m.maybeThunk(b.Value, env2)
			}
		}
		return m.eval(e.Body, env2)
	case *ast.With:
		env2 := newEnv(env, 1)
		env2.with = true
		*env2.slot(0) = m.maybeThunk(e.Attrs, env)
		return m.eval(e.Body, env2)
	case *ast.HasAttr:
		return m.evalHasAttr(e, env)
	case *ast.Not:
		b, err := m.evalBool(e.E, env, ast.Pos{})
		if err != nil {
			return Value{}, err
		}
		return NewBool(!b), nil
	case *ast.Binary:
		return m.evalBinary(e, env)
	case *ast.Assert:
		c, err := m.evalBool(e.Cond, env, e.Pos)
		if err != nil {
			return Value{}, err
		}
		if !c {
			return Value{}, Errorf(AssertionError, e.Pos, "assertion '%s' failed", showExpr(e.Cond))
		}
		return m.eval(e.Body, env)
	case *ast.CurPos:
		return m.posValue(&e.Pos), nil
	}
	if e == nil {
		return Value{}, Errorf(EvalError, noPos, "internal error: missing expression")
	}
	return Value{}, Errorf(EvalError, e.Position(), "internal error: cannot evaluate %T", e)
}

// maybeThunk delays e, except that literals and variables already bound
// are used directly: they need no thunk (as CppNix's maybeThunk).
func (m *Machine) maybeThunk(e ast.Expr, env *Env) Value {
	switch e := e.(type) {
	case *ast.Int:
		return NewInt(e.Value)
	case *ast.String:
		return stringLiteral(e)
	case *ast.Var:
		if e.Level < 0 {
			return m.globals[e.Slot]
		}
		if !e.FromWith {
			up := env
			for l := e.Level; l > 0; l-- {
				up = up.up
			}
			if v := *up.slot(e.Slot); v.k != kInvalid {
				return v
			}
		} else if v, ok := m.peekWith(e, env); ok {
			return v
		}
		// The thunk keeps env: see callReusing.
		m.envCaptured = true
	case *ast.Float:
		return NewFloat(e.Value)
	case *ast.Path:
		return NewPath(e.Value)
	}
	return m.newThunk(e, env)
}

// stringLiteral is the value of a string literal: cut at a NUL byte (see
// NewCString) if its source has literals that hold one.
func stringLiteral(e *ast.String) Value {
	if e.Pos.Src != nil && !e.Pos.Src.NulInStrings {
		return NewString(e.Value)
	}
	return NewCString(e.Value)
}

// isLocal reports whether v is bound by a function, let or rec set (not
// a global or a `with`): localSlot finds it.
func isLocal(v *ast.Var) bool { return !v.FromWith && v.Level >= 0 }

// localSlot returns the slot of a local variable (see isLocal); it is
// inlined on the hot paths, unlike lookupVar.
func localSlot(v *ast.Var, env *Env) *Value {
	for l := v.Level; l > 0; l-- {
		env = env.up
	}
	return env.slot(v.Slot)
}

// lookupVar returns the slot holding a variable's value.
func (m *Machine) lookupVar(v *ast.Var, env *Env) (*Value, error) {
	if v.Level < 0 {
		return &m.globals[v.Slot], nil
	}
	if !v.FromWith {
		return localSlot(v, env), nil
	}
	for l := v.Level; l > 0; l-- {
		env = env.up
	}
	for {
		attrs, err := m.withAttrs(env)
		if err != nil {
			return nil, err
		}
		if a := attrs.Lookup(v.Name); a != nil {
			return &a.Value, nil
		}
		for env = env.up; env != nil && !env.with; env = env.up {
		}
		if env == nil {
			return nil, Errorf(UndefinedVarError, v.Pos, "undefined variable '%s'", ast.ShowID(v.Name.String()))
		}
	}
}

// withAttrs forces the set of a `with` environment.
func (m *Machine) withAttrs(env *Env) (*Attrs, error) {
	v, err := m.forceSlot(env.slot(0), ast.Pos{})
	if err != nil {
		return nil, err
	}
	if v.k != kAttrs {
		return nil, typeError(ast.Pos{}, v, "a set")
	}
	return v.Attrs(), nil
}

// peekWith looks a `with` variable up without evaluating anything, for
// maybeThunk: it succeeds only when the sets to search are evaluated.
func (m *Machine) peekWith(v *ast.Var, env *Env) (Value, bool) {
	for l := v.Level; l > 0; l-- {
		env = env.up
	}
	for env != nil {
		s, ok := env.slot(0).evaluated()
		if !ok {
			return Value{}, false
		}
		if s.k != kAttrs {
			return Value{}, false
		}
		if a := s.Attrs().Lookup(v.Name); a != nil {
			return a.Value, true
		}
		for env = env.up; env != nil && !env.with; env = env.up {
		}
	}
	return Value{}, false
}

// evalBool evaluates e to a Boolean; pos (possibly none) is where CppNix
// reports a non-Boolean.
func (m *Machine) evalBool(e ast.Expr, env *Env, pos ast.Pos) (bool, error) {
	v, err := m.eval(e, env)
	if err != nil {
		return false, err
	}
	if v.k != kBool {
		return false, typeError(pos, v, "a Boolean")
	}
	return v.n != 0, nil
}

// attrName evaluates one step of an attribute path to its symbol.
func (m *Machine) attrName(a *ast.AttrName, env *Env) (ast.Symbol, error) {
	if a.Dynamic == nil {
		return a.Name, nil
	}
	v, err := m.eval(a.Dynamic, env)
	if err != nil {
		return 0, err
	}
	if v.sym != 0 {
		return ast.Symbol(v.sym - 1), nil
	}
	s, err := m.ForceStringNoCtx(v, ast.Pos{})
	if err != nil {
		return 0, err
	}
	return ast.Intern(s), nil
}

// showAttrPath prints an attribute path for a trace frame, evaluating the
// dynamic steps again as CppNix does.
func (m *Machine) showAttrPath(path []ast.AttrName, env *Env) string {
	var b strings.Builder
	for i := range path {
		if i > 0 {
			b.WriteByte('.')
		}
		sym, err := m.attrName(&path[i], env)
		if err != nil {
			b.WriteString(`"${` + showExpr(path[i].Dynamic) + `}"`)
			continue
		}
		b.WriteString(ast.ShowID(sym.String()))
	}
	return b.String()
}

func (m *Machine) evalSelect(e *ast.Select, env *Env) (Value, error) {
	v, err := m.eval(e.Subject, env)
	if err != nil {
		return Value{}, err
	}
	var attrPos *ast.Pos
	slot := &v
	fail := func(err error) (Value, error) {
		if attrPos != nil {
			err = AddTrace(err, *attrPos, "while evaluating the attribute '"+m.showAttrPath(e.Path, env)+"'")
		}
		return Value{}, err
	}
	for i := range e.Path {
		name, err := m.attrName(&e.Path[i], env)
		if err != nil {
			return fail(err)
		}
		cur, err := m.forceSlot(slot, e.Pos)
		if err != nil {
			nameSelectStep(err, e.Subject, e.Path, i)
			return fail(err)
		}
		var a *Attr
		if cur.k == kAttrs {
			a = cur.Attrs().Lookup(name)
		}
		if a == nil {
			if e.Default != nil {
				d, err := m.eval(e.Default, env)
				if err != nil {
					return fail(err)
				}
				return d, nil
			}
			if cur.k != kAttrs {
				return fail(typeError(e.Pos, cur, "a set"))
			}
			err := Errorf(EvalError, e.Pos, "attribute '%s' missing", ast.ShowID(name.String()))
			err.Suggestions = suggest(name.String(), cur.Attrs().nameStrings())
			return fail(err)
		}
		slot = &a.Value
		attrPos = a.Pos
	}
	pos := attrPos
	if pos == nil {
		pos = &e.Pos
	}
	r, err := m.forceSlotAt(slot, pos)
	if err != nil {
		nameSelectStep(err, e.Subject, e.Path, len(e.Path))
		return fail(err)
	}
	return r, nil
}

func (m *Machine) evalHasAttr(e *ast.HasAttr, env *Env) (Value, error) {
	v, err := m.eval(e.Subject, env)
	if err != nil {
		return Value{}, err
	}
	slot := &v
	for i := range e.Path {
		cur, err := m.forceSlot(slot, ast.Pos{})
		if err != nil {
			nameSelectStep(err, e.Subject, e.Path, i)
			return Value{}, err
		}
		name, err := m.attrName(&e.Path[i], env)
		if err != nil {
			return Value{}, err
		}
		if cur.k != kAttrs {
			return False, nil
		}
		a := cur.Attrs().Lookup(name)
		if a == nil {
			return False, nil
		}
		slot = &a.Value
	}
	return True, nil
}

func (m *Machine) evalAttrSet(e *ast.AttrSet, env *Env) (Value, error) {
	var small *Attrs // a set allocated with its attributes (see newFlat)
	var entries []Attr
	if n := len(e.Bindings); len(e.Dynamic) == 0 && n > 0 && n <= roomyMax {
		small = newFlat(n)
		entries = small.flat[:n]
	} else {
		entries = make([]Attr, n, n+len(e.Dynamic))
	}
	dynEnv := env
	var recEnv *Env
	var overrides int = -1
	if e.Rec {
		recEnv = newEnv(env, len(e.Bindings))
		dynEnv = recEnv
		for i, b := range e.Bindings {
			if b.Name == symOverrides && b.Inherit != ast.Inherited {
				overrides = i
			}
		}
		for i, b := range e.Bindings {
			var v Value
			switch {
			case b.Inherit == ast.Inherited:
				v = m.maybeThunk(b.Value, env)
			case overrides >= 0:
				// Overridable attributes must be real thunks: their
				// slots may be replaced below.
				v = m.newThunk(b.Value, recEnv)
			default:
				v = m.maybeThunk(b.Value, recEnv)
			}
			*recEnv.slot(int32(i)) = v
			entries[i].set(b, v)
		}
	} else {
		for i, b := range e.Bindings {
			entries[i].set(b, m.maybeThunk(b.Value, env))
		}
	}
	var attrs *Attrs
	if small != nil {
		small.flat = sortUnique(entries)
		attrs = small
	} else {
		bld := AttrsBuilder{entries: entries}
		attrs = bld.Finish()
	}
	if overrides >= 0 {
		var err error
		if attrs, err = m.applyOverrides(e, attrs, recEnv, overrides); err != nil {
			return Value{}, err
		}
	}
	for _, d := range e.Dynamic {
		nv, err := m.eval(d.Name, dynEnv)
		if err != nil {
			return Value{}, err
		}
		if nv.k == kNull {
			continue
		}
		name, err := m.ForceStringNoCtx(nv, ast.Pos{})
		if err != nil {
			return Value{}, err
		}
		sym := ast.Intern(name)
		if old := attrs.Lookup(sym); old != nil {
			where := ast.Pos{}
			if old.Pos != nil {
				where = *old.Pos
			}
			return Value{}, Errorf(EvalError, d.Pos, "dynamic attribute '%s' already defined at %s", ast.ShowID(name), ShowPos(where))
		}
		if l, ok := d.Value.(*ast.Lambda); ok {
			setLambdaName(l, sym)
		}
		attrs = attrs.with(Attr{Name: sym, Value: m.maybeThunk(d.Value, dynEnv), Pos: &d.Pos})
	}
	if attrs == EmptyAttrs {
		attrs = &Attrs{}
	}
	attrs.Pos = &e.Pos
	return NewAttrs(attrs), nil
}

// setLambdaName names a function bound by a dynamic attribute, as CppNix
// does when it evaluates the binding.
func setLambdaName(l *ast.Lambda, name ast.Symbol) {
	for {
		l.Name = name
		next, ok := l.Body.(*ast.Lambda)
		if !ok {
			return
		}
		l = next
	}
}

// applyOverrides implements `__overrides` in a rec set: its attributes
// replace (in the set and in the recursive scope) or extend the set's.
func (m *Machine) applyOverrides(e *ast.AttrSet, attrs *Attrs, recEnv *Env, i int) (*Attrs, error) {
	ov, err := m.Force(*recEnv.slot(int32(i)), ast.Pos{})
	if err != nil {
		return nil, err
	}
	if ov.k != kAttrs {
		return nil, typeError(m.DeterminePos(ov, ast.Pos{}), ov, "a set")
	}
	ov.Attrs().All(func(o *Attr) bool {
		for j, b := range e.Bindings {
			if b.Name == o.Name {
				*recEnv.slot(int32(j)) = o.Value
			}
		}
		return true
	})
	return Update(attrs, ov.Attrs()), nil
}

// posValue is __curPos and unsafeGetAttrPos: { file, line, column } or
// null without a position.
func (m *Machine) posValue(p *ast.Pos) Value {
	if p == nil || !p.IsValid() {
		return Null
	}
	file := p.Src.Name
	if strings.HasPrefix(file, "«") {
		// CppNix 2.8 keeps the text of a command-line expression as
		// its "file".
		file = string(p.Src.Text)
	}
	b := NewAttrsBuilder(3)
	b.Add(symFile, NewString(file), nil)
	b.Add(symLine, NewInt(int64(p.Line)), nil)
	b.Add(symColumn, NewInt(int64(p.Col)), nil)
	return NewAttrs(b.Finish())
}

// PosValue is posValue for builtins (unsafeGetAttrPos).
func (m *Machine) PosValue(p *ast.Pos) Value { return m.posValue(p) }

func (m *Machine) evalBinary(e *ast.Binary, env *Env) (Value, error) {
	switch e.Op {
	case ast.OpEq, ast.OpNEq:
		a, err := m.eval(e.L, env)
		if err != nil {
			return Value{}, err
		}
		b, err := m.eval(e.R, env)
		if err != nil {
			return Value{}, err
		}
		eq, err := m.equal(a, b, true)
		if err != nil {
			return Value{}, err
		}
		return NewBool(eq == (e.Op == ast.OpEq)), nil
	case ast.OpAnd:
		a, err := m.evalBool(e.L, env, e.Pos)
		if err != nil || !a {
			return False, err
		}
		b, err := m.evalBool(e.R, env, e.Pos)
		return NewBool(b), err
	case ast.OpOr:
		a, err := m.evalBool(e.L, env, e.Pos)
		if err != nil || a {
			return True, err
		}
		b, err := m.evalBool(e.R, env, e.Pos)
		return NewBool(b), err
	case ast.OpImpl:
		a, err := m.evalBool(e.L, env, e.Pos)
		if err != nil || !a {
			return True, err
		}
		b, err := m.evalBool(e.R, env, e.Pos)
		return NewBool(b), err
	case ast.OpUpdate:
		a, err := m.evalAttrs(e.L, env)
		if err != nil {
			return Value{}, err
		}
		b, err := m.evalAttrs(e.R, env)
		if err != nil {
			return Value{}, err
		}
		return NewAttrs(Update(a, b)), nil
	case ast.OpConcat:
		a, err := m.eval(e.L, env)
		if err != nil {
			return Value{}, err
		}
		b, err := m.eval(e.R, env)
		if err != nil {
			return Value{}, err
		}
		return m.ConcatLists([]Value{a, b}, e.Pos)
	}
	return Value{}, Errorf(EvalError, e.Pos, "internal error: unknown operator %v", e.Op)
}

// evalAttrs evaluates e to a set; CppNix reports a non-set without a
// position here.
func (m *Machine) evalAttrs(e ast.Expr, env *Env) (*Attrs, error) {
	v, err := m.eval(e, env)
	if err != nil {
		return nil, err
	}
	if v.k != kAttrs {
		return nil, typeError(ast.Pos{}, v, "a set")
	}
	return v.Attrs(), nil
}

// ConcatLists concatenates lists (`++`, builtins.concatLists), forcing
// each to a list; an error is reported at pos.
func (m *Machine) ConcatLists(lists []Value, pos ast.Pos) (Value, error) {
	total, nonEmpty := 0, -1
	for i := range lists {
		l, err := m.Force(lists[i], pos)
		if err != nil {
			return Value{}, err
		}
		if l.k != kList {
			return Value{}, typeError(pos, l, "a list")
		}
		lists[i] = l
		if l.n > 0 {
			total += int(l.n)
			nonEmpty = i
		}
	}
	if nonEmpty < 0 {
		return NewList(nil), nil
	}
	if total == int(lists[nonEmpty].n) {
		return lists[nonEmpty], nil
	}
	if err := m.CheckListSize(pos, total); err != nil {
		return Value{}, err
	}
	out := make([]Value, 0, total)
	for _, l := range lists {
		out = append(out, l.List()...)
	}
	return NewList(out), nil
}

// partPos is where CppNix reports an error about the i-th part of e.
func partPos(e *ast.Concat, i int) ast.Pos {
	if i < len(e.PartPos) {
		return e.PartPos[i]
	}
	return e.Parts[i].Position()
}

// evalConcat evaluates `+` chains and interpolated strings. Strings and
// paths are joined in one allocation, once their total size is known to
// fit (see CheckStringSize).
func (m *Machine) evalConcat(e *ast.Concat, env *Env) (Value, error) {
	first := !e.ForceString
	firstType := TypeString
	var n int64
	var nf float64
	var small [4]string
	strs := small[:0]
	total := 0
	var ctx Context
	for i, part := range e.Parts {
		v, err := m.eval(part, env)
		if err != nil {
			return Value{}, err
		}
		if first {
			firstType = v.Type()
		}
		switch firstType {
		case TypeInt:
			switch v.k {
			case kInt:
				n += int64(v.n)
			case kFloat:
				firstType = TypeFloat
				nf = float64(n) + v.Float()
			default:
				return Value{}, Errorf(EvalError, partPos(e, i), "cannot add %s to an integer", TypeName(v))
			}
		case TypeFloat:
			switch v.k {
			case kInt:
				nf += float64(int64(v.n))
			case kFloat:
				nf += v.Float()
			default:
				return Value{}, Errorf(EvalError, partPos(e, i), "cannot add %s to a float", TypeName(v))
			}
		default:
			s, err := m.coerceToString(partPos(e, i), v, &ctx, false, firstType == TypeString, !first)
			if err != nil {
				return Value{}, err
			}
			if len(e.Parts) == 1 && firstType == TypeString {
				// A lone interpolation: reuse the string.
				return NewStringWithContext(s, ctx), nil
			}
			total += len(s)
			if err := m.CheckStringSize(e.Pos, total); err != nil {
				return Value{}, err
			}
			strs = append(strs, s)
		}
		first = false
	}
	switch firstType {
	case TypeInt:
		return NewInt(n), nil
	case TypeFloat:
		return NewFloat(nf), nil
	case TypePath:
		if len(ctx) > 0 {
			return Value{}, Errorf(EvalError, e.Pos, "a string that refers to a store path cannot be appended to a path")
		}
		return NewPath(CanonPath(strings.Join(strs, ""))), nil
	}
	return NewStringWithContext(strings.Join(strs, ""), ctx), nil
}
