package builtins

import (
	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
)

// Builtins about functions, and genericClosure, which drives one.
func functionBuiltins() []eval.Builtin {
	return []eval.Builtin{
		{Name: "functionArgs", Scope: eval.GlobalUnderscore, Arity: 1, Fn: primFunctionArgs},
		{Name: "genericClosure", Scope: eval.GlobalUnderscore, Arity: 1, Fn: primGenericClosure},
	}
}

var symKey = ast.Intern("key")

// primFunctionArgs maps each formal of a `{ ... }:` function to whether
// it has a default. Builtins and plain `x:` functions have none; a functor
// set is not a function here.
func primFunctionArgs(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	f, err := m.Force(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	if f.PrimOp() != nil {
		return eval.NewAttrs(eval.EmptyAttrs), nil
	}
	l := f.Lambda()
	if l == nil {
		return eval.Value{}, eval.Errorf(eval.TypeError, pos, "'functionArgs' requires a function")
	}
	if l.Formals == nil {
		return eval.NewAttrs(eval.EmptyAttrs), nil
	}
	b := eval.NewAttrsBuilder(len(l.Formals.Items))
	for i := range l.Formals.Items {
		fm := &l.Formals.Items[i]
		b.Add(fm.Name, eval.NewBool(fm.Default != nil), &fm.Pos)
	}
	return eval.NewAttrs(b.Finish()), nil
}

// primGenericClosure runs the work list of startSet through operator,
// keeping the first item of every key (keys compare with `<` and `==` as
// CppNix's std::set does) in the order they are reached.
func primGenericClosure(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	a, err := m.ForceAttrs(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	startSet, err := m.RequireAttr(a, "startSet", "genericClosure", pos)
	if err != nil {
		return eval.Value{}, err
	}
	start, err := m.ForceList(startSet.Value, pos)
	if err != nil {
		return eval.Value{}, err
	}
	work := append([]eval.Value(nil), start...)
	opAttr, err := m.RequireAttr(a, "operator", "genericClosure", pos)
	if err != nil {
		return eval.Value{}, err
	}
	op, err := m.Force(opAttr.Value, pos)
	if err != nil {
		return eval.Value{}, err
	}
	var done keySet
	var res []eval.Value
	for len(work) > 0 {
		e := work[0]
		work = work[1:]
		item, err := m.ForceAttrs(e, pos)
		if err != nil {
			return eval.Value{}, err
		}
		kv, ok := item.Get(symKey)
		if !ok {
			return eval.Value{}, eval.Errorf(eval.EvalError, pos, "attribute 'key' required")
		}
		key, err := m.Force(kv, pos)
		if err != nil {
			return eval.Value{}, err
		}
		added, err := done.insert(m, key)
		if err != nil {
			return eval.Value{}, err
		}
		if !added {
			continue
		}
		res = append(res, e)
		r, err := m.Call(op, pos, e)
		if err != nil {
			return eval.Value{}, err
		}
		next, err := m.ForceList(r, pos)
		if err != nil {
			return eval.Value{}, err
		}
		if err := m.CheckListSize(pos, len(work)+len(next)); err != nil {
			return eval.Value{}, err
		}
		for _, n := range next {
			n, err := m.Force(n, pos)
			if err != nil {
				return eval.Value{}, err
			}
			work = append(work, n)
		}
	}
	return eval.NewList(res), nil
}

// keySet is a set of forced values ordered by Nix's `<`, kept as a sorted
// slice.
type keySet struct{ keys []eval.Value }

// insert adds k unless an equivalent key (neither is less than the
// other) is there; it reports whether k was added.
func (s *keySet) insert(m *eval.Machine, k eval.Value) (bool, error) {
	lo, hi := 0, len(s.keys)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		lt, err := m.LessThan(k, s.keys[mid], ast.Pos{})
		if err != nil {
			return false, err
		}
		if lt {
			hi = mid
			continue
		}
		gt, err := m.LessThan(s.keys[mid], k, ast.Pos{})
		if err != nil {
			return false, err
		}
		if !gt {
			return false, nil
		}
		lo = mid + 1
	}
	s.keys = append(s.keys, eval.Value{})
	copy(s.keys[lo+1:], s.keys[lo:])
	s.keys[lo] = k
	return true, nil
}
