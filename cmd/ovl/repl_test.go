package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// scriptReader feeds the REPL its input lines and writes each prompt and
// line to the transcript, as a terminal would show them. The line "^C"
// stands for Ctrl-C pressed while typing.
type scriptReader struct {
	lines []string
	w     io.Writer
}

func (r *scriptReader) readLine(prompt string) (string, error) {
	if len(r.lines) == 0 {
		return "", io.EOF
	}
	line := r.lines[0]
	r.lines = r.lines[1:]
	fmt.Fprintf(r.w, "%s%s\n", prompt, line)
	if line == "^C" {
		return "", errLineInterrupted
	}
	return line, nil
}

// lockedBuffer is a transcript written by the REPL's goroutine and read by
// the test's.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// replDir makes a scratch directory the REPL runs in, with HOME and the
// cache inside it, and files written from name/content pairs.
func replDir(t *testing.T, files ...string) string {
	t.Helper()
	dir := t.TempDir()
	for i := 0; i+1 < len(files); i += 2 {
		writeFile(t, filepath.Join(dir, files[i]), files[i+1])
	}
	t.Chdir(dir)
	t.Setenv("HOME", filepath.Join(dir, "home"))
	t.Setenv("XDG_CACHE_HOME", filepath.Join(dir, "cache"))
	t.Setenv("NIX_PATH", "")
	return dir
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func newTestSession(t *testing.T, w io.Writer) *replSession {
	t.Helper()
	s, err := newReplSession(replConfig{}, w, w)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// transcript runs the REPL on lines, loading files first, and returns
// what a terminal would show after the welcome line.
func transcript(t *testing.T, files []string, lines ...string) string {
	t.Helper()
	var buf lockedBuffer
	s := newTestSession(t, &buf)
	if err := s.run(&scriptReader{lines: lines, w: &buf}, files); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	welcome := fmt.Sprintf("Welcome to ovl %s (the Nix language of Nix 2.8). Type :? for help.\n\n", version)
	if !strings.HasPrefix(out, welcome) {
		t.Fatalf("no welcome line:\n%s", out)
	}
	return strings.TrimPrefix(out, welcome)
}

func checkTranscript(t *testing.T, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("transcript differs\n--- got\n%s--- want\n%s", got, want)
	}
}

// Values print one level deep, as `nix repl` prints them (its output for
// these lines, colours aside).
func TestReplPrint(t *testing.T) {
	replDir(t)
	got := transcript(t, nil,
		`{ a = 1; b = { c = 2; }; l = [ 1 [ 2 ] ]; f = x: x; g = map; h = map (x: x); e = throw "no"; }`,
		`{ a = {}; b = []; }`,
		`:p { a = {}; b = []; c = [ [] {} ]; }`,
		`{ "a b" = 1; "if" = 2; "1x" = 3; x-y = 4; "" = 5; "$" = 6; s = "${"$"}{"; }`,
		`let x = { a = x; }; in x`,
		`:p let x = { a = x; }; in x`,
		`let x = { a = 1; }; in { b = x; c = x; l = [ x x ]; }`,
		`[ 1.5 1.0e6 null true "a\nb" ]`,
		`{ a = assert false; 1; b = 2; }`,
		`{ a = 1; b = abort "x"; c = 2; }`,
	)
	checkTranscript(t, got, `ovl> { a = 1; b = { c = 2; }; l = [ 1 [ 2 ] ]; f = x: x; g = map; h = map (x: x); e = throw "no"; }
{ a = 1; b = { ... }; e = «error: error: no»; f = «lambda @ (string):1:47»; g = «primop»; h = «primop-app»; l = [ ... ]; }

ovl> { a = {}; b = []; }
{ a = { ... }; b = [ ... ]; }

ovl> :p { a = {}; b = []; c = [ [] {} ]; }
{ a = { }; b = [ ]; c = [ [ ] { } ]; }

ovl> { "a b" = 1; "if" = 2; "1x" = 3; x-y = 4; "" = 5; "$" = 6; s = "${"$"}{"; }
{ "" = 5; "$" = 6; "1x" = 3; "a b" = 1; if = 2; s = "${"; x-y = 4; }

ovl> let x = { a = x; }; in x
{ a = { ... }; }

ovl> :p let x = { a = x; }; in x
{ a = { a = «repeated»; }; }

ovl> let x = { a = 1; }; in { b = x; c = x; l = [ x x ]; }
{ b = { ... }; c = «repeated»; l = [ ... ]; }

ovl> [ 1.5 1.0e6 null true "a\nb" ]
[ 1.5 1e+06 null true "a\nb" ]

ovl> { a = assert false; 1; b = 2; }
{ a = «error: error: assertion 'false' failed

       at «string»:1:7:

            1| { a = assert false; 1; b = 2; }
             |       ^»; b = 2; }

ovl> { a = 1; b = abort "x"; c = 2; }
error: evaluation aborted with the following error message: 'x'

`)
}

func TestReplBindings(t *testing.T) {
	replDir(t)
	got := transcript(t, nil,
		"x = 1",
		"y = x + 1",
		"x = 10",
		"y",
		"x",
		"lazy = throw \"not yet\"",
		"t = builtins.trace \"forced\" 7",
		"t + t",
		"t",
		"f = a: a * y",
		"f 3",
		"a == 1",
		"z = undefinedName",
		"z",
	)
	checkTranscript(t, got, `ovl> x = 1

ovl> y = x + 1

ovl> x = 10

ovl> y
2

ovl> x
10

ovl> lazy = throw "not yet"

ovl> t = builtins.trace "forced" 7

ovl> t + t
trace: forced
14

ovl> t
7

ovl> f = a: a * y

ovl> f 3
6

ovl> a == 1
error: undefined variable 'a'

       at «string»:1:1:

            1| a == 1
             | ^

ovl> z = undefinedName
error: undefined variable 'undefinedName'

       at «string»:1:2:

            1|  undefinedName
             |  ^

ovl> z
error: undefined variable 'z'

       at «string»:1:1:

            1| z
             | ^

`)
}

func TestReplMultiLine(t *testing.T) {
	replDir(t)
	got := transcript(t, nil,
		"{ a = 1;",
		"  b = [",
		"  2 ]; }",
		`"abc`,
		`def"`,
		"x =",
		"  let y = 2; in",
		"  y * 3",
		"x",
		":p {",
		"c = 1; }",
		"{ a = 1;",
		"^C",
		"1 +)",
		"{ a = 1",
		"b = 2; }",
	)
	checkTranscript(t, got, `ovl> { a = 1;
...    b = [
...    2 ]; }
{ a = 1; b = [ ... ]; }

ovl> "abc
...  def"
"abc\ndef"

ovl> x =
...    let y = 2; in
...    y * 3

ovl> x
6

ovl> :p {
...  c = 1; }
{ c = 1; }

ovl> { a = 1;
...  ^C
ovl> 1 +)
error: syntax error, unexpected ')'

       at «string»:1:4:

            1| 1 +)
             |    ^

ovl> { a = 1
...  b = 2; }
error: syntax error, unexpected '=', expecting ';'

       at «string»:2:3:

            1| { a = 1
            2| b = 2; }
             |   ^

`)
}

func TestReplErrorsThenRecovery(t *testing.T) {
	replDir(t)
	got := transcript(t, nil,
		"let s = { a = 1; b = 2; }; in s.c",
		"1 + 1",
		"builtins.map (x: x.a) [ 1 ]",
		":trace on",
		"builtins.map (x: x.a) [ 1 ]",
		":trace off",
		":st",
		":st",
		":trace maybe",
		"e = throw \"first\"",
		"e",
		"e",
		"3",
	)
	checkTranscript(t, got, `ovl> let s = { a = 1; b = 2; }; in s.c
error: attribute 'c' missing

       at «string»:1:31:

            1| let s = { a = 1; b = 2; }; in s.c
             |                               ^
       Did you mean one of a or b?

ovl> 1 + 1
2

ovl> builtins.map (x: x.a) [ 1 ]
error: value is an integer while a set was expected

       at «string»:1:18:

            1| builtins.map (x: x.a) [ 1 ]
             |                  ^
(use ':trace on' to show detailed location information)

ovl> :trace on
showing error traces

ovl> builtins.map (x: x.a) [ 1 ]
error: value is an integer while a set was expected

       at «string»:1:18:

            1| builtins.map (x: x.a) [ 1 ]
             |                  ^

       … while evaluating anonymous lambda

       at «string»:1:15:

            1| builtins.map (x: x.a) [ 1 ]
             |               ^

       … from call site

ovl> :trace off
not showing error traces

ovl> :st
showing error traces

ovl> :st
not showing error traces

ovl> :trace maybe
error: ':trace' takes 'on' or 'off', not 'maybe'

ovl> e = throw "first"

ovl> e
error: first

ovl> e
error: first

ovl> 3
3

`)
}

func TestReplCommands(t *testing.T) {
	dir := replDir(t,
		"f.nix", "{ a = 1; b = { c = 2; }; f = x: x; }\n",
		"g.nix", "{ x ? 1 }: { y = x; z = 3; }\n",
		"sub/default.nix", "{ inSub = true; }\n",
	)
	got := transcript(t, []string{"f.nix"},
		"a",
		":l g.nix",
		"y",
		":l ./sub",
		"inSub",
		":a { q = 1; r = 2; }",
		"q + r",
		":a 1",
		":t 1", ":t 1.0", ":t \"s\"", ":t ./x", ":t null", ":t true", ":t []", ":t {}", ":t x: x", ":t map", ":t map (x: x)",
		":p { a = { b = [ { c = 1; } ]; }; }",
		":t",
		":l nothere.nix",
		":foo",
		":b 1",
		"bound = 5",
		":r",
		"bound",
		"y",
		":q",
		"this line is never read",
	)
	checkTranscript(t, got, `Loading 'f.nix'...
Added 3 variables.

ovl> a
1

ovl> :l g.nix
Added 2 variables.

ovl> y
1

ovl> :l ./sub
Added 1 variables.

ovl> inSub
true

ovl> :a { q = 1; r = 2; }
Added 2 variables.

ovl> q + r
3

ovl> :a 1
error: value is an integer while a set was expected

ovl> :t 1
an integer

ovl> :t 1.0
a float

ovl> :t "s"
a string

ovl> :t ./x
a path

ovl> :t null
null

ovl> :t true
a Boolean

ovl> :t []
a list

ovl> :t {}
a set

ovl> :t x: x
a function

ovl> :t map
the built-in function 'map'

ovl> :t map (x: x)
the partially applied built-in function 'map'

ovl> :p { a = { b = [ { c = 1; } ]; }; }
{ a = { b = [ { c = 1; } ]; }; }

ovl> :t
error: ':t' needs an expression

ovl> :l nothere.nix
error: getting status of '`+dir+`/nothere.nix': No such file or directory

ovl> :foo
error: unknown command ':foo'

ovl> :b 1
error: ':b' needs a Nix store to build derivations; ovl has none

ovl> bound = 5

ovl> :r
Loading 'f.nix'...
Added 3 variables.

Loading 'g.nix'...
Added 2 variables.

Loading './sub'...
Added 1 variables.

Loading 'nothere.nix'...
error: getting status of '`+dir+`/nothere.nix': No such file or directory

ovl> bound
error: undefined variable 'bound'

       at «string»:1:1:

            1| bound
             | ^

ovl> y
1

ovl> :q
`)
}

func TestReplHelp(t *testing.T) {
	replDir(t)
	got := transcript(t, nil, ":?")
	for _, cmd := range []string{":a", ":l", ":r", ":p", ":t", ":o", ":explain", ":trace", ":q"} {
		if !strings.Contains(got, "\n  "+cmd+" ") {
			t.Errorf(":? does not describe %s:\n%s", cmd, got)
		}
	}
}

// :r reads files again: a changed file's new attributes replace the old.
func TestReplReloadRereads(t *testing.T) {
	dir := replDir(t, "v.nix", "{ v = 1; }\n")
	var buf lockedBuffer
	s := newTestSession(t, &buf)
	r := &scriptReader{w: &buf, lines: []string{":l v.nix", "v"}}
	if err := s.run(r, nil); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "v.nix"), "{ v = 2; w = 3; }\n")
	r.lines = []string{":r", "v + w"}
	if err := s.run(r, nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "ovl> v\n1\n") || !strings.Contains(buf.String(), "ovl> v + w\n5\n") {
		t.Errorf("reload did not read the file again:\n%s", buf.String())
	}
}

