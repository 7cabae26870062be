package ast

import (
	"math"
	"strconv"
	"strings"
)

// The spellings CppNix 2.8 uses when it shows syntax: names in
// `nix-instantiate --parse` output and in error messages, string literals
// in --parse output, and floats everywhere.

// ShowID shows an identifier or attribute name: bare when it is a plain
// identifier, else as a string literal. Of the keywords, 2.8 quotes only
// `if`.
func ShowID(name string) string {
	if name == "" || name == "if" || !IsIDStart(name[0]) {
		return ShowString(name)
	}
	for i := 0; i < len(name); i++ {
		if !IsIDChar(name[i]) {
			return ShowString(name)
		}
	}
	return name
}

// Dollar says which `$` a quoted string escapes: CppNix escapes each one in
// --parse output, only `${` when it prints values, and none in `nix repl`
// or in derivations (ATerm).
type Dollar uint8

const (
	DollarNone Dollar = iota
	DollarBeforeBrace
	DollarAll
)

// Quote writes s in double quotes with `"`, `\`, newline, return and tab
// escaped (as \n, \r, \t), and `$` as dollar says.
func Quote(b *strings.Builder, s string, dollar Dollar) {
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '$':
			if dollar == DollarAll || dollar == DollarBeforeBrace && i+1 < len(s) && s[i+1] == '{' {
				b.WriteByte('\\')
			}
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
}

// ShowString shows s as a string literal of --parse output, every `$`
// escaped.
func ShowString(s string) string {
	var b strings.Builder
	Quote(&b, s, DollarAll)
	return b.String()
}

// FormatFloat shows a float as C++ streams do by default (printf "%g", six
// significant digits), which is how Nix prints floats.
func FormatFloat(f float64) string { return formatFloat(f, 'g') }

// FormatFloatFixed shows a float as C's "%f" (std::to_string of a
// double), which is how toString and interpolation write floats.
func FormatFloatFixed(f float64) string { return formatFloat(f, 'f') }

// formatFloat is C's printf of f with verb ('g' or 'f') and six digits of
// precision, whose infinities and NaNs Go spells differently.
func formatFloat(f float64, verb byte) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		if math.Signbit(f) {
			return "-nan"
		}
		return "nan"
	}
	return strconv.FormatFloat(f, verb, 6, 64)
}

// IsIDStart reports whether c may start an identifier.
func IsIDStart(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' }

// IsIDChar reports whether c may appear in an identifier after its first
// character.
func IsIDChar(c byte) bool {
	return IsIDStart(c) || c >= '0' && c <= '9' || c == '\'' || c == '-'
}
