package builtins

import (
	"errors"
	"io/fs"
	"os"
	"runtime"
	"strings"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
	"github.com/ovl-nix/ovl/lang/store"
)

// Builtins on paths and the file system, and the machine's environment.
// (findFile and nixPath are with import, in control.go.)
func pathBuiltins() []eval.Builtin {
	return []eval.Builtin{
		{Name: "baseNameOf", Scope: eval.Global, Arity: 1, Fn: primBaseNameOf},
		{Name: "dirOf", Scope: eval.Global, Arity: 1, Fn: primDirOf},
		{Name: "toPath", Scope: eval.GlobalUnderscore, Arity: 1, Fn: primToPath},
		{Name: "pathExists", Scope: eval.GlobalUnderscore, Arity: 1, Fn: primPathExists},
		{Name: "readFile", Scope: eval.GlobalUnderscore, Arity: 1, Fn: primReadFile},
		{Name: "readDir", Scope: eval.GlobalUnderscore, Arity: 1, Fn: primReadDir},
		{Name: "readFileType", Scope: eval.BuiltinsOnly, Arity: 1, Fn: primReadFileType},
		{Name: "getEnv", Scope: eval.GlobalUnderscore, Arity: 1, Fn: primGetEnv},
		{Name: "storeDir", Scope: eval.GlobalUnderscore, Value: func(*eval.Machine) (eval.Value, error) {
			return eval.NewString(store.Dir), nil
		}},
		{Name: "currentSystem", Scope: eval.GlobalUnderscore, Value: func(m *eval.Machine) (eval.Value, error) {
			if m.Pure() {
				return m.Lazy(func(*eval.Machine) (eval.Value, error) {
					return eval.Value{}, eval.Errorf(eval.RestrictedError, ast.Pos{}, "builtins.currentSystem is not available in pure evaluation mode")
				}), nil
			}
			return eval.NewString(currentSystem()), nil
		}},
	}
}

// currentSystem is the Nix system type of the machine ovl runs on, like
// the one Nix was built for ("x86_64-linux").
func currentSystem() string {
	arch := runtime.GOARCH
	switch arch {
	case "amd64":
		arch = "x86_64"
	case "arm64":
		arch = "aarch64"
	case "386":
		arch = "i686"
	case "arm":
		arch = "armv7l"
	}
	return arch + "-" + runtime.GOOS
}

// primBaseNameOf is the last component of a path or string, ignoring one
// trailing slash; it is always a string and keeps the context.
func primBaseNameOf(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	s, ctx, err := m.CoerceToString(pos, args[0], eval.CoerceOptions{})
	if err != nil {
		return eval.Value{}, err
	}
	return eval.NewStringWithContext(baseNameOf(s), ctx), nil
}

// baseNameOf is CppNix's baseNameOf: "/a/b/" gives "b", "/" gives "".
func baseNameOf(p string) string {
	if p == "" {
		return ""
	}
	last := len(p) - 1
	if p[last] == '/' && last > 0 {
		last--
	}
	start := strings.LastIndexByte(p[:last+1], '/') + 1
	return p[start : last+1]
}

