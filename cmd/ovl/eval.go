package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/spf13/cobra"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
)

// evalFlags are the options of `ovl eval`, those of nix-instantiate --eval.
type evalFlags struct {
	exprs        []string // -E: the positional arguments are expressions
	fromArgs     bool
	readStdin    bool // `-`: evaluate standard input first
	files        []string
	attrPaths    []string
	strict       bool
	json         bool
	showTrace    bool
	include      []string
	autoArgs     map[string]autoArg
	maxCallDepth int
	pure         bool
	timeout      time.Duration // 0: no limit
}

// autoArg is one --arg (an expression) or --argstr (a string).
type autoArg struct {
	expr  string
	isStr bool
}

func newEvalCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval [FILE... | - | -E EXPR...] [-A ATTRPATH] [--strict] [--json] [--pure]",
		Short: "Evaluate a Nix file or expression, as nix-instantiate --eval does",
		Long: `Evaluate a Nix file (a directory means its default.nix; no file means
./default.nix; - means standard input) or, with -E, expressions, and print
the result exactly as nix-instantiate --eval prints it.

--arg NAME EXPR and --argstr NAME STRING supply the arguments of a top-level
function (it is called only when at least one is given, as in Nix); -A
selects an attribute path; -I adds to the search path used by <...>, before
NIX_PATH.

--pure evaluates like Nix's pure evaluation: files can be read only in the
folders of the evaluated files (the working directory for -E and -) and of
the -I entries; NIX_PATH is not used; builtins.getEnv, currentTime and
currentSystem fail. --impure (the default) undoes it.`,
		// pflag has no two-value flags (--arg NAME EXPR), so the command
		// reads its arguments itself; the flags below document them.
		DisableFlagParsing: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			f, help, err := parseEvalArgs(args)
			if err != nil {
				return &usageError{err.Error()}
			}
			if help {
				return cmd.Help()
			}
			return runEval(f, cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	fl := cmd.Flags()
	fl.StringP("expr", "E", "", "evaluate the expressions given as arguments instead of files")
	fl.StringArrayP("attr", "A", nil, "select the attribute path `ATTRPATH` of the result (repeatable)")
	fl.Bool("strict", false, "evaluate the result deeply before printing it")
	fl.Bool("json", false, "print the result as JSON")
	fl.StringArray("arg", nil, "`NAME EXPR`: pass the value of EXPR as argument NAME of a top-level function")
	fl.StringArray("argstr", nil, "`NAME STRING`: pass STRING as argument NAME of a top-level function")
	fl.StringArrayP("include", "I", nil, "add `PATH` (or NAME=PATH) to the search path for <...>")
	fl.Bool("show-trace", false, "print the full trace of an error")
	fl.Int("max-call-depth", eval.DefaultMaxCallDepth, "stop with \"stack overflow\" beyond `N` nested calls")
	fl.Duration("timeout", 0, "stop the evaluation with an error after `DURATION` (e.g. 10s; 0: no limit)")
	fl.Bool("pure", false, "refuse file access outside the evaluated files' folders and -I, NIX_PATH, getEnv, currentTime, currentSystem")
	fl.Bool("impure", false, "undo --pure (the default)")
	return cmd
}

