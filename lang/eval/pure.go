package eval

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/ovl-nix/ovl/lang/ast"
)

// Pure evaluation (Options.Pure, `ovl eval --pure`) is Nix's pure-eval
// mode as SPEC §8 and the issue word it: files can be read only below the
// allowed roots (the folders of the evaluated files, the -I entries), and
// the builtins that depend on the machine (getEnv, currentTime,
// currentSystem) refuse to run. The builtins that touch the file system
// call CheckPath first.

// AllowPath adds a root below which pure evaluation may read files (a
// folder, or a single file). Relative roots are taken from the working
// directory.
func (m *Machine) AllowPath(root string) {
	if !filepath.IsAbs(root) {
		if wd, err := os.Getwd(); err == nil {
			root = filepath.Join(wd, root)
		}
	}
	root = CanonPath(root)
	m.allowed = append(m.allowed, root)
	// A root reached through a symbolic link is allowed as its target
	// too, since paths are checked again once their links are resolved.
	if r := resolveLinks(root); r != root {
		m.allowed = append(m.allowed, r)
	}
}

// CheckPath fails, in pure evaluation, when path (absolute) is outside
// every allowed root, before or after resolving its symbolic links; pos is
// where the access is made. Outside pure evaluation it allows everything.
func (m *Machine) CheckPath(path string, pos ast.Pos) error {
	if !m.opts.Pure {
		return nil
	}
	abs := CanonPath(path)
	if strings.HasPrefix(abs, corepkgsDir+"/") {
		return nil
	}
	if !m.allowedPath(abs) {
		return Errorf(RestrictedError, pos, "access to absolute path '%s' is forbidden in pure eval mode (use '--impure' to override)", abs)
	}
	// A symbolic link below a root must not lead out of it.
	if r := resolveLinks(abs); !m.allowedPath(r) {
		return Errorf(RestrictedError, pos, "access to canonical path '%s' is forbidden in pure eval mode (use '--impure' to override)", r)
	}
	return nil
}

// PureError is the error of a builtin that pure evaluation refuses
// ("builtins.getEnv"), at pos.
func PureError(pos ast.Pos, builtin string) *Error {
	return Errorf(RestrictedError, pos, "'%s' is not allowed in pure evaluation mode (use '--impure' to override)", builtin)
}

func (m *Machine) allowedPath(p string) bool {
	for _, root := range m.allowed {
		if p == root || root == "/" || strings.HasPrefix(p, root) && p[len(root)] == '/' {
			return true
		}
	}
	return false
}

// resolveLinks resolves the symbolic links in the longest part of the
// absolute, canonical path p that exists, and keeps the rest.
func resolveLinks(p string) string {
	rest, q := "", p
	for {
		if r, err := filepath.EvalSymlinks(q); err == nil {
			return CanonPath(filepath.Join(r, rest))
		}
		if q == "/" {
			return p
		}
		i := strings.LastIndexByte(q, '/')
		rest = filepath.Join(q[i+1:], rest)
		q = q[:i]
		if q == "" {
			q = "/"
		}
	}
}
