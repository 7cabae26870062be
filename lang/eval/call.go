package eval

import (
	"github.com/ovl-nix/ovl/lang/ast"
)

func (m *Machine) evalCall(e *ast.Call, env *Env) (Value, error) {
	var fn Value
	if v, ok := e.Fn.(*ast.Var); ok {
		if v.Level < 0 && len(e.Args) == 2 {
			if op := m.arithSlot[v.Slot]; op >= 0 {
				return m.evalArith(ArithOp(op), e, env)
			}
		}
		if isLocal(v) {
			// A function bound to a variable, evaluated already.
			fn = *localSlot(v, env)
		}
	}
	if fn.k == kInvalid || fn.k >= kThunk {
		var err error
		if fn, err = m.eval(e.Fn, env); err != nil {
			return Value{}, err
		}
	}
	if len(e.Args) == 1 {
		a := e.Args[0]
		if fn.k == kLambda {
			c := fn.closure()
			if c.fn.Formals == nil && needsThunk(a) {
				// The common `f (expr)`: allocate the argument's thunk
				// and the function's environment together. This costs
				// less than taking the environment from the free list
				// (callReusing) when the thunk must be allocated anyway.
				te := m.allocThunkEnv()
				te.t.expr, te.t.env = a, env
				te.e.up, te.e.vals, te.e.n = c.env, &te.e.a[0], 1
				te.e.a[0] = newThunkValue(&te.t)
				return m.runLambda(c.fn, &te.e.Env, e.Pos)
			}
			return m.callLambda(c, m.maybeThunk(a, env), e.Pos)
		}
		arg := m.maybeThunk(a, env)
		var one [1]Value
		one[0] = arg
		return m.callFunction(fn, one[:], e.Pos)
	}
	var buf [4]Value
	var args []Value
	if len(e.Args) <= len(buf) {
		args = buf[:len(e.Args)]
	} else {
		args = make([]Value, len(e.Args))
	}
	for i, a := range e.Args {
		args[i] = m.maybeThunk(a, env)
	}
	return m.callFunction(fn, args, e.Pos)
}

// Call applies fn to args, forcing the result; pos is the call site. fn
// may be a lambda, a builtin (partially applied or not) or a functor set.
func (m *Machine) Call(fn Value, pos ast.Pos, args ...Value) (Value, error) {
	return m.callFunction(fn, args, pos)
}

// callFunction is CppNix's callFunction. It does not keep args.
func (m *Machine) callFunction(fn Value, args []Value, pos ast.Pos) (Value, error) {
	fn, err := m.Force(fn, pos)
	if err != nil {
		return Value{}, err
	}
	for len(args) > 0 {
		switch fn.k {
		case kLambda:
			c := fn.closure()
			if inner, ok := c.fn.Body.(*ast.Lambda); ok && len(args) >= 2 && c.fn.Formals == nil && inner.Formals == nil {
				// `x: y: body` applied to two arguments: the outer
				// call only makes the inner function, which is applied
				// at once, so it needs no closure.
				if inner.NoEnvCapture {
					fn, err = m.callReusing2(inner, c.env, args[0], args[1], pos)
					args = args[2:]
					break
				}
				envs := m.allocEnvPair()
				envs.outer.up, envs.outer.vals, envs.outer.n = c.env, &envs.outer.a[0], 1
				envs.outer.a[0] = args[0]
				envs.inner.up, envs.inner.vals, envs.inner.n = &envs.outer.Env, &envs.inner.a[0], 1
				envs.inner.a[0] = args[1]
				env2 := &envs.inner.Env
				fn, err = m.runLambda(inner, env2, pos)
				args = args[2:]
				break
			}
			fn, err = m.callLambda(c, args[0], pos)
			args = args[1:]
		case kPrimOp:
			op := fn.PrimOp()
			arity := max(op.Arity, 1)
			if len(args) < arity {
				return newPrimOpApp(&PrimOpApp{op: op, args: append([]Value(nil), args...)}), nil
			}
			fn, err = m.callPrimOp(op, nil, args[:arity], pos)
			args = args[arity:]
		case kPrimOpApp:
			app := fn.primOpApp()
			need := app.op.Arity - len(app.args)
			if len(args) < need {
				all := make([]Value, 0, len(app.args)+len(args))
				all = append(append(all, app.args...), args...)
				return newPrimOpApp(&PrimOpApp{op: app.op, args: all}), nil
			}
			fn, err = m.callPrimOp(app.op, app.args, args[:need], pos)
			args = args[need:]
		case kAttrs:
			f := fn.Attrs().Lookup(symFunctor)
			if f == nil {
				return Value{}, Errorf(TypeError, pos, "attempt to call something which is not a function but %s", TypeName(fn))
			}
			if err := m.enter(pos); err != nil {
				return Value{}, err
			}
			self := [2]Value{fn, args[0]}
			fn, err = m.callFunction(f.Value, self[:], pos)
			m.leave()
			args = args[1:]
		default:
			return Value{}, Errorf(TypeError, pos, "attempt to call something which is not a function but %s", TypeName(fn))
		}
		if err != nil {
			return Value{}, err
		}
	}
	return fn, nil
}

