package diag

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/ovl-nix/ovl/lang/ast"
)

// The .err files in testdata/ are CppNix 2.8's stderr for the inputs beside
// them (nix-instantiate --eval, the folder written as @DIR@). The test takes
// the message, position and suggestions from each and checks that Format
// lays them out byte for byte as CppNix did.
func TestFormatMatchesCppNix(t *testing.T) {
	atRe := regexp.MustCompile(`at (.*):(\d+):(\d+):`)
	errs, _ := filepath.Glob("testdata/*.err")
	if len(errs) == 0 {
		t.Fatal("no testdata")
	}
	for _, errFile := range errs {
		want, err := os.ReadFile(errFile)
		if err != nil {
			t.Fatal(err)
		}
		base := strings.TrimSuffix(errFile, ".err")
		src := &ast.Source{}
		if text, err := os.ReadFile(base + ".nix"); err == nil {
			src.Name, src.Text = "@DIR@/"+filepath.Base(base)+".nix", text
		} else if text, err := os.ReadFile(base + ".expr"); err == nil {
			src.Name, src.Text = "«string»", text
		} else {
			t.Fatalf("%s: no input", errFile)
		}
		first, _, _ := strings.Cut(string(want), "\n")
		m := atRe.FindStringSubmatch(string(want))
		line, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		d := Diagnostic{
			Msg: strings.TrimPrefix(first, "error: "),
			Pos: ast.Pos{Src: src, Line: int32(line), Col: int32(col)},
		}
		if _, s, ok := strings.Cut(string(want), "Did you mean "); ok {
			s = strings.TrimSuffix(strings.TrimSpace(s), "?")
			s = strings.TrimPrefix(s, "one of ")
			s = strings.Replace(s, " or ", ", ", 1)
			d.Suggestions = strings.Split(s, ", ")
		}
		got := Style{}.Format(d, false) + "\n"
		if got != string(want) {
			t.Errorf("%s:\n--- got\n%s--- want\n%s", errFile, got, want)
		}
	}
}

// Hints come after everything CppNix prints, one line each, uncoloured in
// plain style.
func TestFormatHints(t *testing.T) {
	src := &ast.Source{Name: "/x.nix", Text: []byte("let x = x; in x\n")}
	d := Diagnostic{
		Msg:   "infinite recursion encountered",
		Pos:   ast.Pos{Src: src, Line: 1, Col: 9},
		Trace: []Frame{{Msg: "while evaluating x"}},
		Hints: []string{"cycle: x (x.nix:1:9) → x", "two\nlines"},
	}
	want := `error: infinite recursion encountered

       at /x.nix:1:9:

            1| let x = x; in x
             |         ^
       hint: cycle: x (x.nix:1:9) → x
       hint: two lines`
	if got := (Style{}).Format(d, false); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	wantTrace := `error: infinite recursion encountered

       at /x.nix:1:9:

            1| let x = x; in x
             |         ^

       … while evaluating x

       hint: cycle: x (x.nix:1:9) → x
       hint: two lines`
	if got := (Style{}).Format(d, true); got != wantTrace {
		t.Errorf("with trace: got\n%s\nwant\n%s", got, wantTrace)
	}
	colored := Style{Color: true}.Format(d, false)
	if !strings.Contains(colored, ansiBlue+"hint:"+ansiNormal+" cycle:") {
		t.Errorf("hint not coloured on a terminal:\n%q", colored)
	}
}

func TestSuggest(t *testing.T) {
	tests := []struct {
		query      string
		candidates []string
		want       []string
	}{
		{"d", []string{"a", "b", "c"}, []string{"a", "b", "c"}},
		{"fooo", []string{"foo", "bar", "fo", "food"}, []string{"foo", "food", "fo"}},
		{"x", []string{"abcdef"}, nil},
		{"a", []string{"b", "c", "d", "e", "f", "g", "h"}, []string{"b", "c", "d", "e", "f"}},
	}
	for _, tt := range tests {
		got := Suggest(tt.query, tt.candidates)
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("Suggest(%q, %q) = %q, want %q", tt.query, tt.candidates, got, tt.want)
		}
	}
}
