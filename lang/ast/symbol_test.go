package ast

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"unsafe"
)

// TestSymbols interns names of every length around the inline limit,
// enough of them to grow the table several times, and checks that each
// name has one symbol, that Lookup finds exactly the interned names and
// that String gives the name back.
func TestSymbols(t *testing.T) {
	if Intern("") != 0 {
		t.Fatal(`"" is not Symbol 0`)
	}
	var names []string
	for i := range 20000 {
		n := fmt.Sprintf("sym%d-", i)
		n += strings.Repeat("x", i%40) // 0 to 39 more bytes: inline and long
		names = append(names, n)
	}
	names = append(names, "a\x00b", "a\x00c", "ünïcödé", strings.Repeat("y", inlineName), strings.Repeat("y", inlineName+1))
	syms := map[Symbol]string{}
	for _, n := range names {
		if _, ok := Lookup(n); ok {
			t.Fatalf("%q found before it was interned", n)
		}
		s := Intern(n)
		if other, dup := syms[s]; dup {
			t.Fatalf("%q and %q share symbol %d", n, other, s)
		}
		syms[s] = n
	}
	for _, n := range names {
		s, ok := Lookup(n)
		if !ok || s != Intern(n) || s.String() != n {
			t.Fatalf("%q: Lookup %d %v, Intern %d, String %q", n, s, ok, Intern(n), s.String())
		}
		// A name that differs in its last byte, or is one byte longer
		// or shorter, is another name.
		for _, m := range []string{n[:len(n)-1] + "\x01", n + "x", n[:len(n)-1]} {
			if s2, ok := Lookup(m); ok && syms[s2] != m {
				t.Fatalf("%q found as %q", m, syms[s2])
			}
		}
	}
}

// TestSymbolsConcurrent interns the same names from several goroutines:
// each name must get one symbol (go test -race checks the locking).
func TestSymbolsConcurrent(t *testing.T) {
	const workers, count = 4, 5000
	got := make([][]Symbol, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range count {
				got[w] = append(got[w], Intern(fmt.Sprintf("concurrent-%d", (i*7+w)%count)))
			}
		}()
	}
	wg.Wait()
	want := map[string]Symbol{}
	for w := range workers {
		for i, s := range got[w] {
			n := fmt.Sprintf("concurrent-%d", (i*7+w)%count)
			if prev, ok := want[n]; ok && prev != s {
				t.Fatalf("%q interned as %d and %d", n, prev, s)
			}
			want[n] = s
		}
	}
}

// InternCopy gives the symbol Intern gives, and keeps a copy of a new
// name, not the caller's memory.
func TestInternCopy(t *testing.T) {
	buf := []byte("copied-name-" + strings.Repeat("z", 30))
	for _, n := range []int{14, len(buf)} { // inline and long
		name := unsafe.String(&buf[0], n)
		s := InternCopy(name)
		if s != Intern(string(buf[:n])) || InternCopy(name) != s {
			t.Fatalf("%q: InternCopy and Intern differ", name)
		}
		if unsafe.StringData(s.String()) == &buf[0] {
			t.Fatalf("%q: the table keeps the caller's memory", name)
		}
	}
}
