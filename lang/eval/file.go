package eval

import (
	"os"
	"path/filepath"
	"strings"
	"unsafe"

	"github.com/ovl-nix/ovl/lang/ast"
)

// fileEntry caches one file: its parsed and resolved expression and, once
// evaluated, its value.
type fileEntry struct {
	expr  ast.Expr
	val   Value
	value bool // val is set
	// busy is set while the file is being evaluated: importing it again
	// then can only recurse forever.
	busy bool
}

// ParseFile reads, parses and resolves a Nix file (not cached).
func (m *Machine) ParseFile(path string) (ast.Expr, error) {
	text, err := m.readSource(path)
	if err != nil {
		return nil, err
	}
	e, err := m.Parse(&ast.Source{Name: path, Text: text}, filepath.Dir(path))
	if err != nil {
		return nil, err
	}
	if err := m.Resolve(e); err != nil {
		return nil, err
	}
	return e, nil
}

// readSource reads a file to parse, unless it is bigger than a string may
// be (see ReadAll).
func (m *Machine) readSource(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fileError("opening file", path, err)
	}
	defer f.Close()
	text, err := m.ReadAll(noPos, f)
	if e, ok := err.(*Error); ok {
		return nil, e
	}
	if err != nil {
		return nil, fileError("opening file", path, err)
	}
	return text, nil
}

// ResolveExprPath is CppNix's resolveExprPath: follow symlinks, and take
// default.nix in a directory.
func ResolveExprPath(path string) (string, error) {
	for follow := 0; ; follow++ {
		if follow >= 1024 {
			return "", Errorf(SysError, noPos, "too many symbolic links encountered while traversing the path '%s'", path)
		}
		st, err := os.Lstat(path)
		if err != nil {
			return "", fileError("getting status of", path, err)
		}
		if st.Mode()&os.ModeSymlink != 0 {
			target, err := os.Readlink(path)
			if err != nil {
				return "", fileError("reading symbolic link", path, err)
			}
			if !filepath.IsAbs(target) {
				target = filepath.Join(filepath.Dir(path), target)
			}
			path = CanonPath(target)
			continue
		}
		if st.IsDir() {
			path = CanonPath(path + "/default.nix")
		}
		return path, nil
	}
}

// EvalFile evaluates the Nix file at path (a directory means its
// default.nix), as `import` does. Parsed files and their values are cached
// per path, so every import of a file shares one value.
func (m *Machine) EvalFile(path string) (Value, error) {
	if e := m.files[path]; e != nil && e.value {
		return e.val, nil
	}
	if path == corepkgsFetchurl {
		return m.evalCorepkg(path, fetchurlNix)
	}
	resolved, err := ResolveExprPath(path)
	if err != nil {
		return Value{}, err
	}
	e := m.files[resolved]
	if e != nil && e.value {
		return e.val, nil
	}
	if e == nil {
		expr, err := m.ParseFile(resolved)
		if err != nil {
			return Value{}, err
		}
		e = &fileEntry{expr: expr}
		m.files[resolved] = e
	}
	if e.busy {
		// CppNix recurses until it runs out of stack; ovl stops at once,
		// with CppNix's message and the chain of imports.
		return Value{}, withCycle(stackOverflow(), unsafe.Pointer(e), resolved)
	}
	if err := m.enter(noPos); err != nil {
		return Value{}, err
	}
	e.busy = true
	v, err := m.eval(e.expr, &topEnv)
	e.busy = false
	m.leave()
	if err != nil {
		unwindCycle(err, unsafe.Pointer(e), nil, noPos, resolved)
		return Value{}, AddTrace(err, noPos, "while evaluating the file '"+resolved+"':")
	}
	e.val, e.value = v, true
	if path != resolved {
		m.files[path] = &fileEntry{expr: e.expr, val: v, value: true}
	}
	return v, nil
}

// corepkgsFetchurl is what <nix/fetchurl.nix> finds (see FindFile): Nix's
// built-in fetcher, which ovl replaces by a function that fails when
// called, so that code that only passes it around still evaluates.
const corepkgsFetchurl = corepkgsDir + "/fetchurl.nix"

// corepkgsDir holds the files Nix builds in (<nix/...>).
const corepkgsDir = "/__corepkgs__"

const fetchurlNix = `{ url, ... }:
throw "<nix/fetchurl.nix>: ovl has no Nix store; fetching '${url}' is not supported"
`

// evalCorepkg evaluates one of the files Nix builds in, from its text.
func (m *Machine) evalCorepkg(path, text string) (Value, error) {
	e, err := m.Parse(&ast.Source{Name: path, Text: []byte(text)}, "/")
	if err == nil {
		err = m.Resolve(e)
	}
	if err != nil {
		return Value{}, err
	}
	v, err := m.eval(e, &topEnv)
	if err != nil {
		return Value{}, err
	}
	m.files[path] = &fileEntry{expr: e, val: v, value: true}
	return v, nil
}

