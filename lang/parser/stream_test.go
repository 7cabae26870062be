package parser

import (
	"bytes"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/ovl-nix/ovl/lang/ast"
)

// TestMain streams every source the package's tests parse (see
// tokenStream), small ones included: the golden and fuzz tests then check
// the concurrent scanner, and the inputs too dense for its estimated
// array check the parse started again. TestStreamedParse compares with
// the whole-source path.
func TestMain(m *testing.M) {
	streamFrom = 0
	os.Exit(m.Run())
}

// TestStreamedParse parses every test input, and large generated ones,
// both ways: scanned as the parse goes and scanned whole first. The
// printed trees and the errors must be the same.
func TestStreamedParse(t *testing.T) {
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
		[]byte("["+strings.Repeat("1 ", 200000)+"]"),  // denser than the estimate
		[]byte("["+strings.Repeat("1 ", 200000)+"]]"), // and an error at its end
		[]byte(strings.Repeat("(", 3000)+"x"+strings.Repeat(")", 3000)))
	defer func(old int) { streamFrom = old }(streamFrom)
	for i, text := range inputs {
		streamFrom = math.MaxInt
		want := parseAndPrint(text)
		streamFrom = 0
		if got := parseAndPrint(text); got != want {
			t.Errorf("input %d (%d bytes): streamed %q, whole %q", i, len(text), clip(got), clip(want))
		}
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
