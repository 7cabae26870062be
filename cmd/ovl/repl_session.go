package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync/atomic"
	"time"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/diag"
	"github.com/ovl-nix/ovl/lang/eval"
	"github.com/ovl-nix/ovl/lang/overlay"
	"github.com/ovl-nix/ovl/lang/parser"
)

const (
	replPrompt     = "ovl> "
	replContPrompt = "...  " // as wide as replPrompt, so continued lines align
)

// lineReader is where the REPL's input comes from: the terminal (readline)
// or, in tests and with piped input, plain lines.
type lineReader interface {
	// readLine returns the next line without its newline: io.EOF at the
	// end (Ctrl-D), errLineInterrupted when Ctrl-C cancelled the line
	// being typed.
	readLine(prompt string) (string, error)
}

var (
	errLineInterrupted = errors.New("line interrupted")
	errQuit            = errors.New("quit")
)

// incompleteError is a syntax error at the end of the input: the REPL
// reads another line and parses both, unless the input has ended.
type incompleteError struct{ err *eval.Error }

func (e *incompleteError) Error() string { return e.err.Error() }
func (e *incompleteError) Unwrap() error { return e.err }

func isIncomplete(err error) bool {
	var ie *incompleteError
	return errors.As(err, &ie)
}

// replConfig is what `ovl repl` is started with.
type replConfig struct {
	include   []string // -I entries
	showTrace bool     // --show-trace: the initial :trace setting
	color     bool     // colour values (stdout is a terminal)
	errColor  bool     // colour errors (stderr is a terminal)
	terminal  bool     // input is a terminal, which echoes Ctrl-C as ^C
	// timeout, when not 0, stops any one input (an evaluation, a :l, an
	// :o) that runs longer, as Ctrl-C would.
	timeout time.Duration
}

// replSession is the state of one REPL: the evaluator, the names in scope,
// and what :r must redo. It knows nothing of terminals: run reads lines
// through a lineReader and writes values to out and messages to errOut,
// so tests drive it without a terminal.
type replSession struct {
	m     *eval.Machine
	scope *eval.Attrs // the names bound in the REPL, shadowing the globals

	files []string // loaded on the command line or with :l, in order
	// overlayPaths are the arguments of the last :o, which :r applies
	// again; overlaysUsed says whether :o was used at all.
	overlayPaths []string
	overlaysUsed bool
	stack        *overlay.Stack // the last :o's fixpoint, for :explain

	include   []string
	showTrace bool
	color     bool
	terminal  bool
	timeout   time.Duration
	errStyle  diag.Style
	cwd, home string
	out       io.Writer
	errOut    io.Writer

	// Interrupting (Ctrl-C) comes from another goroutine: busy says a
	// command is running, machine is the evaluator it runs on, stopped
	// tells the value printer to stop.
	busy    atomic.Bool
	machine atomic.Pointer[eval.Machine]
	stopped atomic.Bool
}

func newReplSession(cfg replConfig, out, errOut io.Writer) (*replSession, error) {
	cwd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	s := &replSession{
		include:   cfg.include,
		showTrace: cfg.showTrace,
		color:     cfg.color,
		terminal:  cfg.terminal,
		timeout:   cfg.timeout,
		errStyle:  diag.Style{Color: cfg.errColor},
		cwd:       cwd,
		home:      os.Getenv("HOME"),
		out:       out,
		errOut:    errOut,
	}
	if err := s.reset(); err != nil {
		return nil, err
	}
	return s, nil
}

// reset starts over with a new evaluator, so that files are read again,
// and an empty scope, as `nix repl`'s :r.
func (s *replSession) reset() error {
	// The machine always records the call frames --show-trace shows, so
	// that :trace on applies to errors that already happened.
	m, err := newMachine(s.include, true, eval.DefaultMaxCallDepth, false, s.errOut)
	if err != nil {
		return err
	}
	s.m = m
	s.machine.Store(m)
	if s.stopped.Load() {
		m.Interrupt()
	}
	s.scope = eval.EmptyAttrs
	s.stack = nil
	return nil
}

// interrupt stops the command under way, if any (Ctrl-C), and reports
// whether there was one. It is safe to call from another goroutine.
func (s *replSession) interrupt() bool {
	if !s.busy.Load() {
		return false
	}
	s.stopped.Store(true)
	s.machine.Load().Interrupt()
	return true
}

