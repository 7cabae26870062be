package parser

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/ovl-nix/ovl/lang/ast"
)

// parseFile parses a test file the way testdata/golden.sh runs CppNix.
func parseFile(t testing.TB, path string) (ast.Expr, error) {
	t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(abs)
	if err != nil {
		t.Fatal(err)
	}
	src := &ast.Source{Name: abs, Text: text}
	return Parse(src, Options{BaseDir: filepath.Dir(abs), Home: "/homeless-shelter"})
}

func testFiles(t *testing.T, dir string) []string {
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", dir, "*.nix"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range files {
		if !strings.HasPrefix(filepath.Base(f), "_") {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		t.Fatalf("no tests in testdata/%s", dir)
	}
	return out
}

// TestParse compares Print's output for testdata/parse/*.nix with what
// `nix-instantiate --parse` printed. CppNix prints a let's bindings and a
// function's formals in the order of its symbol table, which depends on
// every name the process has seen; ovl's does too, but its process differs
// (one test binary parses every file). Both sides are therefore normalised
// by sorting the bindings of each printed `let` and the formals of each
// printed set pattern (see normalise).
func TestParse(t *testing.T) {
	for _, f := range testFiles(t, "parse") {
		name := strings.TrimSuffix(filepath.Base(f), ".nix")
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(f, ".nix") + ".exp")
			if err != nil {
				t.Fatal(err)
			}
			e, err := parseFile(t, f)
			if err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			var b bytes.Buffer
			Print(&b, e)
			dir, _ := filepath.Abs(filepath.Dir(f))
			got := strings.ReplaceAll(b.String(), dir, "@DIR@")
			// The repository root, as testdata/golden.sh writes it.
			got = strings.ReplaceAll(got, filepath.Dir(filepath.Dir(dir)), "@ROOT@")
			if normalise(got) != normalise(string(want)) {
				t.Errorf("got  %s\nwant %s", got, want)
			}
		})
	}
}

// TestParseFail checks that ovl rejects each testdata/parse-fail/*.nix
// with the first line and the position of CppNix's message.
func TestParseFail(t *testing.T) {
	for _, f := range testFiles(t, "parse-fail") {
		name := strings.TrimSuffix(filepath.Base(f), ".nix")
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(f, ".nix") + ".err")
			if err != nil {
				t.Fatal(err)
			}
			wantMsg, wantPos := splitErr(string(want))
			e, err := parseFile(t, f)
			if err == nil {
				var b bytes.Buffer
				Print(&b, e)
				t.Fatalf("parsed, want error %q; got %s", wantMsg, b.String())
			}
			pe := err.(*Error)
			dir, _ := filepath.Abs(filepath.Dir(f))
			gotMsg := "error: " + strings.ReplaceAll(pe.Msg, dir, "@DIR@")
			gotPos := strings.ReplaceAll(pe.Pos.String(), dir, "@DIR@")
			if gotMsg != wantMsg || gotPos != wantPos {
				t.Errorf("got  %s at %s\nwant %s at %s", gotMsg, gotPos, wantMsg, wantPos)
			}
		})
	}
}

// splitErr takes the message line and the position of a CppNix error.
func splitErr(s string) (msg, pos string) {
	lines := strings.Split(s, "\n")
	msg = lines[0]
	for _, l := range lines[1:] {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "at ") {
			pos = strings.TrimSuffix(strings.TrimPrefix(l, "at "), ":")
			break
		}
	}
	return msg, pos
}

// normalise sorts the bindings of every `(let … in` and the formals of
// every `({ … }:` or `({ … } @` in the printed form s.
func normalise(s string) string {
	toks := printedTokens(s)
	out, _ := normGroup(toks, 0, "")
	return strings.Join(out, " ")
}

