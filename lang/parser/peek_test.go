package parser

import (
	"reflect"
	"strings"
	"testing"

	"github.com/alecthomas/participle/v2/lexer"
)

// TestPeekingLexerLayout fails when a participle upgrade changes
// lexer.PeekingLexer, which upgrade writes through its mirror.
func TestPeekingLexerLayout(t *testing.T) {
	theirs, ours := reflect.TypeFor[lexer.PeekingLexer](), reflect.TypeFor[peekingLexer]()
	if theirs.Size() != ours.Size() || theirs.NumField() != ours.NumField() {
		t.Fatalf("lexer.PeekingLexer is %d bytes in %d fields, the mirror %d in %d",
			theirs.Size(), theirs.NumField(), ours.Size(), ours.NumField())
	}
	for i := range theirs.NumField() {
		a, b := theirs.Field(i), ours.Field(i)
		if a.Name != b.Name || a.Type != b.Type || a.Offset != b.Offset {
			t.Errorf("field %d: lexer.PeekingLexer has %s %v at %d, the mirror %s %v at %d",
				i, a.Name, a.Type, a.Offset, b.Name, b.Type, b.Offset)
		}
	}
}

// TestUpgrade checks that participle reads the tokens upgrade installs,
// also past the first slice's estimate (dense input: one token a byte).
func TestUpgrade(t *testing.T) {
	dense := "[" + strings.Repeat("1 ", 1000) + "]"
	nested := strings.Repeat("(", 500) + "x" + strings.Repeat(")", 500)
	for _, src := range []string{"", "x", "[1 2 3]", dense, nested, `"unterminated`} {
		want := 0
		sc := newScanner([]byte(src))
		for tk, _ := sc.Next(); tk.Type != tEOF; tk, _ = sc.Next() {
			want++
		}
		lex, _ := upgrade(newScanner([]byte(src)), len(src), true)
		got := 0
		for tk := lex.Next(); !tk.EOF(); tk = lex.Next() {
			got++
		}
		if got != want {
			t.Errorf("%q: participle read %d tokens, the scanner made %d", src, got, want)
		}
	}
}