// callLambda applies a lambda to one argument.
func (m *Machine) callLambda(c *Closure, arg Value, pos ast.Pos) (Value, error) {
	fn := c.fn
	var env *Env
	if fn.Formals == nil {
		if fn.NoEnvCapture {
			return m.callReusing(fn, c.env, arg, pos)
		}
		e := m.allocEnv1()
		e.up, e.vals, e.n = c.env, &e.a[0], 1
		e.a[0] = arg
		env = &e.Env
	} else {
		var err error
		if env, err = m.bindFormals(c, arg, pos); err != nil {
			return Value{}, err
		}
	}
	return m.runLambda(fn, env, pos)
}

// Reusing environments. A call of a function whose body's value cannot
// reference its environment (ast.Lambda.NoEnvCapture, see resolver.expr)
// takes the environment from a free list and puts it back when the body
// returns, so that loops of calls (foldl', genList, map) leave no garbage.
// The one way such a body may still capture it is maybeThunk's fallback,
// which sets envCaptured: the environment is then left to the garbage
// collector, and so are the environments of the calls around (the flag is
// not told apart by environment), as after an error. The body has
// returned, so the environment is live nowhere else when it is put back,
// and a call that starts while it runs (recursion) takes another one.

// callReusing applies a NoEnvCapture function `x: body` whose closure has
// environment up to arg.
func (m *Machine) callReusing(fn *ast.Lambda, up *Env, arg Value, pos ast.Pos) (Value, error) {
	var e *env1
	if n := len(m.freeEnv1); n > 0 {
		e = m.freeEnv1[n-1]
		m.freeEnv1 = m.freeEnv1[:n-1]
	} else {
		e = m.allocEnv1()
		e.vals, e.n = &e.a[0], 1
	}
	e.up, e.a[0] = up, arg
	outer := m.envCaptured
	m.envCaptured = false
	v, err := m.runLambda(fn, &e.Env, pos)
	if err == nil && !m.envCaptured {
		e.up, e.a[0] = nil, Value{}
		m.freeEnv1 = append(m.freeEnv1, e)
	}
	m.envCaptured = m.envCaptured || outer
	return v, err
}

// callReusing2 applies `x: y: body` (inner is `y: body`, NoEnvCapture) to
// a and b, as callReusing.
func (m *Machine) callReusing2(inner *ast.Lambda, up *Env, a, b Value, pos ast.Pos) (Value, error) {
	var p *envPair
	if n := len(m.freePairs); n > 0 {
		p = m.freePairs[n-1]
		m.freePairs = m.freePairs[:n-1]
	} else {
		p = m.allocEnvPair()
		p.outer.vals, p.outer.n = &p.outer.a[0], 1
		p.inner.up, p.inner.vals, p.inner.n = &p.outer.Env, &p.inner.a[0], 1
	}
	p.outer.up, p.outer.a[0], p.inner.a[0] = up, a, b
	outer := m.envCaptured
	m.envCaptured = false
	v, err := m.runLambda(inner, &p.inner.Env, pos)
	if err == nil && !m.envCaptured {
		p.outer.up, p.outer.a[0], p.inner.a[0] = nil, Value{}, Value{}
		m.freePairs = append(m.freePairs, p)
	}
	m.envCaptured = m.envCaptured || outer
	return v, err
}

// envPair holds the environments of a curried function `x: y: …` applied
// to both its arguments at once.
type envPair struct {
	outer, inner env1
}

