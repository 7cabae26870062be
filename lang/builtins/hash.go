package builtins

import (
	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
	"github.com/ovl-nix/ovl/lang/store"
)

// Hashing of strings and files, and (newer than Nix 2.8) conversion
// between hash notations.
func hashBuiltins() []eval.Builtin {
	return []eval.Builtin{
		{Name: "hashString", Scope: eval.GlobalUnderscore, Arity: 2, Fn: primHashString},
		{Name: "hashFile", Scope: eval.GlobalUnderscore, Arity: 2, Fn: primHashFile},
		{Name: "convertHash", Scope: eval.BuiltinsOnly, Arity: 1, Fn: primConvertHash},
	}
}

// forceHashAlgo reads an algorithm name. An unknown one is a usage error
// without a position in CppNix.
func forceHashAlgo(m *eval.Machine, pos ast.Pos, v eval.Value) (store.HashAlgo, error) {
	name, err := m.ForceStringNoCtx(v, pos)
	if err != nil {
		return 0, err
	}
	algo, ok := store.ParseHashAlgo(name)
	if !ok {
		return 0, eval.Errorf(eval.UsageError, ast.Pos{}, "%s", store.UnknownAlgoError(name))
	}
	return algo, nil
}

// primHashString hashes a string (its context is ignored) to base 16.
func primHashString(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	algo, err := forceHashAlgo(m, pos, args[0])
	if err != nil {
		return eval.Value{}, err
	}
	s, err := m.ForceString(args[1], pos)
	if err != nil {
		return eval.Value{}, err
	}
	return eval.NewString(store.HashString(algo, s).Base16()), nil
}

func primHashFile(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	algo, err := forceHashAlgo(m, pos, args[0])
	if err != nil {
		return eval.Value{}, err
	}
	p, err := realiseSourcePath(m, pos, args[1])
	if err != nil {
		return eval.Value{}, err
	}
	h, err := store.HashFile(algo, p)
	if err != nil {
		return eval.Value{}, storeError(err, ast.Pos{})
	}
	return eval.NewString(h.Base16()), nil
}

// primConvertHash follows the current Nix manual:
// convertHash { hash; hashAlgo ? <from hash>; toHashFormat; } with
// toHashFormat one of base16, nix32, base32 (an alias of nix32), base64 and
// sri; the notation of hash is recognised.
func primConvertHash(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	set, err := m.ForceAttrs(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	ha, err := m.RequireAttr(set, "hash", "convertHash", pos)
	if err != nil {
		return eval.Value{}, err
	}
	hs, err := m.ForceStringNoCtx(ha.Value, pos)
	if err != nil {
		return eval.Value{}, err
	}
	var algo store.HashAlgo
	if av, ok := set.GetString("hashAlgo"); ok {
		if algo, err = forceHashAlgo(m, pos, av); err != nil {
			return eval.Value{}, err
		}
	}
	fa, err := m.RequireAttr(set, "toHashFormat", "convertHash", pos)
	if err != nil {
		return eval.Value{}, err
	}
	format, err := m.ForceStringNoCtx(fa.Value, pos)
	if err != nil {
		return eval.Value{}, err
	}
	h, err := store.ParseHash(hs, algo)
	if err != nil {
		return eval.Value{}, eval.Errorf(eval.EvalError, pos, "%s", err)
	}
	var out string
	switch format {
	case "base16":
		out = h.Base16()
	case "nix32", "base32":
		out = h.Nix32()
	case "base64":
		out = h.Base64()
	case "sri":
		out = h.SRI()
	default:
		return eval.Value{}, eval.Errorf(eval.EvalError, pos, "unknown hash format '%s', expect 'base16', 'base32', 'base64', or 'sri'", format)
	}
	return eval.NewString(out), nil
}
