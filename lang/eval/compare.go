package eval

import (
	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/diag"
)

// suggest picks "Did you mean" candidates as CppNix does.
func suggest(name string, candidates []string) []string { return diag.Suggest(name, candidates) }

// Equal is Nix's `==`: deep, forcing both sides as far as needed; ints
// and floats compare numerically, functions are never equal, and two
// derivations compare by outPath.
func (m *Machine) Equal(a, b Value) (bool, error) { return m.equal(a, b, false) }

// equal compares a and b. CppNix treats two references to the same
// value cell as equal without looking at them (so `[f] == [f]` holds for
// a function f although `f == f` does not); top says that a and b are
// the operands of `==` themselves, which are never the same cell.
func (m *Machine) equal(a, b Value, top bool) (bool, error) {
	a, err := m.Force(a, ast.Pos{})
	if err != nil {
		return false, err
	}
	b, err = m.Force(b, ast.Pos{})
	if err != nil {
		return false, err
	}
	if !top && a.k == b.k && a.p != nil && a.p == b.p && a.n == b.n {
		return true, nil
	}
	switch {
	case a.k == kInt && b.k == kFloat:
		return float64(int64(a.n)) == b.Float(), nil
	case a.k == kFloat && b.k == kInt:
		return a.Float() == float64(int64(b.n)), nil
	}
	if a.Type() != b.Type() {
		return false, nil
	}
	switch a.Type() {
	case TypeInt, TypeBool:
		return a.n == b.n, nil
	case TypeFloat:
		return a.Float() == b.Float(), nil
	case TypeString, TypePath:
		return a.Str() == b.Str(), nil
	case TypeNull:
		return true, nil
	case TypeFunction:
		return false, nil
	case TypeList:
		if a.n != b.n {
			return false, nil
		}
		if err := m.enter(ast.Pos{}); err != nil {
			return false, err
		}
		defer m.leave()
		xs, ys := a.List(), b.List()
		for i := range xs {
			eq, err := m.equal(xs[i], ys[i], false)
			if err != nil || !eq {
				return false, err
			}
		}
		return true, nil
	case TypeAttrs:
		if err := m.enter(ast.Pos{}); err != nil {
			return false, err
		}
		defer m.leave()
		x, y := a.Attrs(), b.Attrs()
		dx, err := m.IsDerivation(a)
		if err != nil {
			return false, err
		}
		if dx {
			dy, err := m.IsDerivation(b)
			if err != nil {
				return false, err
			}
			if dy {
				ox, okx := x.Get(symOutPath)
				oy, oky := y.Get(symOutPath)
				if okx && oky {
					return m.equal(ox, oy, false)
				}
			}
		}
		if x.Len() != y.Len() {
			return false, nil
		}
		return zipAttrs(x, y, func(a, b *Attr) (bool, error) {
			if a.Name != b.Name {
				return false, nil
			}
			return m.equal(a.Value, b.Value, false)
		})
	}
	return false, Errorf(EvalError, ast.Pos{}, "cannot compare %s with %s", TypeName(a), TypeName(b))
}

// IsDerivation reports whether v (forced) is a set with type =
// "derivation", forcing the type attribute.
func (m *Machine) IsDerivation(v Value) (bool, error) {
	if v.k != kAttrs {
		return false, nil
	}
	a := v.Attrs().Lookup(symType)
	if a == nil {
		return false, nil
	}
	var pos ast.Pos
	if a.Pos != nil {
		pos = *a.Pos
	}
	t, err := m.ForceAttr(a, pos)
	if err != nil {
		return false, err
	}
	return (t.k == kString || t.k == kStringCtx) && t.Str() == "derivation", nil
}

// LessThan is Nix's `<` (builtins.lessThan, sort): numbers, strings and
// paths by value, lists lexicographically; anything else cannot be
// compared (an error without position, as in CppNix).
func (m *Machine) LessThan(a, b Value, pos ast.Pos) (bool, error) {
	a, err := m.Force(a, pos)
	if err != nil {
		return false, err
	}
	b, err = m.Force(b, pos)
	if err != nil {
		return false, err
	}
	return m.lessThan(a, b)
}

func (m *Machine) lessThan(a, b Value) (bool, error) {
	switch {
	case a.k == kFloat && b.k == kInt:
		return a.Float() < float64(int64(b.n)), nil
	case a.k == kInt && b.k == kFloat:
		return float64(int64(a.n)) < b.Float(), nil
	}
	if a.Type() == b.Type() {
		switch a.Type() {
		case TypeInt:
			return int64(a.n) < int64(b.n), nil
		case TypeFloat:
			return a.Float() < b.Float(), nil
		case TypeString, TypePath:
			return a.Str() < b.Str(), nil
		case TypeList:
			if err := m.enter(ast.Pos{}); err != nil {
				return false, err
			}
			defer m.leave()
			xs, ys := a.List(), b.List()
			for i := 0; ; i++ {
				if i == len(ys) {
					return false, nil
				}
				if i == len(xs) {
					return true, nil
				}
				eq, err := m.equal(xs[i], ys[i], false)
				if err != nil {
					return false, err
				}
				if !eq {
					x, err := m.Force(xs[i], ast.Pos{})
					if err != nil {
						return false, err
					}
					y, err := m.Force(ys[i], ast.Pos{})
					if err != nil {
						return false, err
					}
					return m.lessThan(x, y)
				}
			}
		}
	}
	return false, Errorf(EvalError, ast.Pos{}, "cannot compare %s with %s", TypeName(a), TypeName(b))
}