// run is the read-eval-print loop: it loads files, then reads input until
// Ctrl-D or :q.
func (s *replSession) run(in lineReader, files []string) error {
	fmt.Fprintf(s.errOut, "Welcome to ovl %s (the Nix language of Nix 2.8). Type :? for help.\n\n", version)
	if len(files) > 0 {
		s.files = files
		if err := s.guarded(s.reload); err != nil {
			s.printError(err)
		}
		fmt.Fprintln(s.errOut)
	}
	var input string
	for {
		prompt := replPrompt
		if input != "" {
			prompt = replContPrompt
		}
		line, err := in.readLine(prompt)
		switch {
		case errors.Is(err, errLineInterrupted):
			input = ""
			continue
		case errors.Is(err, io.EOF):
			if input != "" {
				// Say why the last input was waiting for more.
				if err := s.guarded(func() error { return s.dispatch(input) }); err != nil {
					s.printError(err)
				}
			}
			return nil
		case err != nil:
			return err
		}
		input += line + "\n"
		if strings.TrimSpace(input) == "" {
			input = ""
			continue
		}
		err = s.guarded(func() error { return s.dispatch(input) })
		switch {
		case isIncomplete(err):
			continue
		case errors.Is(err, errQuit):
			return nil
		case err != nil:
			if s.stopped.Load() && s.terminal {
				fmt.Fprintln(s.errOut) // end the line the terminal's ^C is on
			}
			s.printError(err)
		}
		input = ""
		fmt.Fprintln(s.out)
	}
}

// guarded runs one command so that interrupt can stop it, and stops it
// after s.timeout.
func (s *replSession) guarded(f func() error) error {
	s.m.ClearInterrupt()
	s.stopped.Store(false)
	s.busy.Store(true)
	defer s.busy.Store(false)
	if s.timeout <= 0 {
		return f()
	}
	var timedOut atomic.Bool
	timer := time.AfterFunc(s.timeout, func() {
		timedOut.Store(true)
		s.interrupt()
	})
	err := f()
	timer.Stop()
	if err != nil && timedOut.Load() {
		return replErrorf("stopped: it took longer than --timeout %s", s.timeout)
	}
	return err
}

// dispatch runs one complete input: a command, a binding or an expression.
func (s *replSession) dispatch(input string) error {
	line := strings.TrimSpace(input)
	if strings.HasPrefix(line, ":") {
		cmd, arg := line, ""
		if i := strings.IndexAny(line, " \t\r\n"); i >= 0 {
			cmd, arg = line[:i], strings.TrimSpace(line[i:])
		}
		return s.command(cmd, arg)
	}
	if name, text, ok := splitBinding(line); ok {
		return s.bind(name, text)
	}
	v, err := s.evalString(line)
	if err != nil {
		return err
	}
	return s.print(v, 1)
}

// splitBinding recognises `name = expr` as `nix repl` does: the text
// before the first `=` (not `==`) is a variable name.
func splitBinding(line string) (name, expr string, ok bool) {
	i := strings.IndexByte(line, '=')
	if i < 0 || i+1 < len(line) && line[i+1] == '=' {
		return "", "", false
	}
	name = strings.TrimSpace(line[:i])
	if !isReplVarName(name) {
		return "", "", false
	}
	return name, line[i+1:], true
}

// bind adds `name = expr` to the scope, unevaluated: expr sees the names
// bound before it, and is evaluated when first used.
func (s *replSession) bind(name, text string) error {
	e, err := s.parse(text)
	if err != nil {
		return err
	}
	scope := s.scope
	s.addVar(name, s.m.Lazy(func(m *eval.Machine) (eval.Value, error) { return m.EvalIn(e, scope) }))
	return nil
}

func (s *replSession) addVar(name string, v eval.Value) {
	b := eval.NewAttrsBuilder(1)
	b.AddString(name, v, nil)
	s.scope = eval.Update(s.scope, b.Finish())
}

