package builtins

import (
	"strings"
	"testing"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
)

// builtins.warn prints its message as a warning and returns its second
// argument; it refuses a message that is not a string (current Nix manual).
func TestWarn(t *testing.T) {
	var stderr strings.Builder
	m, err := New(eval.Options{Stderr: &stderr})
	if err != nil {
		t.Fatal(err)
	}
	e, err := m.Parse(&ast.Source{Name: "«string»", Text: []byte(`builtins.warn "careful" 42`)}, "/")
	if err == nil {
		err = m.Resolve(e)
	}
	if err != nil {
		t.Fatal(err)
	}
	v, err := m.Eval(e)
	if err != nil || v.Int() != 42 {
		t.Fatalf("warn returned %v, %v", v, err)
	}
	if !strings.Contains(stderr.String(), "warning: careful") {
		t.Errorf("stderr %q", stderr.String())
	}
	if got := evalForTest(t, `builtins.warn 1 2`); got != "value is an integer while a string was expected" {
		t.Errorf("non-string message: %s", got)
	}
}
