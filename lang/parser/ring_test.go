package parser

import (
	"bytes"
	"math"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/alecthomas/participle/v2/lexer"
	"github.com/ovl-nix/ovl/lang/ast"
)

// TestPeekingLexerLayout fails when a participle upgrade changes
// lexer.PeekingLexer or lexer.Checkpoint, which the parser writes through
// its mirrors (install, lend).
func TestPeekingLexerLayout(t *testing.T) {
	sameLayout(t, reflect.TypeFor[lexer.PeekingLexer](), reflect.TypeFor[peekingLexer]())
	sameLayout(t, reflect.TypeFor[lexer.Checkpoint](), reflect.TypeFor[checkpoint]())
}

func sameLayout(t *testing.T, theirs, ours reflect.Type) {
	t.Helper()
	if theirs.Size() != ours.Size() || theirs.NumField() != ours.NumField() {
		t.Fatalf("%v is %d bytes in %d fields, the mirror %d in %d",
			theirs, theirs.Size(), theirs.NumField(), ours.Size(), ours.NumField())
	}
	for i := range theirs.NumField() {
		a, b := theirs.Field(i), ours.Field(i)
		if a.Name != b.Name || a.Type != b.Type || a.Offset != b.Offset {
			t.Errorf("field %d: %v has %s %v at %d, the mirror %s %v at %d",
				i, theirs, a.Name, a.Type, a.Offset, b.Name, b.Type, b.Offset)
		}
	}
}

// TestRing reads sources of many ring lengths through the ring, looking
// a few tokens ahead and back as the parser and lend do, and compares
// with the scanner's own tokens.
func TestRing(t *testing.T) {
	var long strings.Builder
	for i := range 3 * ringSize {
		long.WriteString("a" + strings.Repeat("b", i%5) + " = \"s\"; ")
	}
	ast.Intern("abb") // a symbol for the feed to find
	for _, src := range []string{"", "x", "[1 2 3]", `"unterminated`, "x ~ y", long.String()} {
		var want []lexer.Token
		sc := newScanner([]byte(src))
		for {
			var tk lexer.Token
			sc.scan(&tk)
			want = append(want, tk)
			if tk.Type == tEOF {
				break
			}
		}
		for _, fed := range []bool{false, true} {
			var r tokenRing
			r.reset(newScanner([]byte(src)))
			if fed {
				// TestMain lets every source have a feed; a small ring
				// makes it wait for the parser, again and again.
				defer func(old int) { feedSize = old }(feedSize)
				feedSize = 64
				startFeed(&r, len(src))
			}
			for ; r.head < len(want); r.head++ {
				for _, d := range []int{-2, -1, 0, 1, 2, window} {
					n := r.head + d
					if n < 0 {
						continue
					}
					w := want[min(n, len(want)-1)]
					if got := *r.at(n); got != w {
						t.Fatalf("%.20q (fed %v): token %d is %v, want %v", src, fed, n, got, w)
					}
				}
				if s, ok := r.symbol(r.head); ok && s.String() != want[r.head].Value {
					t.Fatalf("%.20q (fed %v): token %d %q has the symbol of %q", src, fed, r.head, want[r.head].Value, s)
				}
			}
			if r.feed != nil {
				r.feed.close()
			}
		}
	}
}

// TestDenseSource parses sources of a token every two bytes, which wrap
// the feed's ring, with an error at their end or none; and participle
// productions nested deeper than participle's first array has windows
// for, which parse again with a larger one.
func TestDenseSource(t *testing.T) {
	dense := "[" + strings.Repeat("1 ", 200000) + "]"
	sparse := "[" + strings.Repeat("1   ", 200000) + "]"
	if got, want := parseAndPrint([]byte(dense)), parseAndPrint([]byte(sparse)); got != want {
		t.Errorf("dense list: %q, sparse %q", clip(got), clip(want))
	}
	got := parseAndPrint([]byte(dense + "]"))
	if wantErr := "error: /t/f.nix:1:400003: syntax error, unexpected ']', expecting end of file"; got != wantErr {
		t.Errorf("dense list and ']': %q, want %q", clip(got), wantErr)
	}
	const levels = 1000
	deep := parseAndPrint([]byte(strings.Repeat("assert true; let a = 1; in ", levels) + "a"))
	if n := strings.Count(deep, "assert"); n != levels || strings.Count(deep, "let") != levels {
		t.Errorf("%d nested assert and let: %d asserts in %q", levels, n, clip(deep))
	}
}

func parseAndPrint(text []byte) string {
	e, err := Parse(&ast.Source{Name: "/t/f.nix", Text: text}, Options{BaseDir: "/t", Home: "/h"})
	if err != nil {
		return "error: " + err.Error()
	}
	var b bytes.Buffer
	Print(&b, e)
	return b.String()
}

func clip(s string) string {
	if len(s) > 200 {
		return s[:200] + "…"
	}
	return s
}

// TestMain feeds every source the package's tests parse from a scanner
// on its own goroutine (see feed), small ones included, through a ring
// that most of them wrap: the golden and fuzz tests then check the
// concurrent path too, waits included. TestFeedParse compares it with
// the sequential one.
func TestMain(m *testing.M) {
	feedFrom, feedSize = 0, 256
	os.Exit(m.Run())
}

// TestFeedParse parses every test input, and large generated ones, with
// the scanner on a goroutine of its own and without. The printed trees
// and the errors must be the same.
func TestFeedParse(t *testing.T) {
	inputs := testInputs(t, 0, "parse", "parse-fail")
	var big strings.Builder
	big.WriteString("let\n")
	for i := range 20000 {
		big.WriteString("  p" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + "_" + string(rune('a'+i/26%26)) + string(rune('a'+i/676%26)) + " = { name = \"n\"; deps = [ final.q prev.r ]; f = x: y: x + y; };\n")
	}
	big.WriteString("in 0\n")
	inputs = append(inputs,
		[]byte(big.String()),
		[]byte(big.String()[:big.Len()/2]),            // cut off: an error far in
		[]byte("["+strings.Repeat("1 ", 200000)+"]"),  // dense
		[]byte("["+strings.Repeat("1 ", 200000)+"]]"), // and an error at its end
		[]byte(strings.Repeat("(", 3000)+"x"+strings.Repeat(")", 3000)))
	defer func(old int) { feedFrom = old }(feedFrom)
	defer func(old int) { feedSize = old }(feedSize)
	for i, text := range inputs {
		feedFrom = math.MaxInt
		want := parseAndPrint(text)
		feedFrom = 0
		for _, size := range []int{1 << 20, 64} { // the ring wraps with the second
			feedSize = size
			if got := parseAndPrint(text); got != want {
				t.Errorf("input %d (%d bytes), feed of %d: fed %q, sequential %q", i, len(text), size, clip(got), clip(want))
			}
		}
	}
}
