package eval_test

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/builtins"
	"github.com/ovl-nix/ovl/lang/eval"
)

// FuzzEval evaluates arbitrary text: any outcome is fine but a panic or a
// Go stack overflow. Only builtins whose work is linear in their arguments
// are available (no genList, no file access), and each input is
// interrupted after a short time. The seeds are the self-checks and the
// small test files of testdata/eval and testdata/eval-fail.
func FuzzEval(f *testing.F) {
	for _, s := range selfChecks {
		f.Add(s)
	}
	for _, dir := range []string{"eval", "eval-fail"} {
		filepath.WalkDir(filepath.Join("..", "..", "testdata", dir), func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".nix") {
				if text, err := os.ReadFile(path); err == nil && len(text) <= 2000 {
					f.Add(string(text))
				}
			}
			return nil
		})
	}
	f.Add(`let x = x; in x`)
	f.Add(`rec { a = b; b = a; }.a`)
	f.Add(`({ a ? b, b ? a }: a) { }`)
	safe := []string{"add", "sub", "mul", "div", "lessThan", "throw", "abort", "seq", "deepSeq", "tryEval",
		"addErrorContext", "typeOf", "isInt", "isFloat", "isBool", "isString", "isPath", "isNull", "isAttrs",
		"isList", "isFunction", "toString", "map", "length", "head", "tail",
		"attrNames", "attrValues", "hasAttr", "getAttr", "removeAttrs", "listToAttrs", "mapAttrs",
		"intersectAttrs", "catAttrs", "functionArgs", "filter", "foldl'", "elem", "elemAt", "concatLists",
		"all", "any", "sort", "partition", "groupBy", "zipAttrsWith", "stringLength", "substring",
		"concatStringsSep", "splitVersion", "compareVersions", "toJSON", "fromJSON", "bitAnd", "bitOr",
		"bitXor", "floor", "ceil", "unsafeGetAttrPos", "genericClosure"}
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
		// An evaluation that the interrupt does not stop is a bug: crash
		// the worker with every goroutine's stack, so that the fuzzer
		// reports it instead of hanging.
		watchdog := time.AfterFunc(10*time.Second, func() {
			buf := make([]byte, 1<<20)
			panic(fmt.Sprintf("not interrupted after 10s: %q\n%s", text, buf[:runtime.Stack(buf, true)]))
		})
		defer watchdog.Stop()
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
