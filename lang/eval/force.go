package eval

import (
	"unsafe"

	"github.com/ovl-nix/ovl/lang/ast"
)

// Force evaluates v to weak head normal form: the result is never a thunk.
// pos is where the value is needed: CppNix reports infinite recursion
// there.
func (m *Machine) Force(v Value, pos ast.Pos) (Value, error) {
	switch v.k {
	case kThunk:
		return m.forceThunk(v.thunk(), &pos)
	case kApp:
		return m.forceApp(v.app())
	}
	return v, nil
}

// forceSlot forces *slot and stores the result back, so the next access
// skips the thunk.
func (m *Machine) forceSlot(slot *Value, pos ast.Pos) (Value, error) {
	if slot.k < kThunk {
		return *slot, nil
	}
	return m.forceSlotThunk(slot, pos)
}

// forceSlotThunk is forceSlot of a thunk, apart so that forceSlot is
// inlined.
func (m *Machine) forceSlotThunk(slot *Value, pos ast.Pos) (Value, error) {
	v, err := m.Force(*slot, pos)
	if err == nil {
		*slot = v
	}
	return v, err
}

// forceSlotAt is forceSlot with the position by reference: it is read
// only to report infinite recursion, which spares selecting an attribute
// (see evalSelect) a cache miss.
func (m *Machine) forceSlotAt(slot *Value, pos *ast.Pos) (Value, error) {
	var v Value
	var err error
	switch slot.k {
	case kThunk:
		v, err = m.forceThunk(slot.thunk(), pos)
	case kApp:
		v, err = m.forceApp(slot.app())
	default:
		return *slot, nil
	}
	if err == nil {
		*slot = v
	}
	return v, err
}

// ForceAttr forces the value of an attribute in place and returns it.
func (m *Machine) ForceAttr(a *Attr, pos ast.Pos) (Value, error) { return m.forceSlot(&a.Value, pos) }

func (m *Machine) forceThunk(t *Thunk, pos *ast.Pos) (Value, error) {
	env := t.env
	if env == nil {
		return t.val, nil
	}
	expr := t.expr
	if env == &blackhole {
		if expr == nil {
			// an application, see forceApp
			return Value{}, withCycle(stackOverflow(), unsafe.Pointer(t), "")
		}
		return Value{}, withCycle(Errorf(EvalError, *pos, "infinite recursion encountered"), unsafe.Pointer(t), "")
	}
	t.env = &blackhole
	m.evalDepth++
	if m.evalDepth > maxEvalDepth || m.interrupted.Load() {
		m.evalDepth--
		t.env = env
		if m.interrupted.Load() {
			return Value{}, m.interruptError()
		}
		return Value{}, stackOverflow()
	}
	var v Value
	var err error
	if expr != nil {
		v, err = m.eval(expr, env)
	} else {
		vals := env.values()
		v, err = m.callFunction(vals[0], vals[1:], noPos)
	}
	m.evalDepth--
	if err != nil {
		// Put the thunk back so that tryEval and the REPL can retry it.
		t.env = env
		unwindCycle(err, unsafe.Pointer(t), expr, noPos, "")
		return Value{}, err
	}
	if v.k == kList && v.n <= 2 {
		if _, fresh := expr.(*ast.List); !fresh {
			v = ownSmallList(v)
		}
	}
	t.val, t.env, t.expr = v, nil, nil
	return v, nil
}

// ownSmallList gives a list of one or two elements that a thunk evaluated
// to (not a list it built itself) elements of its own. CppNix stores such
// lists inside the value cell and copies them with the cell, so that the
// printer sees them as new (not `«repeated»`) in every thunk that took
// them from elsewhere; longer lists are shared.
func ownSmallList(v Value) Value {
	switch v.n {
	case 1:
		return NewList([]Value{v.List()[0]})
	case 2:
		xs := v.List()
		return NewList([]Value{xs[0], xs[1]})
	}
	return v
}

// appThunk is a function applied to one argument, evaluated at most once
// (the elements of map's and genList's results): half the size of an
// expression thunk with its environment.
type appThunk struct {
	fn, arg Value // once done, fn holds the result
	state   uint8
}

const (
	appPending uint8 = iota
	appRunning       // being evaluated: forcing it again is infinite recursion
	appDone
)

