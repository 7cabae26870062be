package parser

import (
	"fmt"
	"strings"
	"testing"

	plexer "github.com/alecthomas/participle/v2/lexer"
	"github.com/ovl-nix/ovl/lang/ast"
)

func parseString(t *testing.T, text string) (ast.Expr, error) {
	t.Helper()
	return Parse(&ast.Source{Name: "«string»", Text: []byte(text)}, Options{BaseDir: "/cwd", Home: "/home/u"})
}

// TestIncomplete checks which errors tell the REPL to read another line.
func TestIncomplete(t *testing.T) {
	for text, want := range map[string]bool{
		"{":                 true,
		"let a = 1;":        true,
		"\"abc":             true,
		"\"abc$":            true,
		"''abc":             true,
		"/* comment":        true,
		"x: \"${x":          true,
		"f (":               true,
		"}":                 false,
		"1 }":               false,
		"let x = 1 in x":    false,
		"./a/":              false,
		"{ a = 1; a = 2; }": false,
	} {
		_, err := parseString(t, text)
		pe, ok := err.(*Error)
		if !ok {
			t.Errorf("%q: got %v, want a parse error", text, err)
			continue
		}
		if pe.Incomplete != want {
			t.Errorf("%q: Incomplete = %v, want %v (%s)", text, pe.Incomplete, want, pe.Msg)
		}
	}
}

// TestDeepNesting checks that deep input gives CppNix's "memory
// exhausted" error rather than exhausting the Go stack, through every
// recursive production, the participle ones included.
func TestDeepNesting(t *testing.T) {
	units := []string{"[", "(", "{ a = ", "-", "!", "x: ", "{ x }: ", "x@{ }: ", "{ }@x: ",
		"let a = 1; in ", "if x then ", "if ", "if x then 1 else ", "assert x; ", "with x; ",
		"\"${", "''${", "./a/${", "a.b or ", "a -> ", "a ++ ", "f (", "x.${", "{ ${", "a ? ${",
		"{ x ? ", "x@{ y ? ", "{ inherit (", "let { a = "}
	for _, u := range units {
		text := strings.Repeat(u, 100000) + "1"
		_, err := parseString(t, text)
		if err == nil || !strings.Contains(err.Error(), "memory exhausted") {
			t.Errorf("%q × 100000: got %v, want memory exhausted", u, err)
		}
	}
	// The formals rule is right recursive too.
	var b strings.Builder
	b.WriteString("{ ")
	for i := range 100000 {
		fmt.Fprintf(&b, "a%d, ", i)
	}
	b.WriteString("}: 1")
	if _, err := parseString(t, b.String()); err == nil || !strings.Contains(err.Error(), "memory exhausted") {
		t.Errorf("100000 formals: got %v, want memory exhausted", err)
	}
	// Long left-nested chains use no parser stack.
	if _, err := parseString(t, "1"+strings.Repeat(" + 1", 100000)); err != nil {
		t.Error(err)
	}
}

// TestPositions checks the positions CppNix gives nodes, which its error
// messages print.
func TestPositions(t *testing.T) {
	e, err := parseString(t, "{ inherit a; b = x: y: 1; c = rec { }; d = f 1; }")
	if err != nil {
		t.Fatal(err)
	}
	set := e.(*ast.AttrSet)
	got := map[string]string{}
	for _, b := range set.Bindings {
		got[b.Name.String()] = b.Pos.String() + " " + b.Value.Position().String()
	}
	want := map[string]string{
		// inherit: the binding and the variable both sit after `inherit`
		// and after `{` (bison's location of the empty rules).
		"a": "«string»:1:10 «string»:1:2",
		"b": "«string»:1:14 «string»:1:18",
		// a rec set's position is its `{`, not `rec`
		"c": "«string»:1:27 «string»:1:35",
		"d": "«string»:1:40 «string»:1:44",
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s: got %s, want %s", k, got[k], w)
		}
	}
	f := set.Bindings[1].Value.(*ast.Lambda)
	if f.Name.String() != "b" || f.Body.(*ast.Lambda).Name.String() != "b" {
		t.Errorf("lambda names %q %q, want b b", f.Name, f.Body.(*ast.Lambda).Name)
	}
}

// TestPaths checks how path literals are made absolute.
func TestPaths(t *testing.T) {
	for text, want := range map[string]string{
		"./a/../b/./c": "/cwd/b/c",
		"../../..":     "/",
		"/a//b/":       "",
		"~/x/../y":     "/home/u/x/../y",
		"a/b":          "/cwd/a/b",
	} {
		e, err := parseString(t, text)
		if want == "" {
			if err == nil {
				t.Errorf("%q: parsed, want an error", text)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", text, err)
			continue
		}
		if p, ok := e.(*ast.Path); !ok || p.Value != want {
			t.Errorf("%q: got %#v, want path %s", text, e, want)
		}
	}
}

// TestPartPos checks where CppNix places the parts of a concatenation in
// its errors: the `${` of an interpolation, the first token of an operand
// of `+` (a parenthesis included).
func TestPartPos(t *testing.T) {
	e, err := parseString(t, `x: "a${ x}" + ( x)`)
	if err != nil {
		t.Fatal(err)
	}
	plus := e.(*ast.Lambda).Body.(*ast.Concat)
	str := plus.Parts[0].(*ast.Concat)
	got := []ast.Pos{plus.PartPos[0], plus.PartPos[1], str.PartPos[0], str.PartPos[1]}
	for i, col := range []int32{4, 15, 5, 6} {
		if got[i].Line != 1 || got[i].Col != col {
			t.Errorf("part %d at %v, want column %d", i, got[i], col)
		}
	}
}

// TestLexDef checks the scanner through participle's lexer API: token
// kinds, positions, the text only some tokens carry, the flag on a token
// that exists because the input ended, and a lexing error as a token.
func TestLexDef(t *testing.T) {
	for name, want := range map[string]string{
		"IN":  "IN",
		"ID":  "ID",
		"EOF": "end of file",
	} {
		k, ok := lexDef{}.Symbols()[name]
		if !ok || tokenName(k) != want {
			t.Errorf("symbol %s: kind %v named %q, want %q", name, k, tokenName(k), want)
		}
	}
	lex, err := lexDef{}.Lex("f.nix", strings.NewReader("x: \"a${x}\" /* open"))
	if err != nil {
		t.Fatal(err)
	}
	toks, err := plexer.ConsumeAll(lex)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tok := range toks {
		s := fmt.Sprintf("%s@%d:%d", tokenName(tok.Type), tok.Pos.Line, tok.Pos.Column)
		if tok.Value != "" {
			s += "=" + tok.Value
		}
		if tok.Type > 0 && tok.Type&atEOF != 0 {
			s += "!"
		}
		got = append(got, s)
	}
	want := "ID@1:1=x ':'@1:2 '\"'@1:4 STR@1:5=a DOLLAR_CURLY@1:6 ID@1:8=x '}'@1:9 '\"'@1:10 '/'@1:12! '*'@1:13 ID@1:15=open end of file@1:15"
	if strings.Join(got, " ") != want {
		t.Errorf("tokens\n got %s\nwant %s", strings.Join(got, " "), want)
	}
	lex, _ = lexDef{}.LexBytes("f.nix", []byte("1 + 99999999999999999999 + 2"))
	toks, _ = plexer.ConsumeAll(lex)
	if len(toks) != 4 || toks[2].Type != tLexError || toks[2].Value != "invalid integer '99999999999999999999'" || toks[3].Type != tEOF {
		t.Errorf("lexing error: got %v", toks)
	}
}
