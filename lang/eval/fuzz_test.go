package eval_test

import (
	"slices"
	"testing"
	"time"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/builtins"
	"github.com/ovl-nix/ovl/lang/eval"
)

// FuzzEval evaluates arbitrary text: any outcome is fine but a panic. Only
// builtins that cannot allocate without bound are available, and each input
// is interrupted after a short time.
func FuzzEval(f *testing.F) {
	for _, s := range selfChecks {
		f.Add(s)
	}
	f.Add(`let x = x; in x`)
	f.Add(`rec { a = b; b = a; }.a`)
	f.Add(`({ a ? b, b ? a }: a) { }`)
	safe := []string{"add", "sub", "mul", "div", "lessThan", "throw", "abort", "seq", "deepSeq", "tryEval",
		"addErrorContext", "typeOf", "isInt", "isFloat", "isBool", "isString", "isPath", "isNull", "isAttrs",
		"isList", "isFunction", "toString", "map", "length", "head", "tail"}
	var table []eval.Builtin
	for _, b := range builtins.Table() {
		if slices.Contains(safe, b.Name) {
			table = append(table, b)
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 2000 {
			return
		}
		m, err := eval.New(eval.Options{Builtins: table, MaxCallDepth: 500})
		if err != nil {
			t.Fatal(err)
		}
		e, err := m.Parse(&ast.Source{Name: "«string»", Text: []byte(text)}, "/nonexistent")
		if err != nil || m.Resolve(e) != nil {
			return
		}
		stop := time.AfterFunc(200*time.Millisecond, m.Interrupt)
		defer stop.Stop()
		v, err := m.Eval(e)
		if err != nil {
			return
		}
		if m.ForceDeep(v, ast.Pos{}) == nil {
			m.PrintValue(v)
			m.PrintJSON(v, true, ast.Pos{})
		}
	})
}
