package builtins

import (
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
)

// Results of CppNix 2.8 (nix-instantiate --eval --strict) for each
// expression: std::regex's POSIX extended syntax (what it accepts and
// rejects), its grouping and its search and iteration rules.
var regexCases = []nixCase{
	{`builtins.match "a**" "aaa"`, `[ ]`},
	{`builtins.match "a+?" "aaa"`, `[ ]`},
	{`builtins.match "(a+)?b" "aab"`, `[ "aa" ]`},
	{`builtins.match "[[:ALPHA:]]+" "abC"`, `[ ]`},
	{`builtins.match "[[:w:]]+" "a_1"`, `[ ]`},
	{`builtins.match "[[:d:]]" "7"`, `[ ]`},
	{`builtins.match "[[.hyphen.]]" "-"`, `[ ]`},
	{`builtins.match "[[.-.]]" "-"`, `invalid regular expression '[[.-.]]'`},
	{`builtins.match "[[=a=]]+" "aA"`, `[ ]`},
	{`builtins.match "[a-]+" "a-"`, `[ ]`},
	{`builtins.match "[]-a]+" "]^a"`, `[ ]`},
	{`builtins.match "a\\]" "a]"`, `invalid regular expression 'a\]'`},
	{`builtins.match "a{,2}" "a"`, `invalid regular expression 'a{,2}'`},
	{`builtins.match "a{2,1}" "aa"`, `invalid regular expression 'a{2,1}'`},
	{`builtins.match "()" ""`, `[ "" ]`},
	{`builtins.match "(|a)+" "aa"`, `[ "" ]`},
	{`builtins.match "a||b" "b"`, `[ ]`},
	{`builtins.match "[z-a]" "a"`, `invalid regular expression '[z-a]'`},
	{`builtins.match "[[:foo:]]" "a"`, `invalid regular expression '[[:foo:]]'`},
	{`builtins.match "(a*)*" "aa"`, `[ "" ]`},
	{`builtins.match "(a*)+" "aa"`, `[ "" ]`},
	{`builtins.match "(a|b)*c" "abc"`, `[ "b" ]`},
	{`builtins.match "(a|ab)(c|bcd)(d*)" "abcd"`, `[ "a" "bcd" "" ]`},
	{`builtins.match "((a)|(b))*" "abab"`, `[ "b" "a" "b" ]`},
	{`builtins.match "(a?)*b" "aab"`, `[ "" ]`},
	{`builtins.match "x*" ""`, `[ ]`},
	{`builtins.match "[^]]+" "ab"`, `[ ]`},
	{`builtins.match "[\\]+" "\\\\"`, `[ ]`},
	{`builtins.match "a{0}" ""`, `[ ]`},
	{`builtins.match "(a){0}b" "b"`, `[ null ]`},
	{`builtins.match "a{1}{2}" "aa"`, `[ ]`},
	{`builtins.match "a\$b" "ab"`, `null`},
	{`builtins.match "^*a" "a"`, `invalid regular expression '^*a'`},
	{`builtins.match "(^a|b)+" "ab"`, `[ "b" ]`},
	{`builtins.match "a|" ""`, `[ ]`},
	{`builtins.match "[a-c-e]" "d"`, `invalid regular expression '[a-c-e]'`},
	{`builtins.match "[%--]" ","`, `[ ]`},
	{`builtins.match "[[:alpha:]-z]" "a"`, `invalid regular expression '[[:alpha:]-z]'`},
	{`builtins.match "." "é"`, `null`},
	{`builtins.match "(.)(.)" "é"`, "[ \"\xc3\" \"\xa9\" ]"},
	{`builtins.match "[é]" "é"`, `null`},
	{`builtins.match "[^a]" "é"`, `null`},
	{`builtins.match "\\.\\*\\+\\?\\(\\)\\{\\|\\^\\\$\\[\\\\" ".*+?(){|^\$[\\"`, `[ ]`},
	{`builtins.match "a\\nb" "anb"`, `invalid regular expression 'a\nb'`},
	{`builtins.match "(a)|b" "b"`, `[ null ]`},
	{`builtins.match "(a|ab)(bc|c)" "abc"`, `[ "a" "bc" ]`},
	{`builtins.match "(ab|a)(bc|c)" "abc"`, `[ "ab" "c" ]`},
	{`builtins.match "(a*)(a|b)*" "aab"`, `[ "aa" "b" ]`},
	{`builtins.match "((a*)b)*" "abb"`, `[ "b" "" ]`},
	{`builtins.match "(a|b)*?" "ab"`, `[ "b" ]`},
	{`builtins.split "a|ab" "xabc"`, `[ "x" [ ] "c" ]`},
	{`builtins.split "a*" "baaac"`, `[ "" [ ] "b" [ ] "" [ ] "c" [ ] "" ]`},
	{`builtins.split "(a*)*" "baa"`, `[ "" [ "" ] "b" [ "" ] "" [ "" ] "" ]`},
	{`builtins.split "^a" "aaa"`, `[ "" [ ] "aa" ]`},
	{`builtins.split "a\$" "aaa"`, `[ "aa" [ ] "" ]`},
	{`builtins.split "\$" "abc"`, `[ "abc" [ ] "" ]`},
	{`builtins.split "^" "abc"`, `[ "" [ ] "abc" ]`},
	{`builtins.split "b*|a" "aab"`, `[ "" [ ] "" [ ] "" [ ] "" [ ] "" ]`},
	{`builtins.split "(a|ab)(c|bcd)(d*)" "xabcdx"`, `[ "x" [ "a" "bcd" "" ] "x" ]`},
	{`builtins.split "x*|^b" "ab"`, `[ "" [ ] "a" [ ] "b" [ ] "" ]`},
	{`builtins.split "a*?" "aa"`, `[ "" [ ] "" [ ] "" ]`},
	{`builtins.split "" ""`, `[ "" [ ] "" ]`},
	{`builtins.split "." "ab"`, `[ "" [ ] "" [ ] "" ]`},
	{`builtins.split "(a)|(b)" "ba"`, `[ "" [ null "b" ] "" [ "a" null ] "" ]`},
	{`builtins.split "[[:space:]]+" " a  b "`, `[ "" [ ] "a" [ ] "b" [ ] "" ]`},
	{`builtins.split "(,)|(;)" "a,b;c"`, `[ "a" [ "," null ] "b" [ null ";" ] "c" ]`},
}

