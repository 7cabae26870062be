package builtins

import (
	"math"
	"strings"
	"testing"
	"time"
)

// The expected results were printed by CppNix 2.8 (nix-instantiate --eval
// --strict) for builtins.fromTOML of each document: toml11's rules for
// tables, its number conversions and the first line of its messages.
func TestFromTOML(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"a = -9223372036854775809", "{ a = -9223372036854775808; }"},
		{"a = 0x8000000000000000", "{ a = 9223372036854775807; }"},
		{"a = 99999999999999999999999", "{ a = 9223372036854775807; }"},
		{"a = 0b11111111111111111111111111111111111111111111111111111111111111111", "{ a = -1; }"},
		{"a = 1e400\nb = 1e-400\nc = -nan\nd = -0.0", "{ a = 1.79769e+308; b = 0; c = -nan; d = -0; }"},
		{"a = 1\na.b = 2", "while parsing a TOML string: [error] toml::insert_value: target (a) is neither table nor an array of tables"},
		{"a.b = 1\n[a]\nc=2", "{ a = { b = 1; c = 2; }; }"},
		{"x = {a=1}\n[x.b]\nc=2", "while parsing a TOML string: [error] toml::insert_value: inserting to an inline table (x) but inline tables are immutable"},
		{"[[a]]\n[a]", "while parsing a TOML string: [error] toml::insert_value: array of tables (\"a\") already exists."},
		{"a = [1,]", "{ a = [ 1 ]; }"},
		{"a = \"\\q\"", "while parsing a TOML string: [error] toml::parse_basic_string: the next token is not a valid string"},
		{"a = \"\\x41\"", "while parsing a TOML string: [error] toml::parse_basic_string: the next token is not a valid string"},
		{"=1", "while parsing a TOML string: [error] toml::parse_key_value_pair: empty key is not allowed."},
		{"a = 1 b = 2", "while parsing a TOML string: [error] toml::parse_table: invalid line format"},
		{"[a", "while parsing a TOML string: [error] toml::parse_key: an invalid key appeared."},
		{"[a]]", "while parsing a TOML string: [error] toml::parse_table_key: newline required after [table.key]"},
		{"a = tru", "while parsing a TOML string: [error] toml::parse_boolean:"},
		{"a = 1.e5", "while parsing a TOML string: [error] bad float: invalid format"},
		{"a = {", "while parsing a TOML string: [error] toml::parse_key: an invalid key appeared."},
		{"a = [1, 2", "while parsing a TOML string: [error] toml::parse_array: missing array separator `,` after a value"},
		{"a = [", "while parsing a TOML string: [error] toml::parse_array: value having invalid format appeared in an array"},
		{"a = [1, hello]", "while parsing a TOML string: [error] toml::parse_array: value having invalid format appeared in an array"},
		{"a = {b = 1", "while parsing a TOML string: [error] toml::parse_inline_table: missing curly brace `}`"},
		{"a = {b = 1,}", "while parsing a TOML string: [error] toml::parse_inline_table: trailing comma is not allowed in an inline table"},
		{"a = {b = 1 c = 2}", "while parsing a TOML string: [error] toml::parse_inline_table: missing table separator `,`"},
		{"[a]\nb=1\n[a]", "while parsing a TOML string: [error] toml::insert_value: table (\"a\") already exists."},
		{"a = 1\n[a]", "while parsing a TOML string: [error] toml::insert_value: value (\"a\") already exists."},
		{"[a.b]\n[a]\nb=1", "while parsing a TOML string: [error] toml::insert_value: value (\"a\") already exists."},
		{"a = 0x", "while parsing a TOML string: [error] toml::parse_hexadecimal_integer"},
		{"a = 0b102", "while parsing a TOML string: [error] bad integer: leading zero"},
		{"a = 1__0", "while parsing a TOML string: [error] bad integer: `_` should be surrounded by digits"},
		{"a = []\n[[a]]", "while parsing a TOML string: [error] toml::insert_value: array of table (\"a\") collides with existing value"},
		{"a = [{}]\n[[a]]", "while parsing a TOML string: [error] toml::insert_value: array of table (\"a\") collides with existing array-of-tables"},
		{"[[a]]\n[[a]]\nb.c = 1\n[a.b]\nd=2", "{ a = [ { } { b = { c = 1; d = 2; }; } ]; }"},
		{"a = {b = 1}\na.c = 2", "while parsing a TOML string: [error] toml::insert_value: inserting to an inline table (a) but inline tables are immutable"},
		{"a.b = 1\na = {c = 2}", "while parsing a TOML string: [error] toml::insert_value: table (\"a\") already exists."},
		{"[a]\nb.c = 1\n[a.b]\nd = 2", "{ a = { b = { c = 1; d = 2; }; }; }"},
		{"[a.b.c]\nd = 1\n[a]\ne = 2\n[a.b]\nf = 3", "{ a = { b = { c = { d = 1; }; f = 3; }; e = 2; }; }"},
		{"[a]\n[a.b]\n[a]", "while parsing a TOML string: [error] toml::insert_value: table (\"a\") already exists."},
		{"a b = 1", "while parsing a TOML string: [error] toml::parse_key_value_pair: invalid format for key"},
		{"a", "while parsing a TOML string: [error] toml::parse_key_value_pair: missing key-value separator `=`"},
		{"a = 1979-05-27T07:32:00Z\nb = {", "while parsing a TOML string: [error] toml::parse_key: an invalid key appeared."},
		{"\"a.b\" = 1\na.\"b.c\" = 2", "{ a = { \"b.c\" = 2; }; \"a.b\" = 1; }"},
		{"a = \"x\" y", "while parsing a TOML string: [error] toml::parse_table: invalid line format"},
		{"a = 1\r\nb = 2\r\n", "{ a = 1; b = 2; }"},
	} {
		got := evalForTest(t, "builtins.fromTOML "+nixString(c.in))
		if got != c.want {
			t.Errorf("fromTOML %q:\n got  %s\n want %s", c.in, got, c.want)
		}
	}
}

