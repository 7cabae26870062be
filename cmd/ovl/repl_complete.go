package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
)

// completionTimeout bounds the evaluation behind one Tab: while readline
// waits for the completion, Ctrl-C cannot reach the evaluator. (A
// variable for tests.)
var completionTimeout = 3 * time.Second

// wordBreaks end the word that Tab completes, as in `nix repl` (plus the
// operators that cannot be part of a name or path).
const wordBreaks = " \t\r\n(){}[];,=:+*!<>&|"

// nixKeywords are completed with the names in scope.
var nixKeywords = []string{"assert", "else", "if", "in", "inherit", "let", "or", "rec", "then", "with"}

// complete returns the word before the cursor that Tab completes and the
// words that may replace it, sorted: commands at the start of the line,
// files after :l and :o and in words with a `/`, attributes of the set
// before the last `.` (evaluated to know them), attributes of pkgs after
// :explain, else the names in scope. When evaluating the set fails, err
// says why.
func (s *replSession) complete(before string) (word string, cands []string, err error) {
	line := strings.TrimLeft(before, " \t")
	if strings.HasPrefix(line, ":") && !strings.ContainsAny(line, " \t") {
		return line, withPrefix(replCommands, line), nil
	}
	word = before[strings.LastIndexAny(before, wordBreaks)+1:]
	cmd, _, _ := strings.Cut(line, " ")
	switch {
	case cmd == ":l" || cmd == ":load" || cmd == ":o" || cmd == ":overlays" || strings.Contains(word, "/"):
		return word, s.completePath(word), nil
	case cmd == ":explain":
		if s.stack == nil {
			return word, nil, nil
		}
		a, err := s.m.ForceAttrs(s.stack.Final, ast.Pos{})
		if err != nil {
			return word, nil, err
		}
		return word, withPrefix(a.Names(), word), nil
	case strings.Contains(word, "."):
		cands, err := s.completeAttr(word)
		return word, cands, err
	}
	names := append(s.scope.Names(), s.m.GlobalNames()...)
	names = append(names, nixKeywords...)
	slices.Sort(names)
	return word, withPrefix(slices.Compact(names), word), nil
}

// withPrefix returns the sorted words that start with prefix.
func withPrefix(words []string, prefix string) []string {
	var out []string
	for _, w := range words {
		if strings.HasPrefix(w, prefix) {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

// completeAttr completes `expr.name`: the attributes of expr that start
// with name, written as they must be selected (quoted when not a plain
// name).
func (s *replSession) completeAttr(word string) ([]string, error) {
	dot := strings.LastIndexByte(word, '.')
	expr, part := word[:dot], word[dot+1:]
	if expr == "" {
		return nil, nil
	}
	a, err := s.evalForCompletion(expr)
	if err != nil || a == nil {
		return nil, err
	}
	var out []string
	for _, name := range a.Names() {
		if !isReplVarName(name) {
			name = replQuote(name)
		}
		if strings.HasPrefix(name, part) {
			out = append(out, expr+"."+name)
		}
	}
	return out, nil
}

// evalForCompletion evaluates expr to a set, giving up after
// completionTimeout. An expression that is cut short (the word was inside
// a string, say) completes nothing, silently; other errors are returned.
func (s *replSession) evalForCompletion(expr string) (*eval.Attrs, error) {
	m := s.m
	fired := make(chan struct{})
	timer := time.AfterFunc(completionTimeout, func() {
		m.Interrupt()
		close(fired)
	})
	a, err := s.evalAttrs(expr)
	if !timer.Stop() {
		<-fired
		m.ClearInterrupt()
		if err != nil {
			err = replErrorf("gave up completing '%s': evaluating it took longer than %s", expr, completionTimeout)
		}
	}
	if isIncomplete(err) {
		return nil, nil
	}
	return a, err
}

func (s *replSession) evalAttrs(expr string) (*eval.Attrs, error) {
	v, err := s.evalString(expr)
	if err != nil {
		return nil, err
	}
	return s.m.ForceAttrs(v, s.m.DeterminePos(v, ast.Pos{}))
}

// completePath completes a file name: entries of the word's directory
// (relative to the working directory, ~/ for $HOME) that start with the
// rest of the word; hidden ones only when asked for with a leading dot.
// Directories end with `/`. Unreadable directories complete nothing.
func (s *replSession) completePath(word string) []string {
	dirPart, prefix := "", word
	if i := strings.LastIndexByte(word, '/'); i >= 0 {
		dirPart, prefix = word[:i+1], word[i+1:]
	}
	dir := dirPart
	switch {
	case dir == "":
		dir = s.cwd
	case strings.HasPrefix(dir, "~/"):
		dir = filepath.Join(s.home, dir[2:])
	case !filepath.IsAbs(dir):
		dir = filepath.Join(s.cwd, dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, prefix) || strings.HasPrefix(name, ".") && !strings.HasPrefix(prefix, ".") {
			continue
		}
		if st, err := os.Stat(filepath.Join(dir, name)); err == nil && st.IsDir() {
			name += "/"
		}
		out = append(out, dirPart+name)
	}
	return out
}
