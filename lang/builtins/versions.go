package builtins

import (
	"strconv"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
)

// Version strings as nix-env compares them.
func versionBuiltins() []eval.Builtin {
	return []eval.Builtin{
		{Name: "compareVersions", Scope: eval.GlobalUnderscore, Arity: 2, Fn: primCompareVersions},
		{Name: "splitVersion", Scope: eval.GlobalUnderscore, Arity: 1, Fn: primSplitVersion},
		{Name: "parseDrvName", Scope: eval.GlobalUnderscore, Arity: 1, Fn: primParseDrvName},
	}
}

func primCompareVersions(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	a, err := m.ForceStringNoCtx(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	b, err := m.ForceStringNoCtx(args[1], pos)
	if err != nil {
		return eval.Value{}, err
	}
	return eval.NewInt(int64(compareVersions(a, b))), nil
}

func primSplitVersion(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	s, err := m.ForceStringNoCtx(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	var out []eval.Value
	for p := 0; p < len(s); {
		var c string
		c, p = nextVersionComponent(s, p)
		if c == "" {
			break
		}
		if err := m.CheckListSize(pos, len(out)+1); err != nil {
			return eval.Value{}, err
		}
		out = append(out, eval.NewString(c))
	}
	return eval.NewList(out), nil
}

// primParseDrvName splits at the first dash that is followed by anything
// but an ASCII letter.
func primParseDrvName(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	s, err := m.ForceStringNoCtx(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	name, version := s, ""
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '-' && !isAlpha(s[i+1]) {
			name, version = s[:i], s[i+1:]
			break
		}
	}
	b := eval.NewAttrsBuilder(2)
	b.AddString("name", eval.NewString(name), nil)
	b.AddString("version", eval.NewString(version), nil)
	return eval.NewAttrs(b.Finish()), nil
}

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// nextVersionComponent skips dots and dashes at p and returns the
// component there (a run of digits, or a run of anything else but digits,
// dots and dashes) and the position after it; "" at the end.
func nextVersionComponent(s string, p int) (string, int) {
	for p < len(s) && (s[p] == '.' || s[p] == '-') {
		p++
	}
	start := p
	if p < len(s) && isDigit(s[p]) {
		for p < len(s) && isDigit(s[p]) {
			p++
		}
	} else {
		for p < len(s) && !isDigit(s[p]) && s[p] != '.' && s[p] != '-' {
			p++
		}
	}
	return s[start:p], p
}

// componentNumber reads a version component as Nix does (a C int): a run
// of digits too long for 32 bits is not a number.
func componentNumber(c string) (int32, bool) {
	if c == "" || !isDigit(c[0]) {
		return 0, false
	}
	n, err := strconv.ParseInt(c, 10, 32)
	if err != nil {
		return 0, false
	}
	return int32(n), true
}

// componentLess orders version components: numbers numerically, "pre"
// before anything, words before numbers, an empty component before a
// number, and words bytewise.
func componentLess(c1, c2 string) bool {
	n1, num1 := componentNumber(c1)
	n2, num2 := componentNumber(c2)
	switch {
	case num1 && num2:
		return n1 < n2
	case c1 == "" && num2:
		return true
	case c1 == "pre" && c2 != "pre":
		return true
	case c2 == "pre":
		return false
	case num2:
		return true
	case num1:
		return false
	}
	return c1 < c2
}

// compareVersions is -1, 0 or 1 as nix-env compares versions component by
// component.
func compareVersions(a, b string) int {
	p1, p2 := 0, 0
	for p1 < len(a) || p2 < len(b) {
		var c1, c2 string
		c1, p1 = nextVersionComponent(a, p1)
		c2, p2 = nextVersionComponent(b, p2)
		if componentLess(c1, c2) {
			return -1
		}
		if componentLess(c2, c1) {
			return 1
		}
	}
	return 0
}
