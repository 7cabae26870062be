package parser

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

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
// exhausted" error rather than exhausting the Go stack.
func TestDeepNesting(t *testing.T) {
	for _, text := range []string{strings.Repeat("[", 100000), strings.Repeat("{ a = ", 100000), strings.Repeat("-", 100000) + "1"} {
		_, err := parseString(t, text)
		if err == nil || !strings.Contains(err.Error(), "memory exhausted") {
			t.Errorf("%.10q…: got %v, want memory exhausted", text, err)
		}
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

// TestTablesUpToDate regenerates the tables and compares them with
// tables.go, so a grammar change cannot be committed without them.
func TestTablesUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the generator")
	}
	out := filepath.Join(t.TempDir(), "tables.go")
	cmd := exec.Command("go", "run", "./internal/lalrgen", "-o", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("lalrgen: %v\n%s", err, msg)
	}
	want, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("tables.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("tables.go is stale: run go generate ./lang/parser")
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