func TestReplOverlays(t *testing.T) {
	replDir(t,
		"ovs/10-greet.nix", "final: prev: {\n  greeting = \"hi \" + final.hello.pname;\n  hello = prev.hello // { patched = true; };\n}\n",
		"ovs/20-other.nix", "self: super: { hello = super.hello // { twice = true; }; }\n",
		"ovs/notes.txt", "not an overlay\n",
	)
	got := transcript(t, nil,
		":explain hello",
		":o ovs",
		"pkgs.greeting",
		"pkgs.hello.patched && pkgs.hello.twice",
		":explain hello",
		":explain greeting",
		":explain nothing",
		":o",
		"pkgs ? greeting",
	)
	for _, want := range []string{
		"ovl> :explain hello\nerror: no overlays applied yet: use :o first",
		"ovs (given on the command line)\n  1.       ovs/10-greet.nix  name ends in .nix\n  2.       ovs/20-other.nix  name ends in .nix\n  skipped  ovs/notes.txt     name does not end in .nix\nAdded pkgs: ovl's package set with 2 overlay(s), ",
		"ovl> pkgs.greeting\n\"hi hello\"\n",
		"ovl> pkgs.hello.patched && pkgs.hello.twice\ntrue\n",
		"hello is defined by 3 layer(s), bottom to top:\n",
		"  overlay 1  ovs/10-greet.nix:3:3          builds on prev.hello\n  overlay 2  ovs/20-other.nix:1:16         builds on prev.hello\n",
		"greeting is defined by 1 layer(s), bottom to top:\n  overlay 1  ovs/10-greet.nix:2:3  replaces it\n",
		"ovl> :explain nothing\nerror: no layer defines 'nothing'\n",
		"ovl> :o\nno overlays: neither <nixpkgs-overlays>, ~/.config/nixpkgs/overlays.nix nor ~/.config/nixpkgs/overlays/ exists\nAdded pkgs: ovl's package set with 0 overlay(s), ",
		"ovl> pkgs ? greeting\nfalse\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("transcript lacks %q:\n%s", want, got)
		}
	}
}

