package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
	"github.com/ovl-nix/ovl/lang/overlay"
	"github.com/ovl-nix/ovl/lang/pkgset"
)

// overlaysFlags are the options of `ovl overlays`.
type overlaysFlags struct {
	base      string
	attrPath  string
	strict    bool
	json      bool
	list      bool
	explain   string
	check     bool
	include   []string
	showTrace bool
}

func newOverlaysCmd() *cobra.Command {
	f := &overlaysFlags{}
	cmd := &cobra.Command{
		Use:   "overlays [PATH...]",
		Short: "Apply nixpkgs overlays to a base package set and show or explain the result",
		Long: `Apply the overlays in PATH (each a file of overlays or a directory of them,
loaded by the nixpkgs rules) — or, with no PATH, the overlays nixpkgs would
discover (<nixpkgs-overlays> on the search path, else
~/.config/nixpkgs/overlays.nix or ~/.config/nixpkgs/overlays/) — to the base
package set (ovl's embedded nixpkgs-shaped set unless --base is given), and
print the attribute names of the final set, one per line.

  --list          show the overlay files in order, the rule that found them,
                  and every skipped directory entry with the reason
  --explain ATTR  show every layer that defines ATTR, with the binding's
                  position, and whether it builds on prev.ATTR
  --check         lint the overlays; exit status 1 on a problem
  -A ATTRPATH     print that attribute of the final set instead (lazily, or
                  with --strict / --json as ovl eval does)`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runOverlays(f, args, cmd.OutOrStdout(), cmd.ErrOrStderr())
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.base, "base", "", "use the Nix file `FILE` (a set, or a function of the final set) as the base")
	fl.StringVarP(&f.attrPath, "attr", "A", "", "print the attribute `ATTRPATH` of the final set")
	fl.BoolVar(&f.strict, "strict", false, "with -A: evaluate the attribute deeply")
	fl.BoolVar(&f.json, "json", false, "with -A: print the attribute as JSON")
	fl.BoolVar(&f.list, "list", false, "list the overlay files found and the entries skipped")
	fl.StringVar(&f.explain, "explain", "", "explain which layers define the attribute `ATTR`")
	fl.BoolVar(&f.check, "check", false, "lint the overlays and exit with status 1 on a problem")
	fl.StringArrayVarP(&f.include, "include", "I", nil, "add `PATH` (or NAME=PATH) to the search path")
	fl.BoolVar(&f.showTrace, "show-trace", false, "print the full trace of an error")
	return cmd
}

func runOverlays(f *overlaysFlags, paths []string, stdout, stderr io.Writer) error {
	m, err := newMachine(f.include, f.showTrace, eval.DefaultMaxCallDepth, false, stderr)
	if err != nil {
		return err
	}
	fail := func(err error) error { return printEvalError(stderr, err, f.showTrace) }

	founds, err := findOverlays(m, paths)
	if err != nil {
		return fail(err)
	}
	if f.list {
		printOverlayList(stdout, founds)
		return nil
	}
	stack, err := applyFound(m, founds, f.base)
	if err != nil {
		return fail(err)
	}

	switch {
	case f.check:
		return checkOverlays(m, stack, stdout)
	case f.explain != "":
		return explainAttr(m, stack, f.explain, stdout, fail)
	case f.attrPath != "":
		ef := &evalFlags{strict: f.strict, json: f.json}
		if err := printResult(m, ef, stack.Final, f.attrPath, eval.EmptyAttrs, stdout); err != nil {
			return fail(err)
		}
		return nil
	}
	final, err := m.ForceAttrs(stack.Final, ast.Pos{})
	if err != nil {
		return fail(err)
	}
	for _, name := range final.Names() {
		fmt.Fprintln(stdout, name)
	}
	return nil
}

// findOverlays loads each PATH by the nixpkgs file/directory rules, or
// discovers the overlays when no PATH is given.
func findOverlays(m *eval.Machine, paths []string) ([]*overlay.Found, error) {
	if len(paths) == 0 {
		found, err := overlay.Discover(overlay.Env{FindSearchPath: overlay.SearchPathFinder(m), Home: os.Getenv("HOME")})
		if err != nil {
			return nil, eval.Errorf(eval.ThrownError, ast.Pos{}, "%s", err.Error())
		}
		return []*overlay.Found{found}, nil
	}
	var out []*overlay.Found
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			return nil, err
		}
		if _, err := os.Lstat(abs); err != nil {
			return nil, eval.Errorf(eval.SysError, ast.Pos{}, "getting status of '%s': %s", abs, errnoText(err))
		}
		found, err := overlay.Load(abs, overlay.RuleExplicit)
		if err != nil {
			return nil, eval.Errorf(eval.SysError, ast.Pos{}, "%s", err.Error())
		}
		out = append(out, found)
	}
	return out, nil
}

