package builtins

import (
	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
)

// Builtins that take attribute sets apart and build new ones. None of
// them forces an attribute value unless Nix does.
func attrBuiltins() []eval.Builtin {
	return []eval.Builtin{
		{Name: "attrNames", Scope: eval.GlobalUnderscore, Arity: 1, Fn: primAttrNames},
		{Name: "attrValues", Scope: eval.GlobalUnderscore, Arity: 1, Fn: primAttrValues},
		{Name: "getAttr", Scope: eval.GlobalUnderscore, Arity: 2, Fn: primGetAttr},
		{Name: "hasAttr", Scope: eval.GlobalUnderscore, Arity: 2, Fn: primHasAttr},
		{Name: "unsafeGetAttrPos", Scope: eval.GlobalUnderscore, Arity: 2, Fn: primUnsafeGetAttrPos},
		{Name: "removeAttrs", Scope: eval.Global, Arity: 2, Fn: primRemoveAttrs},
		{Name: "listToAttrs", Scope: eval.GlobalUnderscore, Arity: 1, Fn: primListToAttrs},
		{Name: "intersectAttrs", Scope: eval.GlobalUnderscore, Arity: 2, Fn: primIntersectAttrs},
		{Name: "catAttrs", Scope: eval.GlobalUnderscore, Arity: 2, Fn: primCatAttrs},
		{Name: "mapAttrs", Scope: eval.GlobalUnderscore, Arity: 2, Fn: primMapAttrs},
		{Name: "zipAttrsWith", Scope: eval.GlobalUnderscore, Arity: 2, Fn: primZipAttrsWith},
		{Name: "groupBy", Scope: eval.GlobalUnderscore, Arity: 2, Fn: primGroupBy},
	}
}