func (m *Machine) forceApp(a *appThunk) (Value, error) {
	switch a.state {
	case appDone:
		return a.fn, nil
	case appRunning:
		// CppNix does not mark applications as being evaluated and runs
		// out of stack instead; ovl stops at once, with CppNix's message.
		return Value{}, withCycle(stackOverflow(), unsafe.Pointer(a), "")
	}
	a.state = appRunning
	m.evalDepth++
	if m.evalDepth > maxEvalDepth || m.interrupted.Load() {
		m.evalDepth--
		a.state = appPending
		if m.interrupted.Load() {
			return Value{}, m.interruptError()
		}
		return Value{}, stackOverflow()
	}
	// As in CppNix, the call has no position of its own.
	args := [1]Value{a.arg}
	v, err := m.callFunction(a.fn, args[:], noPos)
	m.evalDepth--
	if err != nil {
		a.state = appPending
		unwindCycle(err, unsafe.Pointer(a), nil, m.DeterminePos(a.fn, noPos), "")
		return Value{}, err
	}
	if v.k == kList && v.n <= 2 {
		v = ownSmallList(v)
	}
	a.fn, a.arg, a.state = v, Value{}, appDone
	return v, nil
}

// newThunk delays the evaluation of e in env.
func (m *Machine) newThunk(e ast.Expr, env *Env) Value {
	t := m.allocThunk()
	t.expr, t.env = e, env
	return newThunkValue(t)
}

// LazyCall returns a thunk that applies fn to args when forced, like the
// elements of builtins.map's result.
func (m *Machine) LazyCall(fn Value, args ...Value) Value {
	if len(args) == 1 {
		// The common case (map, genList): one small allocation.
		a := m.allocAppThunk()
		a.fn, a.arg = fn, args[0]
		return newAppValue(a)
	}
	env := newEnv(nil, 1+len(args))
	vals := env.values()
	vals[0] = fn
	copy(vals[1:], args)
	return newThunkValue(&Thunk{env: env})
}

// Lazy returns a thunk that runs compute when forced (at most once, with
// infinite recursion detection like any thunk). compute must return a
// forced value or an error.
func (m *Machine) Lazy(compute func(m *Machine) (Value, error)) Value {
	fn := NewBuiltinFunc("lazy", 1, func(m *Machine, _ ast.Pos, _ []Value) (Value, error) {
		return compute(m)
	})
	return m.LazyCall(fn, Null)
}

// ForceInt forces v and returns its integer, or a type error at pos.
func (m *Machine) ForceInt(v Value, pos ast.Pos) (int64, error) {
	v, err := m.Force(v, pos)
	if err != nil {
		return 0, err
	}
	if v.k != kInt {
		return 0, typeError(pos, v, "an integer")
	}
	return int64(v.n), nil
}

// ForceFloat forces v and returns it as a float (integers are converted),
// or a type error at pos.
func (m *Machine) ForceFloat(v Value, pos ast.Pos) (float64, error) {
	v, err := m.Force(v, pos)
	if err != nil {
		return 0, err
	}
	switch v.k {
	case kInt:
		return float64(int64(v.n)), nil
	case kFloat:
		return v.Float(), nil
	}
	return 0, typeError(pos, v, "a float")
}

// ForceBool forces v and returns its boolean, or a type error at pos.
func (m *Machine) ForceBool(v Value, pos ast.Pos) (bool, error) {
	v, err := m.Force(v, pos)
	if err != nil {
		return false, err
	}
	if v.k != kBool {
		return false, typeError(pos, v, "a Boolean")
	}
	return v.n != 0, nil
}

// ForceString forces v and returns its text, ignoring its context, or a
// type error at pos. Paths and sets are not coerced: see CoerceToString.
func (m *Machine) ForceString(v Value, pos ast.Pos) (string, error) {
	v, err := m.Force(v, pos)
	if err != nil {
		return "", err
	}
	if v.k != kString && v.k != kStringCtx {
		return "", typeError(pos, v, "a string")
	}
	return v.Str(), nil
}

// ForceStringContext is ForceString that also returns the string's
// context.
func (m *Machine) ForceStringContext(v Value, pos ast.Pos) (string, Context, error) {
	v, err := m.Force(v, pos)
	if err != nil {
		return "", nil, err
	}
	if v.k != kString && v.k != kStringCtx {
		return "", nil, typeError(pos, v, "a string")
	}
	return v.Str(), v.Context(), nil
}

// ForceStringNoCtx is ForceString for strings that must not refer to store
// paths (attribute names, regexes): a string with context is an error.
func (m *Machine) ForceStringNoCtx(v Value, pos ast.Pos) (string, error) {
	v, err := m.Force(v, pos)
	if err != nil {
		return "", err
	}
	if v.k != kString && v.k != kStringCtx {
		return "", typeError(pos, v, "a string")
	}
	if ctx := v.Context(); len(ctx) > 0 {
		return "", Errorf(EvalError, pos, "the string '%s' is not allowed to refer to a store path (such as '%s')", v.Str(), ctx[0])
	}
	return v.Str(), nil
}