// applyFound builds the fixpoint of the overlays found over the base
// (the Nix file baseFile, or the embedded package set when it is ""), for
// `ovl overlays` and the REPL's :o.
func applyFound(m *eval.Machine, founds []*overlay.Found, baseFile string) (*overlay.Stack, error) {
	var sources []overlay.Source
	for _, found := range founds {
		s, err := overlay.Sources(m, ast.Pos{}, found)
		if err != nil {
			return nil, err
		}
		sources = append(sources, s...)
	}
	base, err := loadBase(m, baseFile)
	if err != nil {
		return nil, err
	}
	return overlay.Apply(m, ast.Pos{}, base, sources), nil
}

// loadBase returns the base layer: the file given with --base, or ovl's
// embedded package set, written once to the user's cache folder so that
// positions in messages point at files that can be opened.
func loadBase(m *eval.Machine, file string) (eval.Value, error) {
	if file == "" {
		cache, err := os.UserCacheDir()
		if err != nil {
			cache = os.TempDir()
		}
		dir, err := pkgset.Materialize(filepath.Join(cache, "ovl"))
		if err != nil {
			return eval.Value{}, eval.Errorf(eval.SysError, ast.Pos{}, "writing ovl's package set to the cache: %s", err)
		}
		embeddedBaseDir = dir
		file = dir
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		return eval.Value{}, err
	}
	return m.EvalFile(abs)
}

// embeddedBaseDir is where the embedded package set was written, shown as
// <ovl-pkgs> in listings.
var embeddedBaseDir string

// display shortens a path for listings: <ovl-pkgs>/… for the embedded
// package set, relative to the working directory when below it.
func display(path string) string {
	if embeddedBaseDir != "" {
		if rest, ok := strings.CutPrefix(path, embeddedBaseDir); ok {
			return "<ovl-pkgs>" + rest
		}
	}
	return overlay.Display(path)
}

func printOverlayList(w io.Writer, founds []*overlay.Found) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	n := 0
	for _, found := range founds {
		if found.Rule == overlay.RuleNone {
			fmt.Fprintln(tw, "no overlays: neither <nixpkgs-overlays>, ~/.config/nixpkgs/overlays.nix nor ~/.config/nixpkgs/overlays/ exists")
			continue
		}
		fmt.Fprintf(tw, "%s (%s)\n", display(found.Root), found.Rule)
		for _, e := range found.Entries {
			n++
			fmt.Fprintf(tw, "  %d.\t%s\t%s\n", n, display(e.Path), e.Reason)
		}
		for _, s := range found.Skipped {
			fmt.Fprintf(tw, "  skipped\t%s\t%s\n", display(filepath.Join(found.Root, s.Name)), s.Reason)
		}
	}
	tw.Flush()
}

func explainAttr(m *eval.Machine, stack *overlay.Stack, name string, w io.Writer, fail func(error) error) error {
	defs, err := stack.Explain(m, name)
	if err != nil {
		return fail(err)
	}
	if len(defs) == 0 {
		return fail(eval.Errorf(eval.EvalError, ast.Pos{}, "no layer defines '%s'", name))
	}
	fmt.Fprintf(w, "%s is defined by %d layer(s), bottom to top:\n", name, len(defs))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, d := range defs {
		layer := "base"
		if d.Layer > 0 {
			layer = fmt.Sprintf("overlay %d", d.Layer)
		}
		where := display(d.Label)
		if d.Pos != nil {
			where = fmt.Sprintf("%s:%d:%d", display(d.Pos.Src.Name), d.Pos.Line, d.Pos.Col)
		}
		how := "replaces it"
		switch {
		case d.Layer == 0:
			how = "defines it"
		case d.ReadsPrev:
			how = "builds on prev." + name
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", layer, where, how)
	}
	tw.Flush()
	last := defs[len(defs)-1]
	fmt.Fprintf(w, "The final value comes from %s.\n", describeLayer(last))
	return nil
}

func describeLayer(d overlay.Definition) string {
	if d.Layer == 0 {
		return "the base"
	}
	return fmt.Sprintf("overlay %d (%s)", d.Layer, display(d.Label))
}

func checkOverlays(m *eval.Machine, stack *overlay.Stack, w io.Writer) error {
	problems := stack.Check(m)
	for _, p := range problems {
		where := display(p.Label)
		if p.Pos != nil {
			where = fmt.Sprintf("%s:%d:%d", display(p.Pos.Src.Name), p.Pos.Line, p.Pos.Col)
		}
		fmt.Fprintf(w, "%s: %s\n", where, strings.ReplaceAll(p.Msg, "\n", "\n    "))
	}
	if len(problems) > 0 {
		fmt.Fprintf(w, "%d problem(s) in %d overlay(s)\n", len(problems), len(stack.Layers)-1)
		return failed
	}
	fmt.Fprintf(w, "%d overlay(s), no problems\n", len(stack.Layers)-1)
	return nil
}