// parseEvalArgs reads the command line of `ovl eval` the way
// nix-instantiate does.
func parseEvalArgs(args []string) (*evalFlags, bool, error) {
	f := &evalFlags{autoArgs: map[string]autoArg{}, maxCallDepth: eval.DefaultMaxCallDepth}
	for i := 0; i < len(args); i++ {
		a := args[i]
		name, inline, hasInline := strings.Cut(a, "=")
		if !strings.HasPrefix(a, "--") || a == "--" {
			name, hasInline = a, false
		}
		value := func() (string, error) {
			if hasInline {
				return inline, nil
			}
			if i+1 >= len(args) {
				return "", fmt.Errorf("flag '%s' requires an argument", name)
			}
			i++
			return args[i], nil
		}
		var err error
		switch name {
		case "-h", "--help":
			return nil, true, nil
		case "-":
			f.readStdin = true
		case "-E", "--expr":
			f.fromArgs = true
		case "-A", "--attr":
			var p string
			p, err = value()
			f.attrPaths = append(f.attrPaths, p)
		case "--strict":
			f.strict = true
		case "--json":
			f.json = true
		case "--show-trace":
			f.showTrace = true
		case "--pure":
			f.pure = true
		case "--impure":
			f.pure = false
		case "--eval", "--eval-only", "--read-only", "--readonly-mode":
			// Accepted for compatibility with nix-instantiate command lines.
		case "-I", "--include":
			var p string
			p, err = value()
			f.include = append(f.include, p)
		case "--max-call-depth":
			var s string
			if s, err = value(); err == nil {
				f.maxCallDepth, err = strconv.Atoi(s)
				if err != nil || f.maxCallDepth <= 0 {
					err = fmt.Errorf("--max-call-depth needs a positive integer, not '%s'", s)
				}
			}
		case "--timeout":
			var s string
			if s, err = value(); err == nil {
				f.timeout, err = time.ParseDuration(s)
				if err != nil || f.timeout < 0 {
					err = fmt.Errorf("--timeout needs a duration such as 10s or 1m30s, not '%s'", s)
				}
			}
		case "--arg", "--argstr":
			if i+2 >= len(args) {
				return nil, false, fmt.Errorf("flag '%s' requires 2 arguments", name)
			}
			f.autoArgs[args[i+1]] = autoArg{expr: args[i+2], isStr: name == "--argstr"}
			i += 2
		default:
			if strings.HasPrefix(a, "-") && a != "-" {
				return nil, false, fmt.Errorf("unrecognised flag '%s'", a)
			}
			f.files = append(f.files, a)
		}
		if err != nil {
			return nil, false, err
		}
	}
	if f.fromArgs {
		f.exprs, f.files = f.files, nil
	}
	return f, false, nil
}

// runEval evaluates and prints every file or expression, as
// nix-instantiate --eval.
func runEval(f *evalFlags, stdin io.Reader, stdout, stderr io.Writer) error {
	cwd, err := os.Getwd()
	if err != nil {
		return err
	}
	m, err := newMachine(f.include, f.showTrace, f.maxCallDepth, f.pure, stderr)
	if err != nil {
		return err
	}
	if f.pure {
		allowPureRoots(m, f, cwd)
	}
	// A timeout interrupts the evaluation as Ctrl-C does in the REPL.
	var timedOut atomic.Bool
	if f.timeout > 0 {
		timer := time.AfterFunc(f.timeout, func() {
			timedOut.Store(true)
			m.Interrupt()
		})
		defer timer.Stop()
	}
	fail := func(err error) error {
		if timedOut.Load() {
			fmt.Fprintf(stderr, "error: evaluation stopped: it took longer than --timeout %s\n", f.timeout)
			return failed
		}
		return printEvalError(stderr, err, f.showTrace)
	}

	autoArgs, err := buildAutoArgs(m, f.autoArgs, cwd)
	if err != nil {
		return fail(err)
	}
	var roots []func() (ast.Expr, error)
	if f.readStdin {
		roots = append(roots, func() (ast.Expr, error) {
			text, err := eval.ReadSource(stdin)
			if err != nil {
				return nil, err
			}
			return parseSource(m, &ast.Source{Name: "«stdin»", Text: text}, cwd)
		})
	}
	switch {
	case f.fromArgs:
		for _, text := range f.exprs {
			roots = append(roots, func() (ast.Expr, error) { return parseExpr(m, text, cwd) })
		}
	default:
		if len(f.files) == 0 && !f.readStdin {
			f.files = []string{"./default.nix"}
		}
		for _, name := range f.files {
			roots = append(roots, func() (ast.Expr, error) { return parseFileArg(m, name, cwd) })
		}
	}
	attrPaths := f.attrPaths
	if len(attrPaths) == 0 {
		attrPaths = []string{""}
	}
	for _, root := range roots {
		e, err := root()
		if err != nil {
			return fail(err)
		}
		v, err := m.Eval(e)
		if err != nil {
			return fail(err)
		}
		for _, path := range attrPaths {
			if err := printResult(m, f, v, path, autoArgs, stdout); err != nil {
				return fail(err)
			}
		}
	}
	return nil
}