// printedTokens splits the printed form into strings, brackets, `;`, `,`
// and words. `"${` and `}"` (dynamic attribute names) count as brackets.
func printedTokens(s string) []string {
	var toks []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\n':
			i++
		case strings.HasPrefix(s[i:], `"${`):
			toks = append(toks, `"${`)
			i += 3
		case strings.HasPrefix(s[i:], `}"`):
			toks = append(toks, `}"`)
			i += 2
		case c == '"':
			j := i + 1
			for j < len(s) && s[j] != '"' {
				if s[j] == '\\' {
					j++
				}
				j++
			}
			toks = append(toks, s[i:min(j+1, len(s))])
			i = j + 1
		case strings.ContainsRune("()[]{};,", rune(c)):
			toks = append(toks, string(c))
			i++
		default:
			j := i
			for j < len(s) && !strings.ContainsRune(" \n()[]{};,\"", rune(s[j])) {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		}
	}
	return toks
}

var closing = map[string]string{"(": ")", "[": "]", "{": "}", `"${`: `}"`}

// normGroup normalises toks from i up to the closing bracket close (or
// the end), returning the tokens and the index after the closing bracket.
func normGroup(toks []string, i int, close string) ([]string, int) {
	var out []string
	for i < len(toks) {
		t := toks[i]
		if t == close {
			return out, i + 1
		}
		if c, ok := closing[t]; ok {
			inner, next := normGroup(toks, i+1, c)
			switch {
			case t == "(" && len(inner) > 0 && inner[0] == "let":
				inner = sortLet(inner)
			case t == "{" && next < len(toks) && (toks[next] == ":" || toks[next] == "@"):
				inner = sortFormals(inner)
			}
			out = append(out, t)
			out = append(out, inner...)
			out = append(out, c)
			i = next
			continue
		}
		out = append(out, t)
		i++
	}
	return out, i
}

// sortLet sorts the bindings in `let b1; b2; in body` (already normalised
// inside). A `;` ends a binding when a name and `=`, `inherit` or `in`
// follow it at depth 0.
func sortLet(toks []string) []string {
	var binds [][]string
	var cur []string
	depth := 0
	i := 1
	for ; i < len(toks); i++ {
		t := toks[i]
		if depth == 0 && len(cur) == 0 && t == "in" {
			break
		}
		if _, ok := closing[t]; ok {
			depth++
		} else if t == ")" || t == "]" || t == "}" || t == `}"` {
			depth--
		}
		cur = append(cur, t)
		if depth == 0 && t == ";" {
			next := ""
			if i+1 < len(toks) {
				next = toks[i+1]
			}
			if next == "in" || next == "inherit" || (i+2 < len(toks) && toks[i+2] == "=") {
				binds = append(binds, cur)
				cur = nil
			}
		}
	}
	sort.Slice(binds, func(a, b int) bool { return strings.Join(binds[a], " ") < strings.Join(binds[b], " ") })
	out := []string{"let"}
	for _, b := range binds {
		out = append(out, b...)
	}
	return append(out, toks[i:]...)
}

// sortFormals sorts the comma-separated formals of a set pattern.
func sortFormals(toks []string) []string {
	var items [][]string
	var cur []string
	depth := 0
	for _, t := range toks {
		if _, ok := closing[t]; ok {
			depth++
		} else if t == ")" || t == "]" || t == "}" || t == `}"` {
			depth--
		}
		if depth == 0 && t == "," {
			items = append(items, cur)
			cur = nil
			continue
		}
		cur = append(cur, t)
	}
	if len(cur) > 0 {
		items = append(items, cur)
	}
	sort.Slice(items, func(a, b int) bool { return strings.Join(items[a], " ") < strings.Join(items[b], " ") })
	var out []string
	for i, it := range items {
		if i > 0 {
			out = append(out, ",")
		}
		out = append(out, it...)
	}
	return out
}

func TestNormalise(t *testing.T) {
	a := normalise("(let b = (let y = 1; x = 2; in x); a = { z = 1; }; inherit c; in ({ q, p ? (x: x), ... }: p))\n")
	b := normalise("(let a = { z = 1; }; inherit c; b = (let x = 2; y = 1; in x); in ({ p ? (x: x), q, ... }: p))\n")
	if a != b {
		t.Errorf("normalise differs:\n%s\n%s", a, b)
	}
	if normalise("(let a = 1; in a)") == normalise("(let a = 2; in a)") {
		t.Error("normalise hides a difference")
	}
}
