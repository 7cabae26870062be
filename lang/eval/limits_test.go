package eval_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
)

// Every way of building a string or a list from others stops at the size
// bound of one value with "out of memory" where the expression was
// written, before it allocates past the bound. The bound is lowered to 64
// KiB here (2730 list elements), so each case stays small.
func TestOutOfMemory(t *testing.T) {
	const bound = 1 << 16
	// doubling builds 2^21 copies of its argument with op. Builtins
	// report errors where they are called.
	const doubling = `let twice = x: %s; in builtins.foldl' (x: _: twice x) %s (builtins.genList (i: i) 21)`
	nest := func(op, start string) string {
		return strings.Replace(strings.Replace(doubling, "%s", op, 1), "%s", start, 1)
	}
	forties := `(builtins.genList (x: "0123456789012345678901234567890123456789") 2000)`
	as := `(builtins.concatStringsSep "" (builtins.genList (x: "a") 2000))`
	cases := []struct{ text, pos string }{
		{nest("x + x", `"x"`), "1:16"},
		{nest(`"${x}${x}"`, `"x"`), "1:17"},
		{nest("x + x", "/x"), "1:16"},
		{nest("x ++ x", "[ 1 ]"), "1:16"},
		{`builtins.genList (x: x) 3000`, "1:1"},
		{`builtins.concatLists (builtins.genList (x: builtins.genList (y: y) 100) 100)`, "1:1"},
		{`builtins.concatMap (x: builtins.genList (y: y) 100) (builtins.genList (x: x) 100)`, "1:1"},
		{`builtins.concatStringsSep "," ` + forties, "1:1"},
		// The separators alone are too long.
		{`builtins.concatStringsSep (builtins.concatStringsSep "" (builtins.genList (x: "0123456789012345") 2500)) [ "a" "b" "c" ]`, "1:1"},
		{`builtins.replaceStrings [ "a" ] [ "0123456789012345678901234567890123456789" ] ` + as, "1:1"},
		{`toString ` + forties, "1:1"},
		{`builtins.toJSON ` + forties, "1:1"},
		{`builtins.toXML ` + forties, "1:1"},
		// Sharing makes the text grow exponentially with the depth: it
		// stops at the bound, not after 2^40 leaves.
		{`let tree = n: if n == 0 then [ "x" ] else let t = tree (n - 1); in [ t t ]; in builtins.toJSON (tree 40)`, "1:80"},
		{`let tree = n: if n == 0 then [ "x" ] else let t = tree (n - 1); in [ t t ]; in builtins.toXML (tree 40)`, "1:80"},
		{`let tree = n: if n == 0 then [ "x" ] else let t = tree (n - 1); in [ t t ]; in toString (tree 40)`, "1:80"},
		{`builtins.split "" ` + as, "1:1"},
		{`builtins.splitVersion (builtins.foldl' (x: _: x + x) "1." (builtins.genList (i: i) 12))`, "1:1"},
		{`builtins.genericClosure { startSet = [ { key = 0; } ]; operator = x: builtins.genList (i: { key = x.key + 1; }) 2000; }`, "1:1"},
		{`builtins.fromJSON "[${builtins.concatStringsSep "," (builtins.genList (x: "0") 2000)},${builtins.concatStringsSep "," (builtins.genList (x: "0") 2000)}]"`, "1:1"},
		{`builtins.fromJSON "{${builtins.concatStringsSep "," (builtins.genList (x: "\"a\":0") 2000)},${builtins.concatStringsSep "," (builtins.genList (x: "\"a\":0") 2000)}}"`, "1:1"},
		// tryEval catches only throw and assert.
		{`builtins.tryEval (builtins.genList (x: x) 3000)`, "1:19"},
	}
	// A file over the bound, and one that never ends.
	big := filepath.Join(t.TempDir(), "big.nix")
	if err := os.WriteFile(big, []byte(strings.Repeat("1", bound+1)), 0o644); err != nil {
		t.Fatal(err)
	}
	cases = append(cases,
		struct{ text, pos string }{`builtins.readFile ` + big, "1:1"},
		struct{ text, pos string }{`import ` + big, ""})
	if _, err := os.Stat("/dev/zero"); err == nil {
		cases = append(cases,
			struct{ text, pos string }{`builtins.readFile /dev/zero`, "1:1"},
			struct{ text, pos string }{`import /dev/zero`, ""})
	}
	for _, c := range cases {
		m := newMachine(t)
		eval.SetMaxValueBytes(m, bound)
		_, err := evalText(t, m, c.text)
		var e *eval.Error
		if !errors.As(err, &e) || e.Msg != "out of memory" || posText(e) != c.pos {
			t.Errorf("%s:\n got %v, want out of memory at %q", c.text, err, c.pos)
		}
	}
}

