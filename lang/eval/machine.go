package eval

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync/atomic"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/diag"
)

// DefaultMaxCallDepth is the function call depth at which evaluation stops
// with "stack overflow", as newer Nix's max-call-depth.
const DefaultMaxCallDepth = 10000

// Options configures a Machine.
type Options struct {
	// Builtins is the table of builtins (builtins.Table()).
	Builtins []Builtin
	// SearchPath is the Nix search path for <...> lookups: the -I entries,
	// then those of NIX_PATH (see ParseNixPath), each "prefix=path" or a
	// bare directory.
	SearchPath []string
	// MaxCallDepth bounds nested function calls; 0 means
	// DefaultMaxCallDepth.
	MaxCallDepth int
	// ShowTrace records the function-call frames CppNix records only with
	// --show-trace.
	ShowTrace bool
	// Stderr receives builtins.trace output and warnings; nil means
	// os.Stderr.
	Stderr io.Writer
	// Home is $HOME, for `~/...` paths in parsed files.
	Home string
	// Pure refuses impure builtins and file access outside the allowed
	// roots (SPEC §8, see AllowPath and CheckPath); builtins consult it
	// through Machine.Pure.
	Pure bool
}

// Machine evaluates Nix code. It is not safe for concurrent use.
type Machine struct {
	opts Options

	globals     []Value              // the base environment
	globalIndex map[ast.Symbol]int32 // name -> index in globals
	// arithSlot maps the global slot of __add, __sub, __mul, __div and
	// __lessThan to their operation (see evalArith); -1 elsewhere.
	arithSlot []int8
	builtins  *Attrs

	callDepth    int // nested lambda calls, bounded by maxCallDepth
	maxCallDepth int
	// maxValueBytes bounds one string or list (the constant of the same
	// name; tests lower it to reach it cheaply).
	maxValueBytes int
	evalDepth     int // all nested evaluation (calls, thunks, deep walks)

	interrupted atomic.Bool // set by Interrupt, from another goroutine

	// stack holds the arguments of builtin calls (see callPrimOp).
	stack []Value
	slab  slabs
	// Environments of finished calls, for reuse (see callReusing), and
	// whether maybeThunk has made a thunk that may keep the environment
	// of a running call.
	freeEnv1    []*env1
	freePairs   []*envPair
	envCaptured bool

	// collection is closed when the collection that follows a large
	// parse ends (see Parse); nil when none is running.
	collection chan struct{}

	files          map[string]*fileEntry // import cache by path
	searchPath     []SearchPathElem
	searchResolved map[string]string // search path entry -> dir ("" if missing)
	srcToStore     map[string]string // source path -> store path (CopyPathToStore)
	allowed        []string          // roots readable in pure evaluation (AllowPath)
	stderr         io.Writer
}

// maxEvalDepth bounds all recursion of the evaluator (calls, thunk chains,
// deep data in ==, deepSeq), so that ovl stops with an error well before
// the Go stack limit (each level takes one to a few kilobytes of stack).
const maxEvalDepth = 200000

// New returns a Machine with the given builtins and search path.
func New(opts Options) (*Machine, error) {
	m := &Machine{
		opts:           opts,
		globalIndex:    map[ast.Symbol]int32{},
		maxCallDepth:   opts.MaxCallDepth,
		maxValueBytes:  maxValueBytes,
		files:          map[string]*fileEntry{},
		searchResolved: map[string]string{},
		stderr:         opts.Stderr,
	}
	if m.maxCallDepth <= 0 {
		m.maxCallDepth = DefaultMaxCallDepth
	}
	if m.stderr == nil {
		m.stderr = os.Stderr
	}
	for _, s := range opts.SearchPath {
		m.searchPath = append(m.searchPath, parseSearchPathElem(s))
	}

	// builtins must be the first global and contains itself.
	b := NewAttrsBuilder(len(opts.Builtins) + 4)
	m.addGlobal("builtins", Null)
	b.AddString("builtins", Null, nil)
	for _, c := range []struct {
		name string
		v    Value
	}{{"true", True}, {"false", False}, {"null", Null}} {
		m.addGlobal(c.name, c.v)
		b.AddString(c.name, c.v, nil)
	}
	for i := range opts.Builtins {
		bi := &opts.Builtins[i]
		var v Value
		switch {
		case bi.Arity > 0 && bi.Fn != nil:
			v = NewPrimOp(&PrimOp{Name: bi.Name, Arity: bi.Arity, Fn: bi.Fn})
		case bi.Arity == 0 && bi.Value != nil:
			var err error
			if v, err = bi.Value(m); err != nil {
				return nil, err
			}
		default:
			return nil, fmt.Errorf("builtin %q: needs Arity > 0 and Fn, or Arity 0 and Value", bi.Name)
		}
		sym := ast.Intern(bi.Name)
		if b.Has(sym) {
			return nil, fmt.Errorf("builtin %q declared twice", bi.Name)
		}
		b.Add(sym, v, nil)
		if g := bi.globalName(); g != "" {
			m.addGlobal(g, v)
		}
	}
	m.arithSlot = make([]int8, len(m.globals))
	for i := range m.arithSlot {
		m.arithSlot[i] = -1
	}
	for name, op := range arithGlobals {
		if i, ok := m.globalIndex[ast.Intern(name)]; ok {
			m.arithSlot[i] = int8(op)
		}
	}
	m.builtins = b.Finish()
	self := NewAttrs(m.builtins)
	m.builtins.Lookup(symBuiltins).Value = self
	m.globals[0] = self
	return m, nil
}