// A broken overlay is reported by :o; after fixing the file, :r applies
// the overlays again.
func TestReplOverlayErrorThenReload(t *testing.T) {
	dir := replDir(t, "ov.nix", "final: prev: { x = 1 }\n")
	var buf lockedBuffer
	s := newTestSession(t, &buf)
	r := &scriptReader{w: &buf, lines: []string{":o ov.nix"}}
	if err := s.run(r, nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "error: syntax error, unexpected '}', expecting ';'") {
		t.Fatalf("no syntax error from :o:\n%s", buf.String())
	}
	writeFile(t, filepath.Join(dir, "ov.nix"), "final: prev: { x = 1; }\n")
	r.lines = []string{":r", "pkgs.x"}
	if err := s.run(r, nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "ovl> pkgs.x\n1\n") {
		t.Errorf(":r did not apply the fixed overlay:\n%s", buf.String())
	}
}

// runInterrupted runs line in a REPL, interrupts it once it is running,
// and returns the transcript of it and of a line after it.
func runInterrupted(t *testing.T, line string) string {
	t.Helper()
	replDir(t)
	var buf lockedBuffer
	s := newTestSession(t, &buf)
	if s.interrupt() {
		t.Fatal("interrupt reported a command while none was running")
	}
	done := make(chan error, 1)
	go func() { done <- s.run(&scriptReader{w: &buf, lines: []string{line, "1 + 2"}}, nil) }()
	deadline := time.Now().Add(10 * time.Second)
	for !s.busy.Load() {
		if time.Now().After(deadline) {
			t.Fatal("the evaluation never started")
		}
		time.Sleep(time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond) // let it get going
	if !s.interrupt() {
		t.Fatal("interrupt found nothing running")
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("the evaluation did not stop:\n%s", buf.String())
	}
	return buf.String()
}

func TestReplInterrupt(t *testing.T) {
	for name, line := range map[string]string{
		// Exponential: would run for ages, in bounded depth.
		"fib": "let fib = n: if n < 2 then n else fib (n - 1) + fib (n - 2); in fib 100",
		// An endless loop (genericClosure never runs out of new keys).
		"loop": "builtins.length (builtins.genericClosure { startSet = [ { key = 0; } ]; operator = x: [ { key = x.key + 1; } ]; })",
		// Deep printing of an endless structure, forced as it prints.
		"print": ":p let f = n: [ n (f (n + 1)) ]; g = n: builtins.genList (i: f i) 1000000; in g 0",
	} {
		t.Run(name, func(t *testing.T) {
			got := runInterrupted(t, line)
			want := "error: interrupted by the user\n"
			i := strings.Index(got, want)
			if i < 0 || !strings.HasSuffix(got, "ovl> 1 + 2\n3\n\n") {
				t.Errorf("not interrupted, or no recovery:\n%.2000s", got)
			}
		})
	}
}

func TestReplCompletion(t *testing.T) {
	replDir(t,
		"f.nix", "{ }\n",
		"sub/a.nix", "{ }\n",
		".hidden", "",
		"ovs/o.nix", "final: prev: { greeting = \"hi\"; }\n",
	)
	var buf lockedBuffer
	s := newTestSession(t, &buf)
	if err := s.run(&scriptReader{w: &buf, lines: []string{
		`s = { alpha = 1; beta = { gamma = 2; }; "a b" = 3; }`,
		"myVar = 1",
		"myOther = 2",
		"bad = throw \"no set here\"",
	}}, nil); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		before, word string
		want         []string
		err          string
	}{
		{"my", "my", []string{"myOther", "myVar"}, ""},
		{"1 + myV", "myV", []string{"myVar"}, ""},
		{"ma", "ma", []string{"map"}, ""},
		{"inh", "inh", []string{"inherit"}, ""},
		{"s.", "s.", []string{`s."a b"`, "s.alpha", "s.beta"}, ""},
		{"s.a", "s.a", []string{"s.alpha"}, ""},
		{`s."a`, `s."a`, []string{`s."a b"`}, ""},
		{"f (s.beta.g", "s.beta.g", []string{"s.beta.gamma"}, ""},
		{"[s.b", "s.b", []string{"s.beta"}, ""},
		{"builtins.attrN", "builtins.attrN", []string{"builtins.attrNames"}, ""},
		{"nope.x", "nope.x", nil, "undefined variable 'nope'"},
		{"s.alpha.x", "s.alpha.x", nil, "value is an integer while a set was expected"},
		{"bad.", "bad.", nil, "no set here"},
		{`"not.`, `"not.`, nil, ""},
		{":l", ":l", []string{":l", ":load"}, ""},
		{":ex", ":ex", []string{":explain"}, ""},
		{":l ", "", []string{"f.nix", "ovs/", "sub/"}, ""},
		{":l ./s", "./s", []string{"./sub/"}, ""},
		{":l ./.h", "./.h", []string{"./.hidden"}, ""},
		{"import ./sub/", "./sub/", []string{"./sub/a.nix"}, ""},
		{":explain gre", "gre", nil, ""},
	} {
		word, got, err := s.complete(c.before)
		switch {
		case word != c.word:
			t.Errorf("complete(%q): word %q, want %q", c.before, word, c.word)
		case c.err == "" && err != nil:
			t.Errorf("complete(%q): %v", c.before, err)
		case c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)):
			t.Errorf("complete(%q): error %v, want one with %q", c.before, err, c.err)
		case !slices.Equal(got, c.want):
			t.Errorf("complete(%q) = %q, want %q", c.before, got, c.want)
		}
	}

	// Attribute paths of pkgs, once :o has bound it.
	if err := s.run(&scriptReader{w: &buf, lines: []string{":o ovs"}}, nil); err != nil {
		t.Fatal(err)
	}
	for before, want := range map[string]string{"pkgs.hel": "pkgs.hello", "pkgs.gree": "pkgs.greeting", ":explain gree": "greeting"} {
		if _, got, err := s.complete(before); err != nil || !slices.Contains(got, want) {
			t.Errorf("complete(%q) = %q, %v; want %q among them", before, got, err, want)
		}
	}
}