// Up to the bound, values are built as usual.
func TestUpToSizeBound(t *testing.T) {
	const bound = 1 << 16
	for _, text := range []string{
		`builtins.stringLength (builtins.foldl' (x: _: x + x) "x" (builtins.genList (i: i) 16)) == 65536`,
		`builtins.length (builtins.genList (x: x) 2730) == 2730`,
		`builtins.length (builtins.genList (x: x) 1365 ++ builtins.genList (x: x) 1365) == 2730`,
		`builtins.stringLength (builtins.toJSON (builtins.genList (x: "01234567890123456789") 2700)) == 2700 * 23 + 1`,
		`builtins.stringLength (builtins.concatStringsSep "," (builtins.genList (x: "0123456789012345678901") 2700)) == 2700 * 23 - 1`,
		`builtins.stringLength (builtins.replaceStrings [ "a" ] [ "0123456789012345678901234567890" ] (builtins.concatStringsSep "" (builtins.genList (x: "a") 2000))) == 2000 * 31`,
	} {
		m := newMachine(t)
		eval.SetMaxValueBytes(m, bound)
		v, err := evalText(t, m, text)
		if err != nil || m.PrintValue(v) != "true" {
			t.Errorf("%s: %v %v", text, m.PrintValue(v), err)
		}
	}
}

// posText is the line:column of an error ("" for none).
func posText(e *eval.Error) string {
	if !e.Pos.IsValid() {
		return ""
	}
	return strings.TrimPrefix(e.Pos.String(), "«string»:")
}

// The real bound (256 MiB) trips as soon as the size is known, before
// anything that big is allocated.
func TestDefaultSizeBound(t *testing.T) {
	const mb = `(builtins.foldl' (x: _: x + x) "x" (builtins.genList (i: i) 20))`
	const million = `(builtins.genList (x: x) 1000000)`
	for _, text := range []string{
		// CppNix 2.8 fails the same way: it reserves room for the
		// separators first.
		`builtins.concatStringsSep ` + mb + ` (builtins.genList (x: "") 1000)`,
		`builtins.length (builtins.genList (x: x) 4294967296)`,
		// 12 million elements: 288 MB of values in ovl.
		`let l = ` + million + `; in builtins.concatLists [ l l l l l l l l l l l l ]`,
		`let l = ` + million + `; in builtins.concatMap (x: l) (builtins.genList (x: x) 12)`,
	} {
		_, err := evalText(t, newMachine(t), text)
		var e *eval.Error
		if !errors.As(err, &e) || e.Msg != "out of memory" {
			t.Errorf("%s: got %v, want out of memory", text, err)
		}
	}
}

// WriteValue and WriteJSON write what PrintValue and PrintJSON return, in
// pieces and without the size bound of a string: the output of a command
// is not a value.
func TestWriteValueAndJSON(t *testing.T) {
	const big = `let s = builtins.concatStringsSep "" (builtins.genList (x: "0123456789") 2000); in builtins.genList (x: { inherit s; n = x; }) 100`
	for _, text := range []string{
		`{ a = [ 1 2.5 "x\n" null true ]; b = { }; c = /x; }`,
		`let l = [ 1 ]; in [ l l { f = x: x; } ]`,
		big,
	} {
		m := newMachine(t)
		eval.SetMaxValueBytes(m, 1<<16)
		v, err := evalText(t, m, text)
		if err != nil {
			t.Fatal(err)
		}
		var w chunks
		if err := m.WriteValue(&w, v); err != nil || w.String() != m.PrintValue(v) || w.largest > 1<<17 {
			t.Errorf("%s: WriteValue: %v, %.100q, largest piece %d", text, err, w.String(), w.largest)
		}
		want, _, jsonErr := m.PrintJSON(v, true, ast.Pos{})
		w = chunks{}
		err = m.WriteJSON(&w, v, true, ast.Pos{})
		if text == big {
			if e, ok := jsonErr.(*eval.Error); !ok || e.Msg != "out of memory" {
				t.Errorf("toJSON of 2 MB: %v, want out of memory", jsonErr)
			}
			eval.SetMaxValueBytes(m, 1<<30)
			want, _, _ = m.PrintJSON(v, true, ast.Pos{})
			if err != nil || w.String() != want || w.largest > 1<<17 {
				t.Errorf("WriteJSON: %v, %d bytes (want %d), largest piece %d", err, len(w.String()), len(want), w.largest)
			}
			continue
		}
		if w.String() != want || (err == nil) != (jsonErr == nil) {
			t.Errorf("%s: WriteJSON %q %v, PrintJSON %q %v", text, w.String(), err, want, jsonErr)
		}
	}
}

// A write error stops WriteValue and WriteJSON, and is returned.
func TestWriteError(t *testing.T) {
	m := newMachine(t)
	v, err := evalText(t, m, `builtins.genList (x: builtins.concatStringsSep "" (builtins.genList (y: "0123456789") 1000)) 100`)
	if err != nil {
		t.Fatal(err)
	}
	broken := errors.New("broken pipe")
	if err := m.WriteValue(failing{broken}, v); err != broken {
		t.Errorf("WriteValue: %v", err)
	}
	if err := m.WriteJSON(failing{broken}, v, true, ast.Pos{}); err != broken {
		t.Errorf("WriteJSON: %v", err)
	}
}

// chunks records what is written and the largest single write.
type chunks struct {
	strings.Builder
	largest int
}

func (c *chunks) Write(p []byte) (int, error) {
	c.largest = max(c.largest, len(p))
	return c.Builder.Write(p)
}

func (c *chunks) WriteString(s string) (int, error) {
	c.largest = max(c.largest, len(s))
	return c.Builder.WriteString(s)
}

type failing struct{ err error }

func (f failing) Write([]byte) (int, error) { return 0, f.err }
