package builtins

import (
	"sync"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
)

// builtins.match and builtins.split: POSIX extended regular expressions
// with std::regex's semantics (see regex_engine.go).
func regexBuiltins() []eval.Builtin {
	return []eval.Builtin{
		{Name: "match", Scope: eval.GlobalUnderscore, Arity: 2, Fn: primMatch},
		{Name: "split", Scope: eval.GlobalUnderscore, Arity: 2, Fn: primSplit},
	}
}

// regexCache keeps compiled patterns (and their errors): the same few
// patterns are used over and over, e.g. by nixpkgs' lib.
var regexCache struct {
	sync.Mutex
	m map[string]regexEntry
}

type regexEntry struct {
	re  *stdRegex
	err error
}

// maxCachedRegexes bounds the cache; it is emptied when full.
const maxCachedRegexes = 4096

func compileCached(pattern string) (*stdRegex, error) {
	regexCache.Lock()
	defer regexCache.Unlock()
	if e, ok := regexCache.m[pattern]; ok {
		return e.re, e.err
	}
	re, err := compileStdRegex(pattern)
	if regexCache.m == nil || len(regexCache.m) >= maxCachedRegexes {
		regexCache.m = map[string]regexEntry{}
	}
	regexCache.m[pattern] = regexEntry{re, err}
	return re, err
}

// regexError turns an error of the regex engine into CppNix's error.
func regexError(err error, pattern string, pos ast.Pos) error {
	switch err {
	case errRegexSyntax:
		return eval.Errorf(eval.EvalError, pos, "invalid regular expression '%s'", pattern)
	case errRegexSpace:
		return eval.Errorf(eval.EvalError, pos, "memory limit exceeded by regular expression '%s'", pattern)
	case errRegexDepth:
		// CppNix overflows its stack and exits at once.
		return eval.Errorf(eval.StackOverflowError, ast.Pos{}, "stack overflow (possible infinite recursion)")
	}
	// An interruption or a result too big: already an evaluation error.
	return err
}

// groupValues are the capture groups 1..n of a match: strings, or null
// for a group that did not take part.
func groupValues(s string, m []subMatch) eval.Value {
	out := make([]eval.Value, len(m)-1)
	for i, g := range m[1:] {
		if g.matched {
			out[i] = eval.NewString(s[g.first:g.second])
		} else {
			out[i] = eval.Null
		}
	}
	return eval.NewList(out)
}

// primMatch matches the whole string: the list of groups, or null.
func primMatch(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	pattern, err := m.ForceStringNoCtx(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	re, err := compileCached(pattern)
	if err != nil {
		return eval.Value{}, regexError(err, pattern, pos)
	}
	s, err := m.ForceString(args[1], pos)
	if err != nil {
		return eval.Value{}, err
	}
	groups, err := re.matchAll(s, m.CheckInterrupt)
	if err != nil {
		return eval.Value{}, regexError(err, pattern, pos)
	}
	if groups == nil {
		return eval.Null, nil
	}
	return groupValues(s, groups), nil
}

// primSplit returns the text between matches interleaved with the lists
// of each match's groups. Without a match it is the string itself, in a
// list; like CppNix, the pieces carry no string context.
func primSplit(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	pattern, err := m.ForceStringNoCtx(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	re, err := compileCached(pattern)
	if err != nil {
		return eval.Value{}, regexError(err, pattern, pos)
	}
	str, err := m.Force(args[1], pos)
	if err != nil {
		return eval.Value{}, err
	}
	s, err := m.ForceString(str, pos)
	if err != nil {
		return eval.Value{}, err
	}
	// The result has a string and a list of groups per match.
	fits := func(matches int) error { return m.CheckListSize(pos, 2*matches+1) }
	matches, err := re.searchAll(s, m.CheckInterrupt, fits)
	if err != nil {
		return eval.Value{}, regexError(err, pattern, pos)
	}
	if len(matches) == 0 {
		return eval.NewList([]eval.Value{str}), nil
	}
	out := make([]eval.Value, 0, 2*len(matches)+1)
	prev := 0
	for _, mt := range matches {
		out = append(out, eval.NewString(s[prev:mt[0].first]), groupValues(s, mt))
		prev = mt[0].second
	}
	out = append(out, eval.NewString(s[prev:]))
	return eval.NewList(out), nil
}
