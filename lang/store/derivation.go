package store

import (
	"fmt"
	"sort"
	"strings"

	"github.com/ovl-nix/ovl/lang/ast"
)

// OutputKind says how a derivation output's path is determined.
type OutputKind uint8

// The kinds of outputs ovl computes (CppNix 2.8 also has content-addressed
// floating and impure outputs, both experimental and disabled by default).
const (
	// Deferred: the path is not known yet (while hashing modulo).
	Deferred OutputKind = iota
	// InputAddressed: the path follows from the derivation's hash.
	InputAddressed
	// Fixed: the path follows from the declared content hash
	// (outputHash).
	Fixed
)

// Output is one output of a derivation.
type Output struct {
	Kind OutputKind
	// Path is the output's store path (InputAddressed and Fixed).
	Path string
	// Method and Hash are the declared content hash of a Fixed output.
	Method Method
	Hash   Hash
}

// methodAlgo is CppNix's printMethodAlgo: "r:sha256" or "sha1".
func (o Output) methodAlgo() string { return o.Method.prefix() + o.Hash.Algo.String() }

// Derivation is a store derivation, the content of a .drv file.
type Derivation struct {
	Name    string
	Outputs map[string]Output
	// InputDrvs maps the store path of each input derivation to the names
	// of the outputs used.
	InputDrvs map[string][]string
	// InputSrcs are the store paths of the sources used.
	InputSrcs []string
	Platform  string
	Builder   string
	Args      []string
	Env       map[string]string
}

// IsFixedOutput reports whether the derivation is a fixed-output one.
func (d *Derivation) IsFixedOutput() bool {
	if len(d.Outputs) == 0 {
		return false
	}
	for _, o := range d.Outputs {
		if o.Kind != Fixed {
			return false
		}
	}
	return true
}

// Unparse returns the derivation in Nix's ATerm notation, the content of
// its .drv file. With maskOutputs, output paths and the environment
// variables named after outputs are left empty; actualInputs, when not nil,
// replaces the input derivations (as hashDerivationModulo does).
func (d *Derivation) Unparse(maskOutputs bool, actualInputs map[string][]string) string {
	var b strings.Builder
	b.Grow(d.sizeHint())
	b.WriteString("Derive([")
	for i, name := range sortedKeys(d.Outputs) {
		if i > 0 {
			b.WriteByte(',')
		}
		o := d.Outputs[name]
		b.WriteByte('(')
		rawString(&b, name)
		path, algo, hash := "", "", ""
		switch o.Kind {
		case InputAddressed:
			path = o.Path
		case Fixed:
			path, algo, hash = o.Path, o.methodAlgo(), o.Hash.Base16()
		}
		if maskOutputs {
			path = ""
		}
		for _, s := range []string{path, algo, hash} {
			b.WriteByte(',')
			rawString(&b, s)
		}
		b.WriteByte(')')
	}
	b.WriteString("],[")
	inputs := d.InputDrvs
	if actualInputs != nil {
		inputs = actualInputs
	}
	for i, p := range sortedKeys(inputs) {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('(')
		rawString(&b, p)
		b.WriteByte(',')
		rawStrings(&b, sortedSet(inputs[p]))
		b.WriteByte(')')
	}
	b.WriteString("],")
	rawStrings(&b, sortedSet(d.InputSrcs))
	b.WriteByte(',')
	rawString(&b, d.Platform)
	b.WriteByte(',')
	ast.Quote(&b, d.Builder, ast.DollarNone)
	b.WriteString(",[")
	for i, a := range d.Args {
		if i > 0 {
			b.WriteByte(',')
		}
		ast.Quote(&b, a, ast.DollarNone)
	}
	b.WriteString("],[")
	for i, k := range sortedKeys(d.Env) {
		if i > 0 {
			b.WriteByte(',')
		}
		v := d.Env[k]
		if _, isOutput := d.Outputs[k]; maskOutputs && isOutput {
			v = ""
		}
		b.WriteByte('(')
		ast.Quote(&b, k, ast.DollarNone)
		b.WriteByte(',')
		ast.Quote(&b, v, ast.DollarNone)
		b.WriteByte(')')
	}
	b.WriteString("])")
	return b.String()
}

