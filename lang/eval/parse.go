package eval

import (
	"errors"
	"strings"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/parser"
)

// Parse parses Nix source text; relative paths in it are relative to
// baseDir. A syntax error is an *Error of kind ParseError, so that it can
// carry trace frames like any evaluation error.
func (m *Machine) Parse(src *ast.Source, baseDir string) (ast.Expr, error) {
	e, err := parser.Parse(src, parser.Options{BaseDir: baseDir, Home: m.opts.Home})
	if err != nil {
		var pe *parser.Error
		if errors.As(err, &pe) {
			return nil, &Error{Kind: ParseError, Msg: pe.Msg, Pos: pe.Pos}
		}
		return nil, err
	}
	return e, nil
}

// showExpr prints an expression as nix-instantiate --parse does (for
// assertion messages).
func showExpr(e ast.Expr) string {
	var b strings.Builder
	parser.Print(&b, e)
	return strings.TrimSuffix(b.String(), "\n")
}
