package builtins

import (
	"sort"
	"strings"
	"sync"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
	"github.com/ovl-nix/ovl/lang/store"
)

// Derivations: derivationStrict computes the store derivation and its
// paths exactly as Nix 2.8 does (nothing is written), and derivation wraps
// it into the attribute set Nix code sees, lazily, as CppNix's
// //builtin/derivation.nix does.
func derivationBuiltins() []eval.Builtin {
	st := &drvState{hashes: map[string]store.DrvHash{}}
	strict := eval.NewBuiltinFunc("derivationStrict", 1, st.primDerivationStrict)
	return []eval.Builtin{
		{Name: "derivationStrict", Scope: eval.Global, Arity: 1, Fn: st.primDerivationStrict},
		{Name: "derivation", Scope: eval.Global, Value: func(m *eval.Machine) (eval.Value, error) {
			return derivationLambda(m, strict)
		}},
	}
}

// drvState remembers the hash modulo of every derivation instantiated, by
// its .drv path, for the derivations that depend on it (CppNix's drvHashes
// cache, which read-only mode relies on). The hash of a .drv path never
// changes, so the cache may be shared by several evaluators.
type drvState struct {
	mu     sync.Mutex
	hashes map[string]store.DrvHash
}

func (st *drvState) inputHash(drvPath string) (store.DrvHash, error) {
	st.mu.Lock()
	defer st.mu.Unlock()
	if h, ok := st.hashes[drvPath]; ok {
		return h, nil
	}
	return nil, eval.Errorf(eval.EvalError, ast.Pos{}, "path '%s' is not valid", drvPath)
}

func (st *drvState) remember(drvPath string, h store.DrvHash) {
	st.mu.Lock()
	st.hashes[drvPath] = h
	st.mu.Unlock()
}

// drvSource is the file CppNix reports positions in for errors of the
// derivation wrapper; it is not readable, so no snippet is shown.
var drvSource = &ast.Source{Name: "//builtin/derivation.nix"}

// Positions in CppNix 2.8's //builtin/derivation.nix where it reports
// errors: the call of derivationStrict, the `map` over the outputs, the
// `name` of each output's list element, `builtins.head` of that list, the
// `getAttr` of the output path and the selection of drvPath.
var (
	posStrictCall = ast.Pos{Src: drvSource, Line: 9, Col: 12}
	posOutputsMap = ast.Pos{Src: drvSource, Line: 26, Col: 17}
	posOutputName = ast.Pos{Src: drvSource, Line: 17, Col: 7}
	posHead       = ast.Pos{Src: drvSource, Line: 28, Col: 5}
	posGetAttr    = ast.Pos{Src: drvSource, Line: 19, Col: 19}
	posDrvPathSel = ast.Pos{Src: drvSource, Line: 20, Col: 19}
)

// derivationLambda makes `derivation`: a Nix function
// `drvAttrs@{ outputs ? [ "out" ], ... }:` like CppNix's (so that it
// prints as a lambda and functionArgs sees `outputs`), whose body is
// computed in Go by derivationSet.
func derivationLambda(m *eval.Machine, strict eval.Value) (eval.Value, error) {
	src := &ast.Source{Name: drvSource.Name, Text: []byte(`impl: drvAttrs @ { outputs ? [ "out" ], ... }: impl drvAttrs outputs`)}
	e, err := m.Parse(src, "/")
	if err != nil {
		return eval.Value{}, err
	}
	if err := m.Resolve(e); err != nil {
		return eval.Value{}, err
	}
	mk, err := m.Eval(e)
	if err != nil {
		return eval.Value{}, err
	}
	impl := eval.NewBuiltinFunc("derivation", 2, func(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
		return derivationSet(m, strict, args[0], args[1])
	})
	return m.Call(mk, ast.Pos{}, impl)
}