// primDirOf is everything before the last slash: a path for a path, a
// string (with its context) otherwise.
func primDirOf(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	v, err := m.Force(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	s, ctx, err := m.CoerceToString(pos, v, eval.CoerceOptions{})
	if err != nil {
		return eval.Value{}, err
	}
	dir := "."
	if i := strings.LastIndexByte(s, '/'); i == 0 {
		dir = "/"
	} else if i > 0 {
		dir = s[:i]
	}
	if v.Type() == eval.TypePath {
		return eval.NewPath(dir), nil
	}
	return eval.NewStringWithContext(dir, ctx), nil
}

// primToPath canonicalises an absolute path given as a string; the result
// is a string, as in Nix 2.8.
func primToPath(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	p, ctx, err := m.CoerceToPath(pos, args[0])
	if err != nil {
		return eval.Value{}, err
	}
	return eval.NewStringWithContext(eval.CanonPath(p), ctx), nil
}

// realiseSourcePath is CppNix's realisePath: v must be a path or an
// absolute path string. A string with context names store objects that
// would have to be built or fetched first; ovl has none, and fails as
// nix-instantiate --readonly-mode --store dummy:// does. Pure evaluation
// refuses paths outside its roots.
func realiseSourcePath(m *eval.Machine, pos ast.Pos, v eval.Value) (string, error) {
	const frame = "while realising the context of a path"
	p, ctx, err := m.CoerceToPath(pos, v)
	if err != nil {
		return "", eval.AddTrace(err, pos, frame)
	}
	if len(ctx) > 0 {
		sp, _ := decodeContextElem(ctx[0])
		return "", eval.AddTrace(eval.Errorf(eval.EvalError, ast.Pos{}, "path '%s' is not valid", sp), pos, frame)
	}
	return p, m.CheckPath(p, pos)
}

// storeError turns an error of package store into an evaluation error at
// pos (which may be the zero Pos, as for CppNix's file errors).
func storeError(err error, pos ast.Pos) error {
	var e *eval.Error
	if errors.As(err, &e) {
		return err
	}
	return eval.Errorf(eval.EvalError, pos, "%s", err.Error())
}

// primPathExists looks at the path itself: a dangling symlink exists. A
// path that pure evaluation refuses, or that cannot be looked at, does not
// exist, as in CppNix.
func primPathExists(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	p, err := realiseSourcePath(m, pos, args[0])
	if e := (*eval.Error)(nil); errors.As(err, &e) && e.Kind == eval.RestrictedError {
		return eval.False, nil
	}
	if err != nil {
		return eval.Value{}, err
	}
	// Any failure to stat the path (a symlink loop on the way, a
	// directory it may not read) is "does not exist", as in CppNix.
	_, err = os.Lstat(p)
	return eval.NewBool(err == nil), nil
}

func primReadFile(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	p, err := realiseSourcePath(m, pos, args[0])
	if err != nil {
		return eval.Value{}, err
	}
	f, err := os.Open(p)
	if err != nil {
		return eval.Value{}, storeError(store.SysError("opening file", p, err), ast.Pos{})
	}
	defer f.Close()
	data, err := m.ReadAll(pos, f)
	if e, ok := err.(*eval.Error); ok {
		return eval.Value{}, e
	}
	if err != nil {
		return eval.Value{}, eval.Errorf(eval.SysError, ast.Pos{}, "reading from file: %s", store.ErrnoText(err))
	}
	s := string(data)
	if strings.IndexByte(s, 0) >= 0 {
		return eval.Value{}, eval.Errorf(eval.EvalError, ast.Pos{}, "the contents of the file '%s' cannot be represented as a Nix string", p)
	}
	return eval.NewString(s), nil
}

// fileTypeName is the type of a directory entry as readDir and
// readFileType name it.
func fileTypeName(mode fs.FileMode) string {
	switch {
	case mode.IsRegular():
		return "regular"
	case mode.IsDir():
		return "directory"
	case mode&fs.ModeSymlink != 0:
		return "symlink"
	}
	return "unknown"
}

// primReadDir maps each entry of a directory (following a symlink to the
// directory itself) to its type, without following the entries.
func primReadDir(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	p, err := realiseSourcePath(m, pos, args[0])
	if err != nil {
		return eval.Value{}, err
	}
	entries, err := os.ReadDir(p)
	if err != nil {
		return eval.Value{}, storeError(store.SysError("opening directory", p, err), ast.Pos{})
	}
	b := eval.NewAttrsBuilder(len(entries))
	for _, e := range entries {
		b.AddString(e.Name(), eval.NewString(fileTypeName(e.Type())), nil)
	}
	return eval.NewAttrs(b.Finish()), nil
}

// primReadFileType is newer than Nix 2.8: the type of the file system node
// itself ("regular", "directory", "symlink" or "unknown").
func primReadFileType(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	p, err := realiseSourcePath(m, pos, args[0])
	if err != nil {
		return eval.Value{}, err
	}
	st, err := os.Lstat(p)
	if err != nil {
		return eval.Value{}, storeError(store.SysError("getting status of", p, err), ast.Pos{})
	}
	return eval.NewString(fileTypeName(st.Mode())), nil
}

// primGetEnv reads an environment variable ("" when unset). Pure
// evaluation refuses it (SPEC §8), where Nix returns "".
func primGetEnv(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	name, err := m.ForceStringNoCtx(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	if m.Pure() {
		return eval.Value{}, eval.PureError(pos, "builtins.getEnv")
	}
	return eval.NewString(os.Getenv(name)), nil
}
