package eval

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/diag"
)

// ErrorKind classifies errors the way CppNix's exception types do, which
// decides what builtins.tryEval catches.
type ErrorKind uint8

const (
	EvalError            ErrorKind = iota // generic evaluation error
	TypeError                             // a value of the wrong type
	AssertionError                        // a failed assert (caught by tryEval)
	ThrownError                           // builtins.throw (caught by tryEval)
	AbortError                            // builtins.abort (never caught)
	UndefinedVarError                     // undefined variable
	MissingArgumentError                  // auto-call without a value for a formal
	ParseError                            // syntax error in an imported file
	StackOverflowError                    // call depth limit reached
	SysError                              // a file could not be read
	// UsageError is CppNix's UsageError (an unknown hash algorithm):
	// nix-instantiate follows its message with "Try 'nix-instantiate
	// --help' for more information." instead of the --show-trace hint.
	UsageError
	// RestrictedError is an access that pure evaluation refuses
	// (CppNix's RestrictedPathError).
	RestrictedError
)

// noPos is "no position", for errors CppNix reports without one.
var noPos ast.Pos

// Error is an evaluation error: the message, where it happened, and the
// trace of what was being evaluated, innermost first. It renders exactly
// as CppNix 2.8 prints the same error (see Diagnostic).
type Error struct {
	Kind        ErrorKind
	Msg         string
	Pos         ast.Pos
	Suggestions []string
	Trace       []diag.Frame

	cycle *cycle // the values an infinite recursion went round, see cycle.go
}

func (e *Error) Error() string {
	if e.Pos.IsValid() {
		return e.Pos.String() + ": " + e.Msg
	}
	return e.Msg
}

// Diagnostic converts the error for diag.Style.Format, as CppNix prints
// it; its hints are ovl's own (the cycle of an infinite recursion).
func (e *Error) Diagnostic() diag.Diagnostic {
	d := diag.Diagnostic{Level: "error", Msg: e.Msg, Pos: e.Pos, Suggestions: e.Suggestions, Trace: e.Trace}
	if e.Kind == StackOverflowError {
		// CppNix dies on the spot: no position, no trace, even with
		// --show-trace.
		d.Pos, d.Trace = noPos, nil
	}
	if h := e.cycle.hint(); h != "" {
		d.Hints = []string{h}
	}
	return d
}

// Catchable reports whether builtins.tryEval catches the error (asserts
// and throws, as in CppNix).
func (e *Error) Catchable() bool { return e.Kind == AssertionError || e.Kind == ThrownError }

// Errorf returns a new error of the given kind at pos (which may be the
// zero Pos: CppNix reports some errors without a position).
func Errorf(kind ErrorKind, pos ast.Pos, format string, args ...any) *Error {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	return &Error{Kind: kind, Msg: msg, Pos: pos}
}

// AddTrace appends a trace frame ("while evaluating …") to err if it is an
// *Error, and returns err. CppNix prints the `--show-trace` hint exactly
// when an error has frames, so frames must be added where CppNix adds them.
func AddTrace(err error, pos ast.Pos, msg string) error {
	var e *Error
	if errors.As(err, &e) {
		e.Trace = append(e.Trace, diag.Frame{Msg: msg, Pos: pos})
	}
	return err
}

// asError turns any error into an *Error (a builtin may return a plain Go
// error; it becomes an evaluation error without position).
func asError(err error) *Error {
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return &Error{Kind: EvalError, Msg: err.Error()}
}

// typeError is CppNix's "value is %1% while a %2% was expected".
func typeError(pos ast.Pos, v Value, expected string) *Error {
	return Errorf(TypeError, pos, "value is %s while %s was expected", TypeName(v), expected)
}

// ShowPos formats a position inside a message as CppNix does: "FILE:L:C",
// with "(string)" for command-line expressions.
func ShowPos(p ast.Pos) string {
	if !p.IsValid() {
		return "undefined position"
	}
	name := p.Src.Name
	if strings.HasPrefix(name, "«") {
		name = "(string)"
	}
	return name + ":" + strconv.Itoa(int(p.Line)) + ":" + strconv.Itoa(int(p.Col))
}

// lambdaName is CppNix's showNamePos: "'f' at FILE:L:C" or "anonymous
// function at FILE:L:C".
func lambdaName(fn *ast.Lambda) string {
	if fn.Name != 0 {
		return "'" + fn.Name.String() + "' at " + ShowPos(fn.Pos)
	}
	return "anonymous function at " + ShowPos(fn.Pos)
}

// IsCatchable reports whether builtins.tryEval catches err.
func IsCatchable(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.Catchable()
}

// stackOverflow is the error for too deep a recursion, worded and printed
// (without a position) exactly as CppNix 2.8 prints running out of stack.
func stackOverflow() *Error {
	return Errorf(StackOverflowError, noPos, "stack overflow (possible infinite recursion)")
}
