// Command ovl evaluates Nix expressions and nixpkgs overlays: `ovl eval`
// prints what `nix-instantiate --eval` prints, `ovl parse` what
// `nix-instantiate --parse` prints, and `ovl overlays` shows and explains
// an overlay fixpoint.
//
// This package only wires the language packages (lang/parser, lang/eval,
// lang/builtins) to the command line; each subcommand lives in a file of
// its own.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"

	"github.com/spf13/cobra"
)

// version is the ovl release; the Nix language level is that of Nix 2.8.
const version = "0.1.0"

// Exit statuses, as SPEC §5 fixes them.
const (
	exitOK       = 0
	exitEvalErr  = 1  // evaluation or syntax error
	exitUsage    = 2  // bad flags or arguments
	exitInternal = 70 // a bug in ovl: an unexpected panic
)

// exitError asks run to end with status code, after printing msg when it
// is not empty (a command that printed its own message leaves it empty).
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return fmt.Sprintf("exit status %d: %s", e.code, e.msg) }

// failed is what a command returns after it printed an evaluation or syntax
// error itself.
var failed = &exitError{code: exitEvalErr}

// usageError is a command-line mistake: printed by run, exit status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "ovl",
		Short: "A fast Nix evaluator for nixpkgs overlays",
		Long: `ovl evaluates Nix expressions with the semantics and output of CppNix 2.8,
and computes, lists and explains nixpkgs overlay fixpoints in milliseconds.`,
		Version:       version,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetVersionTemplate("ovl {{.Version}} (Nix language of Nix 2.8)\n")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return &usageError{err.Error()}
	})
	root.AddCommand(newParseCmd())
	root.AddCommand(newEvalCmd())
	root.AddCommand(newOverlaysCmd())
	root.AddCommand(newReplCmd())
	return root
}

// run executes ovl with args and returns the exit status. Tests call it
// in-process with their own streams.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return guard(stderr, func() int { return execute(args, stdin, stdout, stderr) })
}

// guard runs cmd and turns a panic (a bug in ovl) into a short message
// asking for a report and exit status 70, so that users never see a Go
// stack trace; OVL_TRACEBACK=1 adds the trace for whoever debugs it.
func guard(stderr io.Writer, cmd func() int) (status int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "error: internal error in ovl: %v\nPlease report this as a bug, with the input that caused it.\n", r)
			if os.Getenv("OVL_TRACEBACK") != "" {
				stderr.Write(debug.Stack())
			}
			status = exitInternal
		}
	}()
	return cmd()
}

// execute parses the command line and runs the command.
func execute(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRootCmd()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.Execute()
	var exit *exitError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &exit):
		if exit.msg != "" {
			fmt.Fprintln(stderr, exit.msg)
		}
		return exit.code
	default:
		// cobra's own errors (unknown command, bad arguments) and ours.
		fmt.Fprintf(stderr, "error: %v\nTry 'ovl --help' for more information.\n", err)
		return exitUsage
	}
}

// softMemoryLimit is the heap size past which the garbage collector no
// longer waits for the heap to grow by GOGC percent.
const softMemoryLimit = 4 << 30

func main() {
	if os.Getenv("GOGC") == "" {
		// Evaluation allocates many short-lived objects: collecting
		// less often costs some memory and saves a lot of time, in
		// every command (eval, overlays, the REPL).
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		// With GOGC at 400 the heap may grow to five times what is live
		// before a collection: 16 GB for a 100 MB file of `1 + 1 + …`.
		// Past this soft limit the collector runs as often as it takes
		// (slower, but half the memory); below it nothing changes.
		debug.SetMemoryLimit(softMemoryLimit)
	}
	stop := startProfiles()
	status := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(status)
}

// startProfiles writes a CPU profile to $OVL_CPUPROFILE and a heap
// profile (allocations since start) to $OVL_MEMPROFILE, for measuring
// ovl in a fresh process as the benchmarks run it (`go tool pprof`).
func startProfiles() (stop func()) {
	cpu, mem := os.Getenv("OVL_CPUPROFILE"), os.Getenv("OVL_MEMPROFILE")
	if cpu != "" {
		if f, err := os.Create(cpu); err == nil {
			if pprof.StartCPUProfile(f) != nil {
				f.Close()
				cpu = ""
			}
		}
	}
	return func() {
		if cpu != "" {
			pprof.StopCPUProfile()
		}
		if mem != "" {
			// The profile holds what was allocated up to the last
			// collection: evaluation often runs without one.
			runtime.GC()
			if f, err := os.Create(mem); err == nil {
				pprof.Lookup("allocs").WriteTo(f, 0)
				f.Close()
			}
		}
	}
}
