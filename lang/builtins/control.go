package builtins

import (
	"io"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
)

// Builtins that steer evaluation: errors, strictness, tracing, and
// loading files.
func controlBuiltins() []eval.Builtin {
	return []eval.Builtin{
		{Name: "throw", Scope: eval.Global, Arity: 1, Fn: primThrow},
		{Name: "abort", Scope: eval.Global, Arity: 1, Fn: primAbort},
		{Name: "seq", Scope: eval.GlobalUnderscore, Arity: 2, Fn: primSeq},
		{Name: "deepSeq", Scope: eval.GlobalUnderscore, Arity: 2, Fn: primDeepSeq},
		{Name: "tryEval", Scope: eval.GlobalUnderscore, Arity: 1, Fn: primTryEval},
		{Name: "trace", Scope: eval.GlobalUnderscore, Arity: 2, Fn: primTrace},
		{Name: "addErrorContext", Scope: eval.GlobalUnderscore, Arity: 2, Fn: primAddErrorContext},
		{Name: "import", Scope: eval.Global, Arity: 1, Fn: primImport},
		{Name: "scopedImport", Scope: eval.Global, Arity: 2, Fn: primScopedImport},
		{Name: "findFile", Scope: eval.GlobalUnderscore, Arity: 2, Fn: primFindFile},
		{Name: "nixPath", Scope: eval.GlobalUnderscore, Value: nixPath},
	}
}

func primThrow(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	s, _, err := m.CoerceToString(pos, args[0], eval.CoerceOptions{})
	if err != nil {
		return eval.Value{}, err
	}
	return eval.Value{}, eval.Errorf(eval.ThrownError, ast.Pos{}, "%s", s)
}

func primAbort(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	s, _, err := m.CoerceToString(pos, args[0], eval.CoerceOptions{})
	if err != nil {
		return eval.Value{}, err
	}
	return eval.Value{}, eval.Errorf(eval.AbortError, ast.Pos{}, "evaluation aborted with the following error message: '%s'", s)
}

func primSeq(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	if _, err := m.Force(args[0], pos); err != nil {
		return eval.Value{}, err
	}
	return m.Force(args[1], pos)
}

func primDeepSeq(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	if err := m.ForceDeep(args[0], pos); err != nil {
		return eval.Value{}, err
	}
	return m.Force(args[1], pos)
}

// primTryEval catches the errors of throw and assert, nothing else.
func primTryEval(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	b := eval.NewAttrsBuilder(2)
	v, err := m.Force(args[0], pos)
	if err != nil {
		if !eval.IsCatchable(err) {
			return eval.Value{}, err
		}
		b.AddString("value", eval.False, nil)
		b.AddString("success", eval.False, nil)
	} else {
		b.AddString("value", v, nil)
		b.AddString("success", eval.True, nil)
	}
	return eval.NewAttrs(b.Finish()), nil
}

// primTrace prints "trace: VALUE" on stderr (strings without quotes).
func primTrace(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	v, err := m.Force(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	msg := m.PrintValue(v)
	if v.Type() == eval.TypeString {
		msg = v.Str()
	}
	io.WriteString(m.Stderr(), "trace: "+msg+"\n")
	return m.Force(args[1], pos)
}

// primAddErrorContext adds its message as a trace frame to any error of
// evaluating its second argument.
func primAddErrorContext(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	v, err := m.Force(args[1], pos)
	if err == nil {
		return v, nil
	}
	msg, _, cerr := m.CoerceToString(pos, args[0], eval.CoerceOptions{})
	if cerr != nil {
		return eval.Value{}, cerr
	}
	return eval.Value{}, eval.AddTrace(err, ast.Pos{}, msg)
}

// realisePath coerces an argument to an absolute path, as CppNix's
// realisePath (ovl has no store, so there is no context to realise), that
// pure evaluation allows.
func realisePath(m *eval.Machine, pos ast.Pos, v eval.Value) (string, error) {
	p, _, err := m.CoerceToPath(pos, v)
	if err != nil {
		return "", eval.AddTrace(err, pos, "while realising the context of a path")
	}
	return p, m.CheckPath(p, pos)
}

func primImport(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	p, err := realisePath(m, pos, args[0])
	if err != nil {
		return eval.Value{}, err
	}
	return m.EvalFile(p)
}

func primScopedImport(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	p, err := realisePath(m, pos, args[1])
	if err != nil {
		return eval.Value{}, err
	}
	scope, err := m.ForceAttrs(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	return m.ScopedImport(scope, p)
}

// primFindFile is what `<name>` desugars to: __findFile __nixPath "name".
func primFindFile(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	list, err := m.ForceList(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	var path []eval.SearchPathElem
	for _, e := range list {
		a, err := m.ForceAttrs(e, pos)
		if err != nil {
			return eval.Value{}, err
		}
		var prefix string
		if pv, ok := a.GetString("prefix"); ok {
			if prefix, err = m.ForceStringNoCtx(pv, pos); err != nil {
				return eval.Value{}, err
			}
		}
		at, err := m.RequireAttr(a, "path", "findFile", pos)
		if err != nil {
			return eval.Value{}, err
		}
		dir, _, err := m.CoerceToString(pos, at.Value, eval.CoerceOptions{})
		if err != nil {
			return eval.Value{}, err
		}
		path = append(path, eval.SearchPathElem{Prefix: prefix, Path: dir})
	}
	name, err := m.ForceStringNoCtx(args[1], pos)
	if err != nil {
		return eval.Value{}, err
	}
	p, err := m.FindFile(path, name, pos)
	if err != nil {
		return eval.Value{}, err
	}
	return eval.NewPath(p), nil
}

// nixPath is the search path as a list of { path, prefix } sets.
func nixPath(m *eval.Machine) (eval.Value, error) {
	sp := m.SearchPath()
	elems := make([]eval.Value, len(sp))
	for i, e := range sp {
		b := eval.NewAttrsBuilder(2)
		b.AddString("path", eval.NewString(e.Path), nil)
		b.AddString("prefix", eval.NewString(e.Prefix), nil)
		elems[i] = eval.NewAttrs(b.Finish())
	}
	return eval.NewList(elems), nil
}
