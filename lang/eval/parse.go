package eval

import (
	"errors"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/parser"
)

// Parse parses Nix source text; relative paths in it are relative to
// baseDir. A syntax error is an *Error of kind ParseError, so that it can
// carry trace frames like any evaluation error.
func (m *Machine) Parse(src *ast.Source, baseDir string) (ast.Expr, error) {
	if len(src.Text) >= quietFrom {
		// Everything a parse allocates is its tree, live until the parse
		// ends: a collection meanwhile marks it all and frees nothing
		// (overlay-large collected twice while parsing, 250 MB each).
		// The soft memory limit still applies.
		quietGC(true)
		defer quietGC(false)
	}
	e, err := parser.Parse(src, parser.Options{BaseDir: baseDir, Home: m.opts.Home})
	if err != nil {
		var pe *parser.Error
		if errors.As(err, &pe) {
			return nil, &Error{Kind: ParseError, Msg: pe.Msg, Pos: pe.Pos}
		}
		return nil, err
	}
	if len(src.Text) >= collectAfter {
		// No collection ran during the parse, so the collector's goal
		// still fits the heap before it: one would start at once, while
		// evaluation runs. Running it before evaluation is faster
		// (overlay-medium 0.32 s, 0.37 s without) and lets evaluation
		// reuse the parse's garbage (peak RSS overlay-large 0.71 GB).
		// It runs while the resolver does, which allocates little (its
		// scopes) and writes only numbers into the tree; Resolve waits
		// for it (overlay-large 1045 → 1002 ms, overlay-medium 276 → 265
		// ms, paired medians).
		m.collectWhileResolving()
	}
	return e, nil
}

// collectWhileResolving starts a collection for Resolve to wait for.
func (m *Machine) collectWhileResolving() {
	m.awaitCollection()
	done := make(chan struct{})
	m.collection = done
	go func() {
		runtime.GC()
		close(done)
	}()
}

// awaitCollection waits for the collection a parse started, if any.
func (m *Machine) awaitCollection() {
	if m.collection != nil {
		<-m.collection
		m.collection = nil
	}
}

// quietFrom is the size of source text from which no collection runs
// while it is parsed.
const quietFrom = 1 << 20

// quiet counts the parses that want no collection; gcPercent is the
// setting to restore once none does. A count, because machines may parse
// on several goroutines.
var quiet struct {
	sync.Mutex
	n         int
	gcPercent int
}

// quietGC turns collections off (on true) until as many calls with
// false.
func quietGC(on bool) {
	quiet.Lock()
	defer quiet.Unlock()
	switch {
	case on && quiet.n == 0:
		quiet.gcPercent = debug.SetGCPercent(-1)
	case !on && quiet.n == 1:
		debug.SetGCPercent(quiet.gcPercent)
	}
	if on {
		quiet.n++
	} else {
		quiet.n--
	}
}

// collectAfter is the size of source text from which a collection
// follows the parse at once.
const collectAfter = 8 << 20

// showExpr prints an expression as nix-instantiate --parse does (for
// assertion messages).
func showExpr(e ast.Expr) string {
	var b strings.Builder
	parser.Print(&b, e)
	return strings.TrimSuffix(b.String(), "\n")
}