// Completion gives up on an evaluation that takes too long, and says so.
func TestReplCompletionTimeout(t *testing.T) {
	replDir(t)
	defer func(d time.Duration) { completionTimeout = d }(completionTimeout)
	completionTimeout = 100 * time.Millisecond
	var buf lockedBuffer
	s := newTestSession(t, &buf)
	if err := s.run(&scriptReader{w: &buf, lines: []string{
		"slow = let fib = n: if n < 2 then n else fib (n - 1) + fib (n - 2); in { x = fib 100; }.x",
	}}, nil); err != nil {
		t.Fatal(err)
	}
	_, _, err := s.complete("slow.")
	if err == nil || !strings.Contains(err.Error(), "gave up completing 'slow'") {
		t.Errorf("got %v, want a timeout", err)
	}
	// The machine is usable again.
	if _, got, err := s.complete("builtins.ma"); err != nil || !slices.Contains(got, "builtins.map") {
		t.Errorf("after the timeout: %q, %v", got, err)
	}
}

func TestReplSplitBinding(t *testing.T) {
	for line, want := range map[string]string{
		"x = 1":      "x",
		"x-y' = 1":   "x-y'",
		"x =":        "x",
		"x == 1":     "",
		"{ a = 1; }": "",
		"1x = 2":     "",
		"a.b = 1":    "",
	} {
		name, _, ok := splitBinding(line)
		if name != want || ok != (want != "") {
			t.Errorf("splitBinding(%q) = %q, %v; want %q", line, name, ok, want)
		}
	}
}