// sizeHint estimates the length of the ATerm, so that it is built
// without copying.
func (d *Derivation) sizeHint() int {
	n := 64 + len(d.Name) + len(d.Platform) + len(d.Builder)
	for name, o := range d.Outputs {
		n += len(name) + len(o.Path) + 100
	}
	for p, outs := range d.InputDrvs {
		n += len(p) + 8
		for _, o := range outs {
			n += len(o) + 3
		}
	}
	for _, p := range d.InputSrcs {
		n += len(p) + 3
	}
	for _, a := range d.Args {
		n += len(a) + 3
	}
	for k, v := range d.Env {
		n += len(k) + len(v) + 8
	}
	return n + n/8
}

// rawString writes s quoted but unescaped, as CppNix's
// printUnquotedString (for store paths, names and hashes).
func rawString(b *strings.Builder, s string) {
	b.WriteByte('"')
	b.WriteString(s)
	b.WriteByte('"')
}

func rawStrings(b *strings.Builder, ss []string) {
	b.WriteByte('[')
	for i, s := range ss {
		if i > 0 {
			b.WriteByte(',')
		}
		rawString(b, s)
	}
	b.WriteByte(']')
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// sortedSet returns ss sorted and without duplicates (a std::set).
func sortedSet(ss []string) []string {
	out := append([]string(nil), ss...)
	sort.Strings(out)
	n := 0
	for i, s := range out {
		if i == 0 || s != out[n-1] {
			out[n] = s
			n++
		}
	}
	return out[:n]
}

// DrvHash is the result of HashModulo: one hash per output.
type DrvHash map[string]Hash

// InputHashes looks up the DrvHash of an input derivation by its store
// path (CppNix's pathDerivationModulo, which ovl can only answer for
// derivations it has computed itself).
type InputHashes func(drvPath string) (DrvHash, error)

// HashModulo is CppNix's hashDerivationModulo: a fixed-output derivation
// hashes to its declared content (per output); any other derivation to the
// SHA-256 of its ATerm in which each input derivation is replaced by its
// own hash modulo, so that output paths do not depend on how fixed-output
// inputs were fetched.
func (d *Derivation) HashModulo(maskOutputs bool, inputs InputHashes) (DrvHash, error) {
	if d.IsFixedOutput() {
		res := DrvHash{}
		for name, o := range d.Outputs {
			res[name] = HashString(SHA256, "fixed:out:"+o.methodAlgo()+":"+o.Hash.Base16()+":"+o.Path)
		}
		return res, nil
	}
	actual := map[string][]string{}
	for p, outs := range d.InputDrvs {
		h, err := inputs(p)
		if err != nil {
			return nil, err
		}
		for _, out := range outs {
			oh, ok := h[out]
			if !ok {
				return nil, fmt.Errorf("derivation '%s' does not have an output named '%s'", p, out)
			}
			key := oh.Base16()
			actual[key] = append(actual[key], out)
		}
	}
	h := HashString(SHA256, d.Unparse(maskOutputs, actual))
	res := DrvHash{}
	for name := range d.Outputs {
		res[name] = h
	}
	return res, nil
}

// References are the store paths a .drv file refers to: its input sources
// and input derivations.
func (d *Derivation) References() []string {
	refs := append([]string(nil), d.InputSrcs...)
	for p := range d.InputDrvs {
		refs = append(refs, p)
	}
	return sortedSet(refs)
}

// DrvPath is the store path of the derivation's .drv file, as
// writeDerivation computes it in read-only mode.
func (d *Derivation) DrvPath() (string, error) {
	return TextPath(d.Name+DrvExtension, d.Unparse(false, nil), d.References())
}

// ComputeOutputs fills in the output paths of a derivation whose outputs
// are Deferred, or Fixed with their Method and Hash set, and sets the
// environment variable named after each output to its path, as CppNix's
// derivationStrict does: a fixed-output path follows from its hash; the
// others from the hash modulo of the derivation with those paths and
// variables empty.
func (d *Derivation) ComputeOutputs(inputs InputHashes) error {
	if d.IsFixedOutput() {
		for name, o := range d.Outputs {
			p, err := MakeFixedOutputPath(o.Method, o.Hash, OutputPathName(d.Name, name))
			if err != nil {
				return err
			}
			o.Path = p
			d.Outputs[name] = o
			d.Env[name] = p
		}
		return nil
	}
	for name := range d.Outputs {
		d.Outputs[name] = Output{Kind: Deferred}
		d.Env[name] = ""
	}
	h, err := d.HashModulo(true, inputs)
	if err != nil {
		return err
	}
	for _, name := range sortedKeys(d.Outputs) {
		p, err := MakeOutputPath(name, h[name], d.Name)
		if err != nil {
			return err
		}
		d.Outputs[name] = Output{Kind: InputAddressed, Path: p}
		d.Env[name] = p
	}
	return nil
}