// allowPureRoots lets pure evaluation read the folders of the evaluated
// files (the working directory for expressions and standard input) and of
// the -I entries.
func allowPureRoots(m *eval.Machine, f *evalFlags, cwd string) {
	if f.fromArgs || f.readStdin || len(f.files) == 0 {
		m.AllowPath(cwd)
	}
	for _, name := range f.files {
		if strings.HasPrefix(name, "<") {
			continue // found on the search path: below an -I root
		}
		p := name
		if !filepath.IsAbs(p) {
			p = filepath.Join(cwd, p)
		}
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			m.AllowPath(p)
		} else {
			m.AllowPath(filepath.Dir(p))
		}
	}
	for _, e := range m.SearchPath() {
		if !strings.Contains(e.Path, "://") {
			m.AllowPath(e.Path)
		}
	}
}

// printResult selects path in v, auto-calls it and prints it.
func printResult(m *eval.Machine, f *evalFlags, v eval.Value, path string, autoArgs *eval.Attrs, stdout io.Writer) error {
	v, err := m.SelectAttrPath(v, path, autoArgs)
	if err != nil {
		return err
	}
	if v, err = m.Force(v, ast.Pos{}); err != nil {
		return err
	}
	if autoArgs.Len() > 0 {
		if v, err = m.AutoCall(autoArgs, v); err != nil {
			return err
		}
	}
	// The printers write as they go: a result need not fit in memory
	// as one string (no value's size bound applies to the output).
	if f.json {
		return m.WriteJSON(stdout, v, f.strict, m.DeterminePos(v, ast.Pos{}))
	}
	if f.strict {
		if err := m.ForceDeep(v, ast.Pos{}); err != nil {
			return err
		}
	}
	if err := m.WriteValue(stdout, v); err != nil {
		return err
	}
	_, err = io.WriteString(stdout, "\n")
	return err
}

// buildAutoArgs makes the set of --arg and --argstr values; expressions
// are parsed now and evaluated lazily.
func buildAutoArgs(m *eval.Machine, args map[string]autoArg, cwd string) (*eval.Attrs, error) {
	b := eval.NewAttrsBuilder(len(args))
	for name, a := range args {
		if a.isStr {
			b.AddString(name, eval.NewString(a.expr), nil)
			continue
		}
		e, err := parseExpr(m, a.expr, cwd)
		if err != nil {
			return nil, err
		}
		b.AddString(name, m.LazyEval(e), nil)
	}
	return b.Finish(), nil
}

func parseExpr(m *eval.Machine, text, cwd string) (ast.Expr, error) {
	return parseSource(m, &ast.Source{Name: "«string»", Text: []byte(text)}, cwd)
}

// parseSource parses and resolves a command-line expression or standard
// input; its relative paths are relative to cwd.
func parseSource(m *eval.Machine, src *ast.Source, cwd string) (ast.Expr, error) {
	e, err := m.Parse(src, cwd)
	if err != nil {
		return nil, err
	}
	if err := m.Resolve(e); err != nil {
		return nil, err
	}
	return e, nil
}

// parseFileArg parses a FILE argument: a path (a directory means its
// default.nix) or <name> looked up in the search path.
func parseFileArg(m *eval.Machine, name, cwd string) (ast.Expr, error) {
	var path string
	if len(name) > 2 && name[0] == '<' && name[len(name)-1] == '>' {
		p, err := m.FindFile(m.SearchPath(), name[1:len(name)-1], ast.Pos{})
		if err != nil {
			return nil, err
		}
		path = p
	} else {
		path = name
		if !filepath.IsAbs(path) {
			path = filepath.Join(cwd, path)
		}
		path = eval.CanonPath(path)
	}
	resolved, err := eval.ResolveExprPath(path)
	if err != nil {
		return nil, err
	}
	return m.ParseFile(resolved)
}

// printEvalError prints an error as nix-instantiate does: a usage error
// is followed by the pointer to --help, any other by the --show-trace hint
// when it has a trace that is not shown.
func printEvalError(w io.Writer, err error, showTrace bool) error {
	var e *eval.Error
	if !errors.As(err, &e) {
		e = &eval.Error{Msg: err.Error()}
	}
	d := e.Diagnostic()
	io.WriteString(w, styleFor(w).Format(d, showTrace)+"\n")
	switch {
	case e.Kind == eval.UsageError:
		// The golden files are nix-instantiate's: its name, not ovl's.
		io.WriteString(w, "Try 'nix-instantiate --help' for more information.\n")
	case !showTrace && len(d.Trace) > 0:
		io.WriteString(w, "(use '--show-trace' to show detailed location information)\n")
	}
	return failed
}