func TestRegexLikeCppNix(t *testing.T) { checkCases(t, regexCases) }

// TestRegexStateLimit checks the NFA is built as libstdc++ builds it: the
// largest repetitions CppNix 2.8 accepts, and the smallest it rejects with
// "memory limit exceeded".
func TestRegexStateLimit(t *testing.T) {
	for pattern, ok := range map[string]bool{
		"a{99993}": true, "a{99994}": false,
		"(a){24997}": true, "(a){24998}": false,
		"a{0,49996}": true, "a{0,49997}": false,
	} {
		_, err := compileStdRegex(pattern)
		if ok && err != nil || !ok && err != errRegexSpace {
			t.Errorf("%s: %v", pattern, err)
		}
	}
}

// TestRegexDeepSubject checks that a match recursing once per character
// works on a long string and fails cleanly, like CppNix's stack overflow,
// on a much longer one.
func TestRegexDeepSubject(t *testing.T) {
	re, err := compileStdRegex("(.*)")
	if err != nil {
		t.Fatal(err)
	}
	if m, err := re.matchAll(strings.Repeat("a", 200000), nil); err != nil || m == nil || m[1].second != 200000 {
		t.Errorf("200000 characters: %v %v", m, err)
	}
	if _, err := re.matchAll(strings.Repeat("a", 2*reMaxDepth), nil); err != errRegexDepth {
		t.Errorf("too deep: %v", err)
	}
}

// TestRegexStop checks that the stop hook ends an exponential search.
func TestRegexStop(t *testing.T) {
	re, err := compileStdRegex("(a*)*(a*)*(a*)*b")
	if err != nil {
		t.Fatal(err)
	}
	stop := errors.New("stop")
	calls := 0
	_, err = re.matchAll(strings.Repeat("a", 40), func() error { calls++; return stop })
	if err != stop || calls != 1 {
		t.Errorf("got %v after %d calls", err, calls)
	}
}

// TestRegexInterrupt checks that Machine.Interrupt stops a match that
// would take exponential time (in CppNix too).
func TestRegexInterrupt(t *testing.T) {
	m, err := New(eval.Options{Stderr: io.Discard})
	if err != nil {
		t.Fatal(err)
	}
	src := `builtins.match "(a*)*(a*)*(a*)*b" "` + strings.Repeat("a", 40) + `"`
	e, err := m.Parse(&ast.Source{Name: "«string»", Text: []byte(src)}, t.TempDir())
	if err == nil {
		err = m.Resolve(e)
	}
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := m.Eval(e)
		done <- err
	}()
	time.Sleep(50 * time.Millisecond)
	m.Interrupt()
	select {
	case err := <-done:
		if e, ok := err.(*eval.Error); !ok || e.Msg != "interrupted by the user" {
			t.Errorf("got %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the match was not interrupted")
	}
}

// FuzzRegex checks that no pattern or subject makes the engine panic; a
// search is cut short after its first reCheckEvery steps.
func FuzzRegex(f *testing.F) {
	for _, p := range []string{"(a|ab)(c|bcd)(d*)", "[[:alpha:]-]", "[]a-]{2,3}", "((a*)*|b)+$", "^x{0,2}y?"} {
		f.Add(p, "abcd-]aab")
	}
	stop := errors.New("stop")
	f.Fuzz(func(t *testing.T, pattern, s string) {
		re, err := compileStdRegex(pattern)
		if err != nil {
			if err != errRegexSyntax && err != errRegexSpace {
				t.Fatalf("%q: %v", pattern, err)
			}
			return
		}
		halt := func() error { return stop }
		if m, err := re.matchAll(s, halt); err == nil && m != nil && (m[0].first != 0 || m[0].second != len(s)) {
			t.Fatalf("%q %q: match %v", pattern, s, m[0])
		}
		all, err := re.searchAll(s, halt, func(int) error { return nil })
		if err != nil {
			return
		}
		prev := 0
		for _, m := range all {
			if m[0].first < prev || m[0].second < m[0].first || m[0].second > len(s) {
				t.Fatalf("%q %q: matches %v", pattern, s, all)
			}
			prev = m[0].second
		}
	})
}