// derivationSet builds the value of `derivation drvAttrs`: the set of the
// first output. Every output's set is drvAttrs plus one attribute per
// output, `all`, `drvAttrs`, and its own outPath, drvPath, type and
// outputName. derivationStrict runs only when a path is needed, so listing
// the attributes of a derivation never instantiates it.
func derivationSet(m *eval.Machine, strict, attrsV, outputsV eval.Value) (eval.Value, error) {
	drvAttrs, err := m.ForceAttrs(attrsV, ast.Pos{})
	if err != nil {
		return eval.Value{}, err
	}
	outputs, err := m.ForceList(outputsV, posOutputsMap)
	if err != nil {
		return eval.Value{}, err
	}
	if len(outputs) == 0 {
		return eval.Value{}, eval.Errorf(eval.EvalError, posHead, "list index 0 is out of bounds")
	}
	outputs = append([]eval.Value(nil), outputs...)
	strictV := m.Lazy(func(m *eval.Machine) (eval.Value, error) {
		return m.Call(strict, posStrictCall, eval.NewAttrs(drvAttrs))
	})
	sets := make([]eval.Value, len(outputs))
	names := make([]string, len(outputs))

	var common *eval.Attrs
	commonAttrs := func() (*eval.Attrs, error) {
		if common != nil {
			return common, nil
		}
		b := eval.NewAttrsBuilder(len(outputs) + 2)
		seen := make(map[ast.Symbol]bool, len(outputs))
		for i, o := range outputs {
			name, err := m.ForceStringNoCtx(o, posOutputName)
			if err != nil {
				return nil, err
			}
			names[i] = name
			sym := ast.Intern(name)
			if !seen[sym] { // listToAttrs: the first one wins
				seen[sym] = true
				b.Add(sym, sets[i], nil)
			}
		}
		all := m.Lazy(func(*eval.Machine) (eval.Value, error) {
			return eval.NewList(append([]eval.Value(nil), sets...)), nil
		})
		b.AddString("all", all, nil)
		b.AddString("drvAttrs", eval.NewAttrs(drvAttrs), nil)
		common = eval.Update(drvAttrs, b.Finish())
		return common, nil
	}

	drvPath := m.Lazy(func(m *eval.Machine) (eval.Value, error) {
		res, err := m.ForceAttrs(strictV, posDrvPathSel)
		if err != nil {
			return eval.Value{}, err
		}
		v, ok := res.GetString("drvPath")
		if !ok {
			return eval.Value{}, eval.Errorf(eval.EvalError, posDrvPathSel, "attribute 'drvPath' missing")
		}
		return m.Force(v, posDrvPathSel)
	})
	for i := range outputs {
		sets[i] = m.Lazy(func(m *eval.Machine) (eval.Value, error) {
			c, err := commonAttrs()
			if err != nil {
				return eval.Value{}, err
			}
			name := names[i]
			outPath := m.Lazy(func(m *eval.Machine) (eval.Value, error) {
				res, err := m.ForceAttrs(strictV, posGetAttr)
				if err != nil {
					return eval.Value{}, err
				}
				at, err := m.RequireAttr(res, name, "getAttr", posGetAttr)
				if err != nil {
					return eval.Value{}, err
				}
				return m.Force(at.Value, posGetAttr)
			})
			b := eval.NewAttrsBuilder(4)
			b.AddString("outPath", outPath, nil)
			b.AddString("drvPath", drvPath, nil)
			b.AddString("type", eval.NewString("derivation"), nil)
			b.AddString("outputName", eval.NewString(name), nil)
			return eval.NewAttrs(eval.Update(c, b.Finish())), nil
		})
	}
	return m.Force(sets[0], ast.Pos{})
}

// Attributes with a meaning to derivationStrict.
const (
	attrIgnoreNulls      = "__ignoreNulls"
	attrStructuredAttrs  = "__structuredAttrs"
	attrContentAddressed = "__contentAddressed"
	attrImpure           = "__impure"
)

// drvBuilder collects what derivationStrict reads from the attributes.
type drvBuilder struct {
	drv            store.Derivation
	outputs        []string
	outputHash     *string
	outputHashAlgo string
	method         *store.Method
	ctx            eval.Context
	posName        ast.Pos
}

// setOutputs checks a list of output names.
func (d *drvBuilder) setOutputs(names []string) error {
	seen := map[string]bool{}
	for _, n := range names {
		if seen[n] {
			return eval.Errorf(eval.EvalError, d.posName, "duplicate derivation output '%s'", n)
		}
		if n == "drv" {
			return eval.Errorf(eval.EvalError, d.posName, "invalid derivation output name 'drv'")
		}
		seen[n] = true
	}
	if len(names) == 0 {
		return eval.Errorf(eval.EvalError, d.posName, "derivation cannot have an empty set of outputs")
	}
	d.outputs = names
	return nil
}

func (d *drvBuilder) setHashMode(s string) error {
	var mth store.Method
	switch s {
	case "recursive":
		mth = store.Recursive
	case "flat":
		mth = store.Flat
	default:
		return eval.Errorf(eval.EvalError, d.posName, "invalid value '%s' for 'outputHashMode' attribute", s)
	}
	d.method = &mth
	return nil
}