func TestHistoryFile(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_STATE_HOME", filepath.Join(dir, "state"))
	t.Setenv("HOME", filepath.Join(dir, "home"))
	path, err := historyFile()
	if err != nil || path != filepath.Join(dir, "state/ovl/history") {
		t.Fatalf("historyFile() = %q, %v", path, err)
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("history file not created private: %v %v", st, err)
	}
	t.Setenv("XDG_STATE_HOME", "relative/ignored")
	path, err = historyFile()
	if err != nil || path != filepath.Join(dir, "home/.local/state/ovl/history") {
		t.Errorf("historyFile() = %q, %v; want it under $HOME", path, err)
	}
}

// Input still waiting for more lines when the input ends is reported (as
// nix-instantiate --parse -E '[ 1' reports it: lines are trimmed, as in
// `nix repl`).
func TestReplIncompleteAtEOF(t *testing.T) {
	replDir(t)
	got := transcript(t, nil, "1 + 1", "[ 1")
	checkTranscript(t, got, `ovl> 1 + 1
2

ovl> [ 1
error: syntax error, unexpected end of file

       at «string»:1:3:

            1| [ 1
             |   ^
`)
}

// `ovl repl` from the command line, with piped input: files, -I and
// --show-trace are honoured, and no prompt is printed.
func TestReplCommandLine(t *testing.T) {
	replDir(t,
		"f.nix", "{ fromFile = 1; }\n",
		"inc/lib.nix", "{ fromInclude = 2; }\n",
	)
	var stdout, stderr bytes.Buffer
	in := strings.NewReader("fromFile + (import <inc/lib.nix>).fromInclude\nbuiltins.map (x: x.a) [ 1 ]\n")
	status := run([]string{"repl", "-I", "inc=inc", "--show-trace", "f.nix"}, in, &stdout, &stderr)
	if status != 0 {
		t.Fatalf("exit status %d\n%s", status, stderr.String())
	}
	if got := stdout.String(); got != "3\n\n\n" {
		t.Errorf("stdout %q, want the value and the blank lines after each input", got)
	}
	for _, want := range []string{"Loading 'f.nix'...\nAdded 1 variables.\n", "… while evaluating anonymous lambda"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
		}
	}
	if strings.Contains(stderr.String()+stdout.String(), replPrompt) {
		t.Error("a prompt was printed for piped input")
	}
}