// parse parses and resolves REPL input, with the REPL's names in scope.
// An input that ends too early is an *incompleteError.
func (s *replSession) parse(text string) (ast.Expr, error) {
	src := &ast.Source{Name: "«string»", Text: []byte(text)}
	e, err := parser.Parse(src, parser.Options{BaseDir: s.cwd, Home: s.home})
	if err != nil {
		var pe *parser.Error
		if errors.As(err, &pe) {
			e := &eval.Error{Kind: eval.ParseError, Msg: pe.Msg, Pos: pe.Pos}
			if pe.Incomplete {
				return nil, &incompleteError{e}
			}
			return nil, e
		}
		return nil, err
	}
	if err := s.m.ResolveIn(e, s.scope); err != nil {
		return nil, err
	}
	return e, nil
}

// evalString evaluates REPL input to weak head normal form.
func (s *replSession) evalString(text string) (eval.Value, error) {
	e, err := s.parse(text)
	if err != nil {
		return eval.Value{}, err
	}
	return s.m.EvalIn(e, s.scope)
}

func (s *replSession) print(v eval.Value, depth int) error {
	text, err := s.printValue(v, depth)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintln(s.out, text)
	return err
}

const replHelp = `The following commands are available:

  <expr>          Evaluate and print expression
  <x> = <expr>    Bind expression to variable
  :a <expr>       Add attributes from resulting set to scope
  :l <path>       Load Nix expression and add it to scope
  :r              Reload all files (and the overlays of :o)
  :p <expr>       Evaluate and print expression recursively
  :t <expr>       Describe result of evaluation
  :o [<path>...]  Apply overlays (files or directories; none: the ones
                  nixpkgs would discover) to ovl's package set, bind pkgs
  :explain <attr> Show which layers of the :o overlays define pkgs.<attr>
  :trace on|off   Show or hide the trace of errors
  :q              Exit the REPL

Tab completes names, attribute paths (pkgs.hel<Tab>), commands and files.
Ctrl-C cancels the line being typed or stops a running evaluation.
`

// replCommands are the commands, for completion.
var replCommands = []string{":?", ":a", ":add", ":explain", ":help", ":l", ":load", ":o", ":overlays", ":p", ":print", ":q", ":quit", ":r", ":reload", ":show-trace", ":st", ":t", ":trace"}

func (s *replSession) command(cmd, arg string) error {
	needs := func(what string) error {
		if arg == "" {
			return replErrorf("'%s' needs %s", cmd, what)
		}
		return nil
	}
	switch cmd {
	case ":?", ":help":
		io.WriteString(s.out, replHelp)
	case ":q", ":quit":
		return errQuit
	case ":a", ":add":
		if err := needs("an expression"); err != nil {
			return err
		}
		v, err := s.evalString(arg)
		if err != nil {
			return err
		}
		return s.addAttrs(v)
	case ":l", ":load":
		if err := needs("a file"); err != nil {
			return err
		}
		return s.load(arg)
	case ":r", ":reload":
		return s.reload()
	case ":p", ":print", ":t":
		if err := needs("an expression"); err != nil {
			return err
		}
		v, err := s.evalString(arg)
		if err != nil {
			return err
		}
		if cmd == ":t" {
			_, err := fmt.Fprintln(s.out, eval.TypeName(v))
			return err
		}
		return s.print(v, maxReplPrintDepth+1)
	case ":o", ":overlays":
		return s.applyOverlays(strings.Fields(arg))
	case ":explain":
		if err := needs("an attribute name"); err != nil {
			return err
		}
		if s.stack == nil {
			return replErrorf("no overlays applied yet: use :o first (without arguments it applies the overlays nixpkgs would discover)")
		}
		return explainAttr(s.m, s.stack, arg, s.out, func(err error) error { return err })
	case ":trace":
		switch arg {
		case "on":
			s.showTrace = true
		case "off":
			s.showTrace = false
		case "":
		default:
			return replErrorf("':trace' takes 'on' or 'off', not '%s'", arg)
		}
		s.reportTrace()
	case ":st", ":show-trace":
		// `nix repl`'s own spelling: true, false, or toggle.
		switch arg {
		case "true", "false":
			s.showTrace = arg == "true"
		case "":
			s.showTrace = !s.showTrace
		default:
			return replErrorf("unexpected argument '%s' to %s", arg, cmd)
		}
		s.reportTrace()
	case ":b", ":i", ":s", ":u", ":log":
		return replErrorf("'%s' needs a Nix store to build derivations; ovl has none", cmd)
	case ":lf", ":load-flake":
		return replErrorf("'%s': ovl does not support flakes", cmd)
	case ":e", ":edit", ":doc":
		return replErrorf("'%s' is not supported by ovl", cmd)
	default:
		return replErrorf("unknown command '%s'", cmd)
	}
	return nil
}