// experimental is the error for features Nix 2.8 keeps behind a disabled
// experimental flag.
func experimental(feature string) error {
	return eval.Errorf(eval.EvalError, ast.Pos{}, "experimental Nix feature '%s' is disabled; use '--extra-experimental-features %s' to override", feature, feature)
}

// primDerivationStrict instantiates a derivation: it returns { drvPath;
// OUTPUT = path; ... }, strings whose context makes other derivations
// depend on this one.
func (st *drvState) primDerivationStrict(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	attrs, err := m.ForceAttrs(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	nameAttr, err := m.RequireAttr(attrs, "name", "derivationStrict", pos)
	if err != nil {
		return eval.Value{}, err
	}
	d := &drvBuilder{posName: attrPosOr(nameAttr, pos), outputs: []string{"out"}}
	name, err := m.ForceStringNoCtx(nameAttr.Value, pos)
	if err != nil {
		return eval.Value{}, eval.AddTrace(err, d.posName, "while evaluating the derivation attribute 'name'")
	}
	d.drv = store.Derivation{Name: name, Env: map[string]string{}, InputDrvs: map[string][]string{}}

	structured := false
	if v, ok := attrs.GetString(attrStructuredAttrs); ok {
		if structured, err = m.ForceBool(v, pos); err != nil {
			return eval.Value{}, err
		}
	}
	ignoreNulls := false
	if v, ok := attrs.GetString(attrIgnoreNulls); ok {
		if ignoreNulls, err = m.ForceBool(v, pos); err != nil {
			return eval.Value{}, err
		}
	}

	var json strings.Builder
	json.WriteByte('{')
	attrs.Sorted(func(a *eval.Attr) bool {
		key := a.Name.String()
		if key == attrIgnoreNulls {
			return true
		}
		if err = d.attr(m, pos, a, key, ignoreNulls, structured, &json); err != nil {
			err = eval.AddTrace(err, d.posName, "while evaluating the attribute '"+key+"' of the derivation '"+name+"'")
			return false
		}
		return true
	})
	if err != nil {
		return eval.Value{}, err
	}
	if structured {
		json.WriteByte('}')
		d.drv.Env["__json"] = json.String()
	}
	return st.instantiate(m, d)
}

// attr processes one attribute of derivationStrict's argument.
func (d *drvBuilder) attr(m *eval.Machine, pos ast.Pos, a *eval.Attr, key string, ignoreNulls, structured bool, json *strings.Builder) error {
	if ignoreNulls {
		v, err := m.ForceAttr(a, pos)
		if err != nil {
			return err
		}
		if v.Type() == eval.TypeNull {
			return nil
		}
	}
	switch key {
	case attrContentAddressed, attrImpure:
		on, err := m.ForceBool(a.Value, pos)
		if err != nil || !on {
			return err
		}
		if key == attrImpure {
			return experimental("impure-derivations")
		}
		return experimental("ca-derivations")
	case "args":
		elems, err := m.ForceList(a.Value, pos)
		if err != nil {
			return err
		}
		for _, e := range elems {
			s, ctx, err := m.CoerceToString(d.posName, e, eval.CoerceOptions{More: true, CopyToStore: true})
			if err != nil {
				return err
			}
			d.ctx = d.ctx.Union(ctx)
			d.drv.Args = append(d.drv.Args, s)
		}
		return nil
	}
	if structured {
		return d.structuredAttr(m, pos, a, key, json)
	}
	s, ctx, err := m.CoerceToString(attrPosOr(a, pos), a.Value, eval.CoerceOptions{More: true, CopyToStore: true})
	if err != nil {
		return err
	}
	d.ctx = d.ctx.Union(ctx)
	d.drv.Env[key] = s
	switch key {
	case "builder":
		d.drv.Builder = s
	case "system":
		d.drv.Platform = s
	case "outputHash":
		d.outputHash = &s
	case "outputHashAlgo":
		d.outputHashAlgo = s
	case "outputHashMode":
		return d.setHashMode(s)
	case "outputs":
		return d.setOutputs(strings.Fields(s))
	}
	return nil
}

// structuredAttr adds an attribute to the __json environment variable
// (__structuredAttrs = true), reading the special ones without coercion.
func (d *drvBuilder) structuredAttr(m *eval.Machine, pos ast.Pos, a *eval.Attr, key string, json *strings.Builder) error {
	if key == attrStructuredAttrs {
		return nil
	}
	text, ctx, err := m.PrintJSON(a.Value, true, pos)
	if err != nil {
		return err
	}
	if json.Len() > 1 {
		json.WriteByte(',')
	}
	eval.WriteJSONString(json, key)
	json.WriteByte(':')
	json.WriteString(text)
	d.ctx = d.ctx.Union(ctx)
	var s string
	switch key {
	case "builder":
		if s, ctx, err = m.ForceStringContext(a.Value, d.posName); err == nil {
			d.ctx = d.ctx.Union(ctx)
			d.drv.Builder = s
		}
	case "system":
		if s, err = m.ForceStringNoCtx(a.Value, d.posName); err == nil {
			d.drv.Platform = s
		}
	case "outputHash":
		if s, err = m.ForceStringNoCtx(a.Value, d.posName); err == nil {
			d.outputHash = &s
		}
	case "outputHashAlgo":
		d.outputHashAlgo, err = m.ForceStringNoCtx(a.Value, d.posName)
	case "outputHashMode":
		if s, err = m.ForceStringNoCtx(a.Value, d.posName); err == nil {
			err = d.setHashMode(s)
		}
	case "outputs":
		var elems []eval.Value
		if elems, err = m.ForceList(a.Value, d.posName); err != nil {
			return err
		}
		names := make([]string, len(elems))
		for i, e := range elems {
			if names[i], err = m.ForceStringNoCtx(e, d.posName); err != nil {
				return err
			}
		}
		err = d.setOutputs(names)
	}
	return err
}

// instantiate computes the derivation's paths from what the attributes
// gave, and builds derivationStrict's result.
func (st *drvState) instantiate(m *eval.Machine, d *drvBuilder) (eval.Value, error) {
	drv := &d.drv
	for _, c := range d.ctx {
		p, out := decodeContextElem(c)
		switch out {
		case "=":
			// CppNix needs the closure of the .drv file from the store.
			return eval.Value{}, eval.Errorf(eval.EvalError, ast.Pos{}, "path '%s' is not valid", p)
		case "":
			drv.InputSrcs = append(drv.InputSrcs, p)
		default:
			drv.InputDrvs[p] = append(drv.InputDrvs[p], out)
		}
	}
	if drv.Builder == "" {
		return eval.Value{}, eval.Errorf(eval.EvalError, d.posName, "required attribute 'builder' missing")
	}
	if drv.Platform == "" {
		return eval.Value{}, eval.Errorf(eval.EvalError, d.posName, "required attribute 'system' missing")
	}
	if store.IsDerivation(drv.Name) {
		return eval.Value{}, eval.Errorf(eval.EvalError, d.posName, "derivation names are not allowed to end in '%s'", store.DrvExtension)
	}
	drv.Outputs = map[string]store.Output{}
	if d.outputHash != nil {
		if len(d.outputs) != 1 || d.outputs[0] != "out" {
			return eval.Value{}, eval.Errorf(eval.EvalError, d.posName, "multiple outputs are not supported in fixed-output derivations")
		}
		algo, _ := store.ParseHashAlgo(d.outputHashAlgo)
		h, err := parseHashAllowEmpty(m, *d.outputHash, algo)
		if err != nil {
			return eval.Value{}, storeError(err, ast.Pos{})
		}
		method := store.Flat
		if d.method != nil {
			method = *d.method
		}
		drv.Outputs["out"] = store.Output{Kind: store.Fixed, Method: method, Hash: h}
	} else {
		for _, o := range d.outputs {
			drv.Outputs[o] = store.Output{}
		}
	}
	if err := drv.ComputeOutputs(st.inputHash); err != nil {
		return eval.Value{}, storeError(err, ast.Pos{})
	}
	drvPath, err := drv.DrvPath()
	if err != nil {
		return eval.Value{}, storeError(err, ast.Pos{})
	}
	h, err := drv.HashModulo(false, st.inputHash)
	if err != nil {
		return eval.Value{}, storeError(err, ast.Pos{})
	}
	st.remember(drvPath, h)

	b := eval.NewAttrsBuilder(1 + len(drv.Outputs))
	b.AddString("drvPath", eval.NewStringWithContext(drvPath, eval.Context{"=" + drvPath}), nil)
	names := make([]string, 0, len(drv.Outputs))
	for o := range drv.Outputs {
		names = append(names, o)
	}
	sort.Strings(names)
	for _, o := range names {
		b.AddString(o, eval.NewStringWithContext(drv.Outputs[o].Path, eval.Context{"!" + o + "!" + drvPath}), nil)
	}
	return eval.NewAttrs(b.Finish()), nil
}