func (m *Machine) addGlobal(name string, v Value) {
	m.globalIndex[ast.Intern(name)] = int32(len(m.globals))
	m.globals = append(m.globals, v)
}

// Interrupt makes the evaluation running in another goroutine stop soon
// with the error "interrupted by the user" (Ctrl-C in the REPL); the flag
// stays set until ClearInterrupt.
func (m *Machine) Interrupt() { m.interrupted.Store(true) }

// ClearInterrupt allows evaluation again after Interrupt.
func (m *Machine) ClearInterrupt() { m.interrupted.Store(false) }

// CheckInterrupt returns the error "interrupted by the user" once
// Interrupt has been called, else nil: builtins that loop long without
// calling back into the evaluator (a regex search) poll it.
func (m *Machine) CheckInterrupt() error {
	if m.interrupted.Load() {
		return m.interruptError()
	}
	return nil
}

func (m *Machine) interruptError() *Error {
	return Errorf(EvalError, noPos, "interrupted by the user")
}

// Builtins returns the `builtins` set.
func (m *Machine) Builtins() *Attrs { return m.builtins }

// Global returns the value of a global variable (`map`, `__add`, `true`).
func (m *Machine) Global(name string) (Value, bool) {
	sym, ok := ast.Lookup(name)
	if !ok {
		return Value{}, false
	}
	i, ok := m.globalIndex[sym]
	if !ok {
		return Value{}, false
	}
	return m.globals[i], true
}

// GlobalNames returns the names of all global variables (for completion).
func (m *Machine) GlobalNames() []string {
	names := make([]string, 0, len(m.globalIndex))
	for sym := range m.globalIndex {
		names = append(names, sym.String())
	}
	sort.Strings(names)
	return names
}

// Stderr is where builtins.trace and warnings go.
func (m *Machine) Stderr() io.Writer { return m.stderr }

// Pure reports whether evaluation is pure (--pure).
func (m *Machine) Pure() bool { return m.opts.Pure }

// ShowTrace reports whether --show-trace is on.
func (m *Machine) ShowTrace() bool { return m.opts.ShowTrace }

// Warn prints a warning as Nix does ("warning: ...").
func (m *Machine) Warn(msg string) {
	io.WriteString(m.stderr, diag.Style{}.Format(diag.Diagnostic{Level: "warning", Msg: msg}, false)+"\n")
}

// ParseNixPath splits $NIX_PATH into search path entries as CppNix does:
// on colons, except inside a URI value ("nixpkgs=https://...").
func ParseNixPath(s string) []string {
	var res []string
	i := 0
	for i < len(s) {
		start, start2 := i, i
		for i < len(s) && s[i] != ':' {
			if s[i] == '=' {
				start2 = i + 1
			}
			i++
		}
		if i == len(s) {
			if i != start {
				res = append(res, s[start:i])
			}
			break
		}
		if isURI(s[start2:]) {
			i++
			for i < len(s) && s[i] != ':' {
				i++
			}
		}
		res = append(res, s[start:i])
		if i == len(s) {
			break
		}
		i++
	}
	return res
}

// isURI reports whether s starts with a URI scheme Nix downloads from.
func isURI(s string) bool {
	for _, p := range []string{"http://", "https://", "file://", "channel:", "git://", "s3://", "ssh://"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