func (s *replSession) reportTrace() {
	if s.showTrace {
		fmt.Fprintln(s.out, "showing error traces")
	} else {
		fmt.Fprintln(s.out, "not showing error traces")
	}
}

// addAttrs adds the attributes of a set to the scope (:a, :l).
func (s *replSession) addAttrs(v eval.Value) error {
	a, err := s.m.ForceAttrs(v, s.m.DeterminePos(v, ast.Pos{}))
	if err != nil {
		return err
	}
	s.scope = eval.Update(s.scope, a)
	fmt.Fprintf(s.errOut, "Added %d variables.\n", a.Len())
	return nil
}

// load evaluates a file (a path, a directory's default.nix or <name>),
// calls it if it is a function whose arguments all have defaults, and adds
// its attributes to the scope. The file is read anew each time.
func (s *replSession) load(file string) error {
	s.files = append(removeString(s.files, file), file)
	e, err := parseFileArg(s.m, file, s.cwd)
	if err != nil {
		return err
	}
	v, err := s.m.Eval(e)
	if err != nil {
		return err
	}
	if v, err = s.m.AutoCall(eval.EmptyAttrs, v); err != nil {
		return err
	}
	return s.addAttrs(v)
}

func removeString(list []string, s string) []string {
	out := list[:0:0]
	for _, x := range list {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

// reload starts over (new evaluator, empty scope) and loads every file
// again, then applies the overlays of the last :o. An error in one file
// is printed and the others still load.
func (s *replSession) reload() error {
	if err := s.reset(); err != nil {
		return err
	}
	files := s.files
	s.files = nil
	for i, f := range files {
		if i > 0 {
			fmt.Fprintln(s.errOut)
		}
		fmt.Fprintf(s.errOut, "Loading '%s'...\n", f)
		if err := s.load(f); err != nil {
			if s.stopped.Load() {
				return err
			}
			s.printError(err)
		}
	}
	if s.overlaysUsed {
		if len(files) > 0 {
			fmt.Fprintln(s.errOut)
		}
		return s.applyOverlays(s.overlayPaths)
	}
	return nil
}

// applyOverlays is :o: the overlays in paths (files or directories), or
// the discovered ones, applied to the embedded package set and bound to
// pkgs. The final set is forced (not its values), so that a broken
// overlay shows at once.
func (s *replSession) applyOverlays(paths []string) error {
	s.overlayPaths, s.overlaysUsed = paths, true
	founds, err := findOverlays(s.m, paths)
	if err != nil {
		return err
	}
	stack, err := applyFound(s.m, founds, "")
	if err != nil {
		return err
	}
	final, err := s.m.ForceAttrs(stack.Final, ast.Pos{})
	if err != nil {
		return err
	}
	s.stack = stack
	s.addVar("pkgs", stack.Final)
	printOverlayList(s.errOut, founds)
	fmt.Fprintf(s.errOut, "Added pkgs: ovl's package set with %d overlay(s), %d attributes.\n", len(stack.Layers)-1, final.Len())
	return nil
}

// replErrorf is an error of a REPL command, printed as "error: …".
func replErrorf(format string, args ...any) error {
	return eval.Errorf(eval.EvalError, ast.Pos{}, format, args...)
}

// printError prints an error as `nix repl` does; when it has trace
// frames that are not shown, it says how to show them.
func (s *replSession) printError(err error) {
	io.WriteString(s.errOut, s.formatError(err, s.errStyle, s.showTrace)+"\n")
	var e *eval.Error
	if !s.showTrace && errors.As(err, &e) && len(e.Trace) > 0 {
		fmt.Fprintln(s.errOut, "(use ':trace on' to show detailed location information)")
	}
}

func (s *replSession) formatError(err error, style diag.Style, showTrace bool) string {
	var e *eval.Error
	if !errors.As(err, &e) {
		e = &eval.Error{Msg: err.Error()}
	}
	return style.Format(e.Diagnostic(), showTrace)
}