// thunkEnv is a one-slot environment allocated with the thunk in its slot.
type thunkEnv struct {
	e env1
	t Thunk
}

// needsThunk reports whether maybeThunk(e) allocates a thunk.
func needsThunk(e ast.Expr) bool {
	switch e.(type) {
	case *ast.Int, *ast.String, *ast.Float, *ast.Path, *ast.Var:
		return false
	}
	return true
}

// runLambda evaluates a function's body in its new environment.
func (m *Machine) runLambda(fn *ast.Lambda, env *Env, pos ast.Pos) (Value, error) {
	m.callDepth++
	m.evalDepth++
	if m.callDepth > m.maxCallDepth || m.evalDepth > maxEvalDepth || m.interrupted.Load() {
		m.callDepth--
		m.evalDepth--
		if m.interrupted.Load() {
			return Value{}, m.interruptError()
		}
		return Value{}, stackOverflow()
	}
	v, err := m.eval(fn.Body, env)
	m.callDepth--
	m.evalDepth--
	if err != nil && m.opts.ShowTrace {
		addCallTrace(err, fn, pos)
	}
	return v, err
}

// addCallTrace adds the frames CppNix adds to an error in a function call
// with --show-trace.
func addCallTrace(err error, fn *ast.Lambda, pos ast.Pos) {
	name := "anonymous lambda"
	if fn.Name != 0 {
		name = "'" + fn.Name.String() + "'"
	}
	AddTrace(err, fn.Pos, "while evaluating "+name)
	AddTrace(err, pos, "from call site")
}

// bindFormals builds the environment of a `{ a, b ? d, ... }:` function.
func (m *Machine) bindFormals(c *Closure, arg Value, pos ast.Pos) (*Env, error) {
	fn := c.fn
	av, err := m.Force(arg, pos)
	if err != nil {
		return nil, err
	}
	if av.k != kAttrs {
		return nil, typeError(pos, av, "a set")
	}
	attrs := av.Attrs()
	n := len(fn.Formals.Items)
	slot := int32(0)
	if fn.Arg != 0 {
		n++
	}
	env := newEnv(c.env, n)
	if fn.Arg != 0 {
		*env.slot(0) = av
		slot = 1
	}
	used := 0
	for i := range fn.Formals.Items {
		f := &fn.Formals.Items[i]
		if a := attrs.Lookup(f.Name); a != nil {
			*env.slot(slot) = a.Value
			used++
		} else if f.Default != nil {
			*env.slot(slot) = m.maybeThunk(f.Default, env)
		} else {
			return nil, Errorf(TypeError, pos, "%s called without required argument '%s'", lambdaName(fn), ast.ShowID(f.Name.String()))
		}
		slot++
	}
	if !fn.Formals.Ellipsis && used != attrs.Len() {
		var err *Error
		attrs.All(func(a *Attr) bool {
			if hasFormal(fn.Formals, a.Name) {
				return true
			}
			names := make([]string, len(fn.Formals.Items))
			for i, f := range fn.Formals.Items {
				names[i] = f.Name.String()
			}
			err = Errorf(TypeError, pos, "%s called with unexpected argument '%s'", lambdaName(fn), ast.ShowID(a.Name.String()))
			err.Suggestions = suggest(a.Name.String(), names)
			return false
		})
		if err != nil {
			return nil, err
		}
	}
	return env, nil
}

func hasFormal(f *ast.Formals, name ast.Symbol) bool {
	for i := range f.Items {
		if f.Items[i].Name == name {
			return true
		}
	}
	return false
}

// callPrimOp calls a builtin with its bound arguments (from a partial
// application) and the new ones. The arguments are passed in m.stack so
// that calls allocate nothing; builtins must not keep the slice.
func (m *Machine) callPrimOp(op *PrimOp, bound, args []Value, pos ast.Pos) (Value, error) {
	base := len(m.stack)
	m.stack = append(m.stack, bound...)
	m.stack = append(m.stack, args...)
	top := len(m.stack)
	v, err := op.Fn(m, pos, m.stack[base:top:top])
	clear(m.stack[base:top])
	m.stack = m.stack[:base]
	if err != nil {
		return Value{}, err
	}
	if v.k >= kThunk {
		return m.Force(v, pos)
	}
	return v, nil
}
