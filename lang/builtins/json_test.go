package builtins

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
)

// evalForTest evaluates a Nix expression deeply in a fresh evaluator with
// all builtins, and returns what nix-instantiate --eval --strict prints, or
// the first line of the error.
func evalForTest(t *testing.T, expr string) string {
	t.Helper()
	m, err := New(eval.Options{Stderr: &strings.Builder{}})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	e, err := m.Parse(&ast.Source{Name: filepath.Join(dir, "test.nix"), Text: []byte(expr)}, dir)
	if err == nil {
		err = m.Resolve(e)
	}
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	v, err := m.Eval(e)
	if err == nil {
		err = m.ForceDeep(v, ast.Pos{})
	}
	if err != nil {
		if e, ok := err.(*eval.Error); ok {
			return e.Msg
		}
		return err.Error()
	}
	return m.PrintValue(v)
}

// unbounded lets parseJSON make arrays and objects of any size.
func unbounded(int) error { return nil }

// The expected results were printed by CppNix 2.8 (nix-instantiate --eval
// --strict) for builtins.fromJSON of each text: nlohmann::json's messages,
// positions and number conversions.
func TestFromJSON(t *testing.T) {
	m, err := New(eval.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ in, want string }{
		{"[true, nul]", "[json.exception.parse_error.101] parse error at line 1, column 11: syntax error while parsing value - invalid literal; last read: '[true, nul]'"},
		{"{\"a\" 1}", "[json.exception.parse_error.101] parse error at line 1, column 6: syntax error while parsing object separator - unexpected number literal; expected ':'"},
		{"{1: 2}", "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error while parsing object key - unexpected number literal; expected string literal"},
		{"-a", "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error while parsing value - invalid number; expected digit after '-'; last read: '-a'"},
		{"1.", "[json.exception.parse_error.101] parse error at line 1, column 3: syntax error while parsing value - invalid number; expected digit after '.'; last read: '1.'"},
		{"1e+", "[json.exception.parse_error.101] parse error at line 1, column 4: syntax error while parsing value - invalid number; expected digit after exponent sign; last read: '1e+'"},
		{"1e400", "[json.exception.out_of_range.406] number overflow parsing '1e400'"},
		{"18446744073709551615", "-1"},
		{"18446744073709551616", "1.84467e+19"},
		{"-9223372036854775809", "-9.22337e+18"},
		{"\"\\u12\"", "[json.exception.parse_error.101] parse error at line 1, column 6: syntax error while parsing value - invalid string: '\\u' must be followed by 4 hex digits; last read: '\"\\u12\"'"},
		{"\"\\ud800\\u0041\"", "[json.exception.parse_error.101] parse error at line 1, column 13: syntax error while parsing value - invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF; last read: '\"\\ud800\\u0041'"},
		{"\"\\udc00\"", "[json.exception.parse_error.101] parse error at line 1, column 7: syntax error while parsing value - invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF; last read: '\"\\udc00'"},
		{"\"abc", "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error while parsing value - invalid string: missing closing quote; last read: '\"abc'"},
		{"\n\n  x", "[json.exception.parse_error.101] parse error at line 3, column 3: syntax error while parsing value - invalid literal; last read: '<U+000A><U+000A>  x'"},
		{"[1] ]", "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error while parsing value - unexpected ']'; expected end of input"},
		{"\"\\ud83d\\ude00\"", "\"😀\""},
		{"{\"a\": {\"b\": [1, 2.5, null]}, \"a\": 3}", "{ a = 3; }"},
		{"\"tab\there\"", "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error while parsing value - invalid string: control character U+0009 (HT) must be escaped to \\u0009 or \\t; last read: '\"tab<U+0009>'"},
		{"[1 /* c */]", "[json.exception.parse_error.101] parse error at line 1, column 4: syntax error while parsing array - invalid literal; last read: '1 /'; expected ']'"},
		{"01", "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error while parsing value - unexpected number literal; expected end of input"},
		{"-0", "0"},
		{"1E-2", "0.01"},
		{"\ufeff[1]", "[ 1 ]"},
	} {
		v, msg, _ := parseJSON(c.in, unbounded)
		got := msg
		if msg == "" {
			if err := m.ForceDeep(v, ast.Pos{}); err != nil {
				t.Fatal(err)
			}
			got = m.PrintValue(v)
		}
		if got != c.want {
			t.Errorf("fromJSON %q:\n got  %s\n want %s", c.in, got, c.want)
		}
	}
}

// JSON nested as deep as CppNix reads is read; deeper fails as CppNix
// does when it runs out of stack, instead of exhausting the Go stack.
func TestFromJSONDeep(t *testing.T) {
	nested := func(n int) string { return strings.Repeat("[", n) + strings.Repeat("]", n) }
	if _, msg, _ := parseJSON(nested(100000), unbounded); msg != "" {
		t.Errorf("100,000 levels: %q", msg)
	}
	got := evalForTest(t, `builtins.fromJSON "`+nested(maxJSONDepth)+`"`)
	if got != "stack overflow (possible infinite recursion)" {
		t.Errorf("%d levels: %q", maxJSONDepth, got)
	}
}

func TestToJSONContext(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "f")
	os.WriteFile(file, []byte("x"), 0o644)
	got := evalForTest(t, `builtins.attrNames (builtins.getContext (builtins.toJSON { p = `+file+`; }))`)
	if !strings.HasPrefix(got, `[ "/nix/store/`) || !strings.HasSuffix(got, `-f" ]`) {
		t.Errorf("toJSON of a path has context %s", got)
	}
}

// The JSON reader must never panic, whatever its input.
func FuzzFromJSON(f *testing.F) {
	for _, s := range []string{`{"a":[1,2.5,"x",null,true]}`, `"\ud83d\ude00"`, "[1 /", "\ufeff1", "-0.5e+3"} {
		f.Add(s)
	}
	m, err := New(eval.Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if v, msg, _ := parseJSON(s, unbounded); msg == "" {
			if err := m.ForceDeep(v, ast.Pos{}); err != nil {
				t.Fatal(err)
			}
		}
	})
}