// ForceList forces v and returns its elements (unforced), or a type error
// at pos. The slice is shared with the list: do not modify it.
func (m *Machine) ForceList(v Value, pos ast.Pos) ([]Value, error) {
	v, err := m.Force(v, pos)
	if err != nil {
		return nil, err
	}
	if v.k != kList {
		return nil, typeError(pos, v, "a list")
	}
	return v.List(), nil
}

// ForceAttrs forces v and returns its set, or a type error at pos.
func (m *Machine) ForceAttrs(v Value, pos ast.Pos) (*Attrs, error) {
	v, err := m.Force(v, pos)
	if err != nil {
		return nil, err
	}
	if v.k != kAttrs {
		return nil, typeError(pos, v, "a set")
	}
	return v.Attrs(), nil
}

// ForceFunction forces v and checks that it can be called (a function or
// a set with __functor), or returns a type error at pos.
func (m *Machine) ForceFunction(v Value, pos ast.Pos) (Value, error) {
	v, err := m.Force(v, pos)
	if err != nil {
		return Value{}, err
	}
	if v.Type() != TypeFunction && !IsFunctor(v) {
		return Value{}, typeError(pos, v, "a function")
	}
	return v, nil
}

// IsFunctor reports whether v is a set with a __functor attribute.
func IsFunctor(v Value) bool {
	return v.k == kAttrs && v.Attrs().Has(symFunctor)
}

// ForceDeep forces v and, recursively, every list element and attribute
// value in it (builtins.deepSeq, --strict). An error inside an attribute
// gets the trace frame "while evaluating the attribute 'NAME'".
func (m *Machine) ForceDeep(v Value, pos ast.Pos) error {
	seen := map[unsafe.Pointer]bool{}
	_, err := m.forceDeep(&v, pos, seen)
	return err
}

func (m *Machine) forceDeep(slot *Value, pos ast.Pos, seen map[unsafe.Pointer]bool) (Value, error) {
	if slot.k >= kThunk {
		// A thunk shared by several places is forced and walked once.
		if seen[slot.p] {
			return Value{}, nil
		}
		seen[slot.p] = true
	}
	v, err := m.forceSlot(slot, m.DeterminePos(*slot, ast.Pos{}))
	if err != nil {
		return v, err
	}
	switch v.k {
	case kAttrs:
		a := v.Attrs()
		if seen[v.p] {
			return v, nil
		}
		seen[v.p] = true
		if err := m.enter(pos); err != nil {
			return v, err
		}
		defer m.leave()
		var err error
		a.All(func(at *Attr) bool {
			if _, err = m.forceDeep(&at.Value, pos, seen); err != nil {
				// The name as it is, unquoted, as CppNix writes it.
				err = AddTrace(err, attrPos(at), "while evaluating the attribute '"+at.Name.String()+"'")
			}
			return err == nil
		})
		if err != nil {
			return v, err
		}
	case kList:
		if v.n == 0 || seen[v.p] {
			return v, nil
		}
		seen[v.p] = true
		if err := m.enter(pos); err != nil {
			return v, err
		}
		defer m.leave()
		elems := v.List()
		for i := range elems {
			if _, err := m.forceDeep(&elems[i], pos, seen); err != nil {
				return v, err
			}
		}
	}
	return v, nil
}

// DeterminePos is CppNix's Value::determinePos: the position of a set or
// lambda value itself, else pos.
func (m *Machine) DeterminePos(v Value, pos ast.Pos) ast.Pos {
	switch v.k {
	case kAttrs:
		if p := v.Attrs().Pos; p != nil {
			return *p
		}
		return ast.Pos{}
	case kLambda:
		return v.closure().fn.Pos
	case kApp:
		if r, ok := v.evaluated(); ok {
			return m.DeterminePos(r, pos)
		}
		return m.DeterminePos(v.app().fn, pos)
	case kThunk:
		t := v.thunk()
		if t.done() {
			return m.DeterminePos(t.val, pos)
		}
		if t.expr == nil && t.env.n > 0 {
			return m.DeterminePos(*t.env.slot(0), pos)
		}
	}
	return pos
}

// enter counts one level of Go recursion that is not a thunk or call
// (printing, ==, deepSeq) and fails before the Go stack could overflow.
func (m *Machine) enter(pos ast.Pos) error {
	m.evalDepth++
	if m.evalDepth > maxEvalDepth {
		m.evalDepth--
		return stackOverflow()
	}
	return nil
}

func (m *Machine) leave() { m.evalDepth-- }
