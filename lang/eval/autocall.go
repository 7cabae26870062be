package eval

import (
	"strconv"
	"strings"

	"github.com/ovl-nix/ovl/lang/ast"
)

// missingArgMsg is CppNix's MissingArgumentError text for auto-calls.
const missingArgMsg = `cannot evaluate a function that has an argument without a value ('%s')

Nix attempted to evaluate a function as a top level expression; in
this case it must have its arguments supplied either by default
values, or passed explicitly with '--arg' or '--argstr'. See
https://nixos.org/manual/nix/stable/#ss-functions.`

// AutoCall calls a function taking a set of formals with the --arg and
// --argstr values in args, as CppNix's autoCallFunction: only the formals
// it names are passed (all of args with `...`); other values are returned
// as they are. A functor set is called through __functor first.
func (m *Machine) AutoCall(args *Attrs, fn Value) (Value, error) {
	pos := m.DeterminePos(fn, noPos)
	fn, err := m.Force(fn, pos)
	if err != nil {
		return Value{}, err
	}
	if fn.k == kAttrs {
		if f := fn.Attrs().Lookup(symFunctor); f != nil {
			r, err := m.Call(f.Value, pos, fn)
			if err != nil {
				return Value{}, err
			}
			return m.AutoCall(args, r)
		}
	}
	if fn.k != kLambda || fn.closure().fn.Formals == nil {
		return fn, nil
	}
	formals := fn.closure().fn.Formals
	b := NewAttrsBuilder(len(formals.Items))
	if formals.Ellipsis {
		args.All(func(a *Attr) bool {
			b.Add(a.Name, a.Value, a.Pos)
			return true
		})
	} else {
		for _, f := range formals.Items {
			if a := args.Lookup(f.Name); a != nil {
				b.Add(a.Name, a.Value, a.Pos)
			} else if f.Default == nil {
				return Value{}, Errorf(MissingArgumentError, f.Pos, missingArgMsg, ast.ShowID(f.Name.String()))
			}
		}
	}
	return m.Call(fn, noPos, NewAttrs(b.Finish()))
}

// SelectAttrPath follows an -A attribute path ("a.b.0.c", with "quoted"
// steps) from v as nix-instantiate's findAlongAttrPath, auto-calling
// functions on the way with args.
func (m *Machine) SelectAttrPath(v Value, path string, args *Attrs) (Value, error) {
	steps, err := parseAttrPath(path)
	if err != nil {
		return Value{}, err
	}
	for _, step := range steps {
		v, err = m.AutoCall(args, v)
		if err != nil {
			return Value{}, err
		}
		if v, err = m.Force(v, noPos); err != nil {
			return Value{}, err
		}
		if idx, ok := parseIndex(step); ok {
			if v.k != kList {
				return Value{}, Errorf(TypeError, noPos, "the expression selected by the selection path '%s' should be a list but is %s", path, TypeName(v))
			}
			if idx >= v.Len() {
				return Value{}, Errorf(EvalError, noPos, "list index %d in selection path '%s' is out of range", idx, path)
			}
			v = v.List()[idx]
			continue
		}
		if v.k != kAttrs {
			return Value{}, Errorf(TypeError, noPos, "the expression selected by the selection path '%s' should be a set but is %s", path, TypeName(v))
		}
		if step == "" {
			return Value{}, Errorf(EvalError, noPos, "empty attribute name in selection path '%s'", path)
		}
		a := v.Attrs().Lookup(ast.Intern(step))
		if a == nil {
			err := Errorf(EvalError, noPos, "attribute '%s' in selection path '%s' not found", step, path)
			err.Suggestions = suggest(step, v.Attrs().nameStrings())
			return Value{}, err
		}
		v = a.Value
	}
	return v, nil
}

// parseIndex recognises a list index step (an unsigned decimal number).
func parseIndex(s string) (int, bool) {
	if s == "" || strings.TrimLeft(s, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.ParseUint(s, 10, 32)
	if err != nil {
		return 0, false
	}
	return int(n), true
}

// parseAttrPath splits an attribute path on dots outside double quotes.
func parseAttrPath(s string) ([]string, error) {
	var res []string
	var cur strings.Builder
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.':
			res = append(res, cur.String())
			cur.Reset()
		case '"':
			i++
			for {
				if i == len(s) {
					return nil, Errorf(ParseError, noPos, "missing closing quote in selection path '%s'", s)
				}
				if s[i] == '"' {
					break
				}
				cur.WriteByte(s[i])
				i++
			}
		default:
			cur.WriteByte(s[i])
		}
	}
	if cur.Len() > 0 {
		res = append(res, cur.String())
	}
	return res, nil
}
