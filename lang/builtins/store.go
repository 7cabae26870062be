package builtins

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
	"github.com/ovl-nix/ovl/lang/store"
)

// Builtins that add to the store or fetch into it. ovl has no store: the
// ones whose result is a computable store path (toFile, path,
// filterSource, storePath) compute it, as nix-instantiate --readonly-mode
// does; the fetchers exist, so that sets mentioning them can be listed,
// and fail when called.
func storeBuiltins() []eval.Builtin {
	return []eval.Builtin{
		fetcher("fetchurl", eval.GlobalUnderscore),
		fetcher("fetchTarball", eval.Global),
		fetcher("fetchGit", eval.Global),
		fetcher("fetchMercurial", eval.Global),
		// Nix 2.8 keeps fetchTree behind the experimental flakes feature.
		{Name: "fetchTree", Scope: eval.Global, Arity: 1, Fn: func(*eval.Machine, ast.Pos, []eval.Value) (eval.Value, error) {
			return eval.Value{}, experimental("flakes")
		}},
		{Name: "storePath", Scope: eval.GlobalUnderscore, Arity: 1, Fn: primStorePath},
		{Name: "toFile", Scope: eval.GlobalUnderscore, Arity: 2, Fn: primToFile},
		{Name: "path", Scope: eval.GlobalUnderscore, Arity: 1, Fn: primPath},
		{Name: "filterSource", Scope: eval.GlobalUnderscore, Arity: 2, Fn: primFilterSource},
	}
}

// fetcher declares a fetch builtin that fails when called.
func fetcher(name string, scope eval.Scope) eval.Builtin {
	return eval.Builtin{Name: name, Scope: scope, Arity: 1,
		Fn: func(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
			return eval.Value{}, eval.Errorf(eval.EvalError, pos, "builtins.%s: ovl has no Nix store; fetching is not supported", name)
		}}
}

// storePathString is a store path as a string that refers to itself.
func storePathString(p string) eval.Value {
	return eval.NewStringWithContext(p, eval.Context{p})
}

// primStorePath declares a path to be in the store. In read-only mode Nix
// does not check that the store object exists, but it resolves the
// symbolic links of a path below one, so that path must exist.
func primStorePath(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	if m.Pure() {
		return eval.Value{}, eval.Errorf(eval.EvalError, pos, "'builtins.storePath' is not allowed in pure evaluation mode")
	}
	p, ctx, err := m.CoerceToPath(pos, args[0])
	if err != nil {
		return eval.Value{}, err
	}
	if !store.IsStorePath(p) {
		if p, err = resolvePath(p); err != nil {
			return eval.Value{}, storeError(err, ast.Pos{})
		}
	}
	sp, err := store.ToStorePath(p)
	if err != nil {
		return eval.Value{}, eval.Errorf(eval.EvalError, pos, "path '%s' is not in the Nix store", p)
	}
	return eval.NewStringWithContext(p, ctx.Union(eval.Context{sp})), nil
}

