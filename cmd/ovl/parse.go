package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
	"github.com/ovl-nix/ovl/lang/parser"
)

func newParseCmd() *cobra.Command {
	var expr string
	cmd := &cobra.Command{
		Use:   "parse [FILE | - | -E EXPR]",
		Short: "Print the parsed form of a Nix file, as nix-instantiate --parse does",
		Long: `Parse a Nix file (- means standard input; with -E, an expression) and print its canonical,
fully parenthesised form exactly as nix-instantiate --parse prints it, or the
syntax error with its position.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var exprp *string
			if cmd.Flags().Changed("expr") {
				exprp = &expr
			}
			src, opts, err := loadSource(exprp, args, cmd.InOrStdin())
			if err != nil {
				return err
			}
			// Like nix-instantiate --parse, report undefined variables too:
			// the resolver runs after the parser.
			m, err := newMachine(nil, false, eval.DefaultMaxCallDepth, false, cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			e, err := m.Parse(src, opts.BaseDir)
			if err == nil {
				err = m.Resolve(e)
			}
			if err != nil {
				return printError(cmd.ErrOrStderr(), err, false)
			}
			out := bufio.NewWriter(cmd.OutOrStdout())
			parser.Print(out, e) // with its newline, as nix-instantiate --parse
			return out.Flush()
		},
	}
	cmd.Flags().StringVarP(&expr, "expr", "E", "", "parse the expression `EXPR` instead of a file")
	return cmd
}

// loadSource reads the program a command works on: the -E expression
// (nil when -E was not given), standard input for "-", the named file (a
// directory meaning its default.nix), or ./default.nix.
func loadSource(expr *string, args []string, stdin io.Reader) (*ast.Source, parser.Options, error) {
	home := os.Getenv("HOME")
	cwd, err := os.Getwd()
	if err != nil {
		return nil, parser.Options{}, err
	}
	if expr != nil {
		if len(args) > 0 {
			return nil, parser.Options{}, &usageError{"-E takes the expression; no file may be given with it"}
		}
		return &ast.Source{Name: "«string»", Text: []byte(*expr)}, parser.Options{BaseDir: cwd, Home: home}, nil
	}
	if len(args) == 1 && args[0] == "-" {
		text, err := eval.ReadSource(stdin)
		if err != nil {
			return nil, parser.Options{}, readError("reading standard input", err)
		}
		return &ast.Source{Name: "«stdin»", Text: text}, parser.Options{BaseDir: cwd, Home: home}, nil
	}
	path := "default.nix"
	if len(args) == 1 {
		path = args[0]
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, parser.Options{}, err
	}
	st, err := os.Stat(abs)
	if err != nil {
		return nil, parser.Options{}, &exitError{exitEvalErr, fmt.Sprintf("error: getting status of '%s': %s", abs, errnoText(err))}
	}
	if st.IsDir() {
		abs = filepath.Join(abs, "default.nix")
	}
	f, err := os.Open(abs)
	if err != nil {
		return nil, parser.Options{}, readError(fmt.Sprintf("opening file '%s'", abs), err)
	}
	defer f.Close()
	text, err := eval.ReadSource(f)
	if err != nil {
		return nil, parser.Options{}, readError(fmt.Sprintf("opening file '%s'", abs), err)
	}
	return &ast.Source{Name: abs, Text: text}, parser.Options{BaseDir: filepath.Dir(abs), Home: home}, nil
}

// readError is the message for a source that could not be read: the
// evaluator's "out of memory" for one too big to be a string, else what
// Nix says when doing what.
func readError(doing string, err error) error {
	var e *eval.Error
	if errors.As(err, &e) {
		return &exitError{exitEvalErr, "error: " + e.Msg}
	}
	return &exitError{exitEvalErr, fmt.Sprintf("error: %s: %s", doing, errnoText(err))}
}

// errnoText is the C library's wording of a file error ("No such file or
// directory"), which Nix puts in its messages.
func errnoText(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		s := errno.Error()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	return err.Error()
}