// nixString quotes s as a Nix string literal.
func nixString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "$", `\$`, "\n", `\n`, "\r", `\r`, "\t", `\t`)
	return `"` + r.Replace(s) + `"`
}

func TestTOMLNumbers(t *testing.T) {
	for in, want := range map[string]int64{
		"1_000": 1000, "+99": 99, "-17": -17, "0xDEAD_beef": 0xdeadbeef, "0o755": 0o755, "0b1101": 13,
		"9223372036854775808": math.MaxInt64, "-9223372036854775809": math.MinInt64,
		"0xFFFFFFFFFFFFFFFFFF": math.MaxInt64, "-9223372036854775808": math.MinInt64,
	} {
		if got := tomlInt(in); got != want {
			t.Errorf("tomlInt(%s) = %d, want %d", in, got, want)
		}
	}
	for in, want := range map[string]float64{
		"224_617.445_991": 224617.445991, "1e400": math.MaxFloat64, "-1e400": -math.MaxFloat64,
		"inf": math.Inf(1), "-inf": math.Inf(-1), "1e-400": 0,
	} {
		if got := tomlFloat(in); got != want {
			t.Errorf("tomlFloat(%s) = %g, want %g", in, got, want)
		}
	}
	if f := tomlFloat("-nan"); !math.IsNaN(f) || !math.Signbit(f) {
		t.Errorf("tomlFloat(-nan) = %g", f)
	}
}

// The TOML reader must never panic, whatever its input.
func FuzzFromTOML(f *testing.F) {
	for _, s := range []string{"a.b = 1\n[a]\nc = [1, {d = 2}]", "[[x]]\ny = '''\nz'''", "a = {", "a = 0b102", "t = 1979-05-27"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if doc, err := parseTOML([]byte(s)); err == nil {
			doc.toNix()
		}
	})
}

// A key of many dotted parts, or a table header of many, is read in time
// linear in its length: joining the path so far for every part (for error
// messages only) made a 100,000-part key take 20 seconds.
func TestFromTOMLLongKey(t *testing.T) {
	key := strings.Repeat("a.", 100000) + "a"
	for _, doc := range []string{key + " = 1", "[" + key + "]"} {
		start := time.Now()
		if got := evalForTest(t, `builtins.attrNames (builtins.fromTOML "`+doc+`")`); got != `[ "a" ]` {
			t.Errorf("%.20s…: %s", doc, got)
		}
		if took := time.Since(start); took > 5*time.Second {
			t.Errorf("%.20s…: took %s", doc, took)
		}
	}
}