// primToFile gives the store path a text file with these contents would
// have; it may refer to source paths, not to derivations.
func primToFile(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	name, err := m.ForceStringNoCtx(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	contents, ctx, err := m.ForceStringContext(args[1], pos)
	if err != nil {
		return eval.Value{}, err
	}
	refs := make([]string, 0, len(ctx))
	for _, c := range ctx {
		if c == "" || c[0] != '/' {
			return eval.Value{}, eval.Errorf(eval.EvalError, pos, "in 'toFile': the file named '%s' must not contain a reference to a derivation but contains (%s)", name, c)
		}
		sp, err := store.ParseStorePath(c)
		if err != nil {
			return eval.Value{}, storeError(err, ast.Pos{})
		}
		refs = append(refs, sp)
	}
	p, err := store.TextPath(name, contents, refs)
	if err != nil {
		return eval.Value{}, storeError(err, ast.Pos{})
	}
	return storePathString(p), nil
}

// primFilterSource is builtins.path with a filter and no other options.
func primFilterSource(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	p, ctx, err := m.CoerceToPath(pos, args[1])
	if err != nil {
		return eval.Value{}, err
	}
	filter, err := m.Force(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	if filter.Type() != eval.TypeFunction {
		return eval.Value{}, eval.Errorf(eval.TypeError, pos, "first argument in call to 'filterSource' is not a function but %s", eval.TypeName(filter))
	}
	return addPath(m, pos, baseNameOf(p), p, filter, store.Recursive, nil, ctx)
}

// primPath is builtins.path { path; name ? ; filter ? ; recursive ? true;
// sha256 ? }.
func primPath(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	set, err := m.ForceAttrs(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	var (
		p, name  string
		ctx      eval.Context
		filter   eval.Value
		method   = store.Recursive
		expected *store.Hash
	)
	set.All(func(a *eval.Attr) bool {
		apos := attrPosOr(a, pos)
		switch a.Name.String() {
		case "path":
			p, ctx, err = m.CoerceToPath(apos, a.Value)
		case "name":
			name, err = m.ForceStringNoCtx(a.Value, apos)
		case "filter":
			filter, err = m.Force(a.Value, pos)
		case "recursive":
			var rec bool
			rec, err = m.ForceBool(a.Value, apos)
			if !rec {
				method = store.Flat
			}
		case "sha256":
			var s string
			if s, err = m.ForceStringNoCtx(a.Value, apos); err == nil {
				var h store.Hash
				h, err = parseHashAllowEmpty(m, s, store.SHA256)
				expected = &h
			}
		default:
			err = eval.Errorf(eval.EvalError, apos, "unsupported argument '%s' to 'addPath'", a.Name.String())
		}
		return err == nil
	})
	if err != nil {
		return eval.Value{}, storeError(err, ast.Pos{})
	}
	if p == "" {
		return eval.Value{}, eval.Errorf(eval.EvalError, pos, "'path' required")
	}
	if name == "" {
		name = baseNameOf(p)
	}
	return addPath(m, pos, name, p, filter, method, expected, ctx)
}

// parseHashAllowEmpty is CppNix's newHashAllowEmpty: an empty hash is
// accepted, with a warning, as all zeros when the algorithm is known.
func parseHashAllowEmpty(m *eval.Machine, s string, algo store.HashAlgo) (store.Hash, error) {
	if s == "" {
		if algo == 0 {
			return store.Hash{}, errors.New("empty hash requires explicit hash type")
		}
		h := store.Hash{Algo: algo, Digest: make([]byte, algo.Size())}
		m.Warn("found empty hash, assuming '" + h.SRI() + "'")
		return h, nil
	}
	return store.ParseHash(s, algo)
}

// addPath computes the store path of a source tree (filtered by a Nix
// function of the path and its type when filter is set).
func addPath(m *eval.Machine, pos ast.Pos, name, p string, filter eval.Value, method store.Method, expected *store.Hash, ctx eval.Context) (eval.Value, error) {
	frame := "while adding path '" + p + "'"
	if len(ctx) > 0 {
		sp, _ := decodeContextElem(ctx[0])
		return eval.Value{}, eval.AddTrace(eval.Errorf(eval.EvalError, ast.Pos{}, "path '%s' is not valid", sp), pos, frame)
	}
	if err := m.CheckPath(p, pos); err != nil {
		return eval.Value{}, err
	}
	var f store.Filter
	if filter.Type() != eval.TypeInvalid {
		f = func(path string, info fs.FileInfo) (bool, error) {
			res, err := m.Call(filter, pos, eval.NewString(path), eval.NewString(fileTypeName(info.Mode())))
			if err != nil {
				return false, err
			}
			return m.ForceBool(res, pos)
		}
	}
	sp, err := store.FilteredPathToStore(p, name, method, m.InterruptibleFilter(f))
	if err != nil {
		return eval.Value{}, eval.AddTrace(storeError(err, ast.Pos{}), pos, frame)
	}
	if expected != nil {
		want, err := store.MakeFixedOutputPath(method, *expected, name)
		if err != nil {
			return eval.Value{}, eval.AddTrace(storeError(err, ast.Pos{}), pos, frame)
		}
		if want != sp {
			return eval.Value{}, eval.AddTrace(eval.Errorf(eval.EvalError, ast.Pos{}, "store path mismatch in (possibly filtered) path added from '%s'", p), pos, frame)
		}
	}
	return storePathString(sp), nil
}

// resolvePath is CppNix's canonPath with symlink resolution: every
// component must exist, and symbolic links are followed.
func resolvePath(p string) (string, error) {
	var res string
	follow := 0
	for {
		p = strings.TrimLeft(p, "/")
		if p == "" {
			break
		}
		switch {
		case p == "." || strings.HasPrefix(p, "./"):
			p = p[1:]
		case p == ".." || strings.HasPrefix(p, "../"):
			if i := strings.LastIndexByte(res, '/'); i >= 0 {
				res = res[:i]
			}
			p = p[2:]
		default:
			comp, rest, _ := strings.Cut(p, "/")
			if rest != "" || strings.HasSuffix(p, "/") {
				rest = "/" + rest
			}
			res += "/" + comp
			p = rest
			st, err := os.Lstat(res)
			if err != nil {
				return "", store.SysError("getting status of", res, err)
			}
			if st.Mode()&fs.ModeSymlink == 0 {
				continue
			}
			if follow++; follow >= 1024 {
				return "", fmt.Errorf("infinite symlink recursion in path '%s'", p)
			}
			target, err := os.Readlink(res)
			if err != nil {
				return "", store.SysError("reading symbolic link", res, err)
			}
			p = target + p
			if strings.HasPrefix(target, "/") {
				res = ""
			} else if res = res[:strings.LastIndexByte(res, '/')]; res == "/" {
				res = ""
			}
		}
	}
	if res == "" {
		return "/", nil
	}
	return res, nil
}