func primAttrNames(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	a, err := m.ForceAttrs(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	out := make([]eval.Value, 0, a.Len())
	a.Sorted(func(at *eval.Attr) bool {
		out = append(out, eval.NewNameString(at.Name))
		return true
	})
	return eval.NewList(out), nil
}

// primAttrValues lists the (unforced) values in the order of attrNames.
func primAttrValues(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	a, err := m.ForceAttrs(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	out := make([]eval.Value, 0, a.Len())
	a.Sorted(func(at *eval.Attr) bool {
		out = append(out, at.Value)
		return true
	})
	return eval.NewList(out), nil
}

// lookupSym finds an attribute by its text without interning names that
// no set can have.
func lookupSym(a *eval.Attrs, name string) *eval.Attr {
	sym, ok := ast.Lookup(name)
	if !ok {
		return nil
	}
	return a.Lookup(sym)
}

func primGetAttr(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	name, err := m.ForceStringNoCtx(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	a, err := m.ForceAttrs(args[1], pos)
	if err != nil {
		return eval.Value{}, err
	}
	at, err := m.RequireAttr(a, name, "getAttr", pos)
	if err != nil {
		return eval.Value{}, err
	}
	return m.ForceAttr(at, pos)
}

func primHasAttr(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	name, err := m.ForceStringNoCtx(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	a, err := m.ForceAttrs(args[1], pos)
	if err != nil {
		return eval.Value{}, err
	}
	return eval.NewBool(lookupSym(a, name) != nil), nil
}

// primUnsafeGetAttrPos is { file, line, column } of where the attribute
// was defined, or null when it is missing or has no position.
func primUnsafeGetAttrPos(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	name, err := m.ForceStringNoCtx(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	a, err := m.ForceAttrs(args[1], pos)
	if err != nil {
		return eval.Value{}, err
	}
	at := lookupSym(a, name)
	if at == nil {
		return eval.Null, nil
	}
	return m.PosValue(at.Pos), nil
}

func primRemoveAttrs(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	a, err := m.ForceAttrs(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	names, err := m.ForceList(args[1], pos)
	if err != nil {
		return eval.Value{}, err
	}
	remove := make(map[ast.Symbol]bool, len(names))
	for _, n := range names {
		s, err := m.ForceStringNoCtx(n, pos)
		if err != nil {
			return eval.Value{}, err
		}
		if sym, ok := ast.Lookup(s); ok && a.Has(sym) {
			remove[sym] = true
		}
	}
	if len(remove) == 0 {
		// A new set all the same, as in CppNix (see Attrs.Copy).
		return eval.NewAttrs(a.Copy()), nil
	}
	b := eval.NewAttrsBuilder(a.Len() - len(remove))
	a.All(func(at *eval.Attr) bool {
		if !remove[at.Name] {
			b.Add(at.Name, at.Value, at.Pos)
		}
		return true
	})
	return eval.NewAttrs(b.Finish()), nil
}

// primListToAttrs builds a set from { name, value } sets; the first of
// duplicate names wins and the others' values are never looked at.
func primListToAttrs(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	elems, err := m.ForceList(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	b := eval.NewAttrsBuilder(len(elems))
	seen := make(map[ast.Symbol]bool, len(elems))
	for _, e := range elems {
		a, err := m.ForceAttrs(e, pos)
		if err != nil {
			return eval.Value{}, err
		}
		nameAttr, err := m.RequireAttr(a, "name", "listToAttrs", pos)
		if err != nil {
			return eval.Value{}, err
		}
		name, err := m.ForceStringNoCtx(nameAttr.Value, attrPos(nameAttr))
		if err != nil {
			return eval.Value{}, err
		}
		sym := ast.Intern(name)
		if seen[sym] {
			continue
		}
		seen[sym] = true
		valueAttr, err := m.RequireAttr(a, "value", "listToAttrs", pos)
		if err != nil {
			return eval.Value{}, err
		}
		b.Add(sym, valueAttr.Value, valueAttr.Pos)
	}
	return eval.NewAttrs(b.Finish()), nil
}

// attrPos is where an attribute was defined, or no position.
func attrPos(at *eval.Attr) ast.Pos {
	if at.Pos == nil {
		return ast.Pos{}
	}
	return *at.Pos
}

// primIntersectAttrs keeps the attributes of the second set whose names
// the first set has.
func primIntersectAttrs(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	a, err := m.ForceAttrs(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	c, err := m.ForceAttrs(args[1], pos)
	if err != nil {
		return eval.Value{}, err
	}
	small, big := a, c
	if small.Len() > big.Len() {
		small, big = big, small
	}
	b := eval.NewAttrsBuilder(small.Len())
	small.All(func(at *eval.Attr) bool {
		if big.Has(at.Name) {
			from := c.Lookup(at.Name)
			b.Add(from.Name, from.Value, from.Pos)
		}
		return true
	})
	return eval.NewAttrs(b.Finish()), nil
}

func primCatAttrs(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	name, err := m.ForceStringNoCtx(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	sym := ast.Intern(name)
	elems, err := m.ForceList(args[1], pos)
	if err != nil {
		return eval.Value{}, err
	}
	var out []eval.Value
	for _, e := range elems {
		a, err := m.ForceAttrs(e, pos)
		if err != nil {
			return eval.Value{}, err
		}
		if v, ok := a.Get(sym); ok {
			out = append(out, v)
		}
	}
	return eval.NewList(out), nil
}

// primMapAttrs makes every value a thunk of `f name value`; the new
// attributes have no position, as in Nix.
func primMapAttrs(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	a, err := m.ForceAttrs(args[1], pos)
	if err != nil {
		return eval.Value{}, err
	}
	f := args[0]
	b := eval.NewAttrsBuilder(a.Len())
	a.All(func(at *eval.Attr) bool {
		b.Add(at.Name, m.LazyCall(f, eval.NewCString(at.Name.String()), at.Value), nil)
		return true
	})
	return eval.NewAttrs(b.Finish()), nil
}

// primZipAttrsWith collects the values of each name across the sets, in
// list order, and applies f lazily to each name and its list.
func primZipAttrsWith(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	f, err := m.ForceFunction(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	elems, err := m.ForceList(args[1], pos)
	if err != nil {
		return eval.Value{}, err
	}
	sets := make([]*eval.Attrs, len(elems))
	index := map[ast.Symbol]int{}
	var names []ast.Symbol
	var values [][]eval.Value
	for i, e := range elems {
		// CppNix forces the elements without a position and names the
		// builtin in a trace frame.
		a, err := m.ForceAttrs(e, ast.Pos{})
		if err != nil {
			return eval.Value{}, eval.AddTrace(err, pos, "while invoking 'zipAttrsWith'")
		}
		sets[i] = a
	}
	for _, a := range sets {
		a.All(func(at *eval.Attr) bool {
			j, ok := index[at.Name]
			if !ok {
				j = len(names)
				index[at.Name] = j
				names = append(names, at.Name)
				values = append(values, nil)
			}
			values[j] = append(values[j], at.Value)
			return true
		})
	}
	b := eval.NewAttrsBuilder(len(names))
	for j, name := range names {
		b.Add(name, m.LazyCall(f, eval.NewCString(name.String()), eval.NewList(values[j])), nil)
	}
	return eval.NewAttrs(b.Finish()), nil
}

// primGroupBy calls f on every element (strictly) and groups the elements
// by the returned name, keeping their order.
func primGroupBy(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	f, err := m.ForceFunction(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	elems, err := m.ForceList(args[1], pos)
	if err != nil {
		return eval.Value{}, err
	}
	index := map[ast.Symbol]int{}
	var names []ast.Symbol
	var groups [][]eval.Value
	for _, e := range elems {
		r, err := m.Call(f, pos, e)
		if err != nil {
			return eval.Value{}, err
		}
		name, err := m.ForceStringNoCtx(r, pos)
		if err != nil {
			return eval.Value{}, err
		}
		sym := ast.Intern(name)
		j, ok := index[sym]
		if !ok {
			j = len(names)
			index[sym] = j
			names = append(names, sym)
			groups = append(groups, nil)
		}
		groups[j] = append(groups[j], e)
	}
	b := eval.NewAttrsBuilder(len(names))
	for j, name := range names {
		b.Add(name, eval.NewList(groups[j]), nil)
	}
	return eval.NewAttrs(b.Finish()), nil
}
