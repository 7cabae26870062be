package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"time"

	"github.com/chzyer/readline"
	"github.com/spf13/cobra"
)

// replFlags are the options of `ovl repl`.
type replFlags struct {
	include   []string
	showTrace bool
	timeout   time.Duration
}

func newReplCmd() *cobra.Command {
	f := &replFlags{}
	cmd := &cobra.Command{
		Use:   "repl [FILE...]",
		Short: "Evaluate Nix expressions and explore overlays interactively",
		Long: `Start an interactive Nix REPL, like nix repl: type an expression to see its
value, name = expr to bind a name, :? for the commands. Each FILE is loaded
as with :l, its attributes put in scope.

Beyond nix repl: :o [PATH...] applies overlays (or the ones nixpkgs would
discover) to ovl's package set and binds pkgs; :explain ATTR shows which
overlays define pkgs.ATTR. Tab completes names and attribute paths
(pkgs.hel<Tab>). Ctrl-C stops a running evaluation.

History is kept in $XDG_STATE_HOME/ovl/history (else
~/.local/state/ovl/history).`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runRepl(f, args, cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	fl := cmd.Flags()
	fl.StringArrayVarP(&f.include, "include", "I", nil, "add `PATH` (or NAME=PATH) to the search path for <...>")
	fl.BoolVar(&f.showTrace, "show-trace", false, "show the trace of errors (as :trace on)")
	fl.DurationVar(&f.timeout, "timeout", 0, "stop any one input after `DURATION` (e.g. 10s; 0: no limit), as Ctrl-C does")
	return cmd
}

func runRepl(f *replFlags, files []string, stdin io.Reader, stdout, stderr io.Writer) error {
	interactive := stdin == os.Stdin && readline.IsTerminal(int(os.Stdin.Fd()))
	s, err := newReplSession(replConfig{
		include:   f.include,
		showTrace: f.showTrace,
		color:     styleFor(stdout).Color,
		errColor:  styleFor(stderr).Color,
		terminal:  interactive,
		timeout:   f.timeout,
	}, stdout, stderr)
	if err != nil {
		return err
	}
	var in lineReader
	if interactive {
		t, err := newTerminalReader(s, stdout, stderr)
		if err != nil {
			return err
		}
		defer t.rl.Close()
		in = t
	} else {
		in = &plainReader{r: bufio.NewReader(stdin)}
	}

	// Ctrl-C reaches ovl as SIGINT while an evaluation runs (readline has
	// the terminal in raw mode, and handles Ctrl-C itself, only while a
	// line is read).
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	defer func() {
		signal.Stop(sig)
		close(sig)
	}()
	go func() {
		for range sig {
			if !s.interrupt() && !interactive {
				// Piped input waiting for a line: Ctrl-C quits.
				os.Exit(130)
			}
		}
	}()
	return s.run(in, files)
}

// plainReader reads lines from a pipe or file, without prompts or editing.
type plainReader struct{ r *bufio.Reader }

func (p *plainReader) readLine(string) (string, error) {
	line, err := p.r.ReadString('\n')
	if err == io.EOF && line != "" {
		err = nil // the last line has no newline; EOF comes next time
	}
	return strings.TrimSuffix(line, "\n"), err
}

// terminalReader reads lines with readline: editing, history and Tab
// completion.
type terminalReader struct {
	rl *readline.Instance
	s  *replSession
}

func newTerminalReader(s *replSession, stdout, stderr io.Writer) (*terminalReader, error) {
	t := &terminalReader{s: s}
	history, err := historyFile()
	if err != nil {
		fmt.Fprintf(stderr, "warning: no REPL history: %v\n", err)
	}
	rl, err := readline.NewEx(&readline.Config{
		Prompt:            replPrompt,
		HistoryFile:       history,
		HistoryLimit:      1000,
		HistorySearchFold: true,
		AutoComplete:      t,
		EOFPrompt:         "\n", // readline's way to say: print only a newline
		Stdout:            stdout,
		Stderr:            stderr,
	})
	if err != nil {
		return nil, err
	}
	t.rl = rl
	return t, nil
}

func (t *terminalReader) readLine(prompt string) (string, error) {
	t.rl.SetPrompt(prompt)
	line, err := t.rl.Readline()
	if errors.Is(err, readline.ErrInterrupt) {
		return "", errLineInterrupted
	}
	return line, err
}

// Do is readline's completion hook: the candidates' remainders after the
// word typed, and the word's length. An evaluation error is shown above
// the prompt, which readline then redraws.
func (t *terminalReader) Do(line []rune, pos int) ([][]rune, int) {
	word, cands, err := t.s.complete(string(line[:pos]))
	if err != nil {
		io.WriteString(t.rl.Stderr(), t.s.formatError(err, t.s.errStyle, false)+"\n")
		return nil, 0
	}
	out := make([][]rune, 0, len(cands))
	for _, c := range cands {
		out = append(out, []rune(c[len(word):]))
	}
	return out, len([]rune(word))
}

// historyFile returns the history's path, $XDG_STATE_HOME/ovl/history or
// ~/.local/state/ovl/history, creating it (private to the user) if needed.
func historyFile() (string, error) {
	dir := os.Getenv("XDG_STATE_HOME")
	if !filepath.IsAbs(dir) { // unset, or relative: the XDG spec says to ignore it
		home := os.Getenv("HOME")
		if home == "" {
			return "", errors.New("neither $XDG_STATE_HOME nor $HOME is set")
		}
		dir = filepath.Join(home, ".local", "state")
	}
	dir = filepath.Join(dir, "ovl")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	path := filepath.Join(dir, "history")
	f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return "", err
	}
	return path, f.Close()
}