// ScopedImport evaluates the file at path with the attributes of scope as
// extra variables (builtins.scopedImport). It is parsed anew each time, as
// in CppNix, since its variables resolve differently.
func (m *Machine) ScopedImport(scope *Attrs, path string) (Value, error) {
	resolved, err := ResolveExprPath(path)
	if err != nil {
		return Value{}, err
	}
	text, err := m.readSource(resolved)
	if err != nil {
		return Value{}, err
	}
	e, err := m.Parse(&ast.Source{Name: resolved, Text: text}, filepath.Dir(resolved))
	if err != nil {
		return Value{}, err
	}
	if err := m.ResolveIn(e, scope); err != nil {
		return Value{}, err
	}
	return m.EvalIn(e, scope)
}

// ResolveIn is Resolve with the attributes of scope as extra variables,
// shadowing the globals (scopedImport, the REPL's bindings). Evaluate e
// with EvalIn and the same scope.
func (m *Machine) ResolveIn(e ast.Expr, scope *Attrs) error {
	names := make([]ast.Symbol, 0, scope.Len())
	scope.All(func(a *Attr) bool {
		names = append(names, a.Name)
		return true
	})
	return m.resolveIn(e, names)
}

// EvalIn evaluates an expression resolved by ResolveIn with scope.
func (m *Machine) EvalIn(e ast.Expr, scope *Attrs) (Value, error) {
	env := newEnv(nil, scope.Len())
	i := 0
	scope.All(func(a *Attr) bool {
		*env.slot(int32(i)) = a.Value
		i++
		return true
	})
	if err := m.enter(noPos); err != nil {
		return Value{}, err
	}
	defer m.leave()
	v, err := m.eval(e, env)
	if err != nil {
		return Value{}, asError(err)
	}
	return v, nil
}

// SearchPathElem is one entry of the Nix search path: `prefix=path`, or a
// bare directory (empty Prefix).
type SearchPathElem struct {
	Prefix, Path string
}

func parseSearchPathElem(s string) SearchPathElem {
	if i := strings.IndexByte(s, '='); i >= 0 {
		return SearchPathElem{Prefix: s[:i], Path: s[i+1:]}
	}
	return SearchPathElem{Path: s}
}

// SearchPath is the machine's search path (for builtins.nixPath).
func (m *Machine) SearchPath() []SearchPathElem { return m.searchPath }

// FindFile looks name (`nixpkgs/lib` in `<nixpkgs/lib>`) up in a search
// path as CppNix's findFile: the first entry whose prefix matches and
// whose file exists. Entries that do not exist are skipped with a warning
// (once each).
func (m *Machine) FindFile(path []SearchPathElem, name string, pos ast.Pos) (string, error) {
	for _, e := range path {
		var suffix string
		if e.Prefix == "" {
			suffix = "/" + name
		} else {
			if !strings.HasPrefix(name, e.Prefix) || len(name) > len(e.Prefix) && name[len(e.Prefix)] != '/' {
				continue
			}
			suffix = name[len(e.Prefix):]
		}
		dir, ok := m.resolveSearchPathElem(e.Path)
		if !ok {
			continue
		}
		res := dir + suffix
		if _, err := os.Lstat(res); err == nil {
			return CanonPath(res), nil
		}
	}
	if strings.HasPrefix(name, "nix/") {
		return corepkgsDir + "/" + name[4:], nil
	}
	if m.opts.Pure {
		return "", Errorf(ThrownError, pos, "cannot look up '<%s>' in pure evaluation mode (use '--impure' to override)", name)
	}
	return "", Errorf(ThrownError, pos, "file '%s' was not found in the Nix search path (add it using $NIX_PATH or -I)", name)
}

func (m *Machine) resolveSearchPathElem(p string) (string, bool) {
	if r, ok := m.searchResolved[p]; ok {
		return r, r != ""
	}
	var res string
	if isURI(p) {
		m.Warn("Nix search path entry '" + p + "' cannot be downloaded, ignoring")
	} else {
		abs := p
		if !filepath.IsAbs(abs) {
			if wd, err := os.Getwd(); err == nil {
				abs = filepath.Join(wd, abs)
			}
		}
		abs = CanonPath(abs)
		if _, err := os.Lstat(abs); err == nil {
			res = abs
		} else {
			m.Warn("Nix search path entry '" + p + "' does not exist, ignoring")
		}
	}
	m.searchResolved[p] = res
	return res, res != ""
}
