package store

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Every expected value here was printed by CppNix 2.8
// (nix-instantiate --eval --readonly-mode --store dummy://, or nix-hash
// --to-base32).

func TestBase32(t *testing.T) {
	h := HashString(SHA1, "")
	if got, want := h.Nix32(), "143xibwh31h9bvxzalr0sjvbbvpa6ffs"; got != want {
		t.Errorf("Nix32(sha1 \"\") = %s, want %s", got, want)
	}
	back, err := DecodeBase32(h.Nix32(), 20)
	if err != nil || !bytes.Equal(back, h.Digest) {
		t.Errorf("DecodeBase32 round trip: %x, %v", back, err)
	}
	for _, bad := range []string{"e", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"} {
		if _, err := DecodeBase32(bad, 20); err == nil {
			t.Errorf("DecodeBase32(%q) succeeded", bad)
		}
	}
}

func TestParseHash(t *testing.T) {
	const hex = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
	const sri = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
	for _, in := range []struct {
		s    string
		algo HashAlgo
	}{
		{hex, SHA256},
		{"sha256:" + hex, 0},
		{sri, 0},
		{"sha256:0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73", 0},
		{"47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", SHA256},
	} {
		h, err := ParseHash(in.s, in.algo)
		if err != nil {
			t.Errorf("ParseHash(%q): %v", in.s, err)
			continue
		}
		if h.Base16() != hex || h.SRI() != sri {
			t.Errorf("ParseHash(%q) = %s / %s", in.s, h.Base16(), h.SRI())
		}
	}
	for _, in := range []struct {
		s    string
		algo HashAlgo
		msg  string
	}{
		{hex, 0, "does not include a type"},
		{"sha1:" + hex, SHA256, "should have type 'sha256'"},
		{"sha3:abc", 0, "unknown hash algorithm 'sha3'"},
		{"abc", SHA256, "has wrong length for hash type 'sha256'"},
		{strings.Repeat("g", 64), SHA256, "invalid base-16 hash"},
	} {
		if _, err := ParseHash(in.s, in.algo); err == nil || !strings.Contains(err.Error(), in.msg) {
			t.Errorf("ParseHash(%q): error %v, want %q", in.s, err, in.msg)
		}
	}
}

func TestPathToStore(t *testing.T) {
	dir := "../../testdata/builtins"
	for _, c := range []struct{ path, want string }{
		{"json/toJSON-path.nix", "/nix/store/8l1qmk9wfdkx6h7i90l00x0ygcc7z9vg-toJSON-path.nix"},
		{"paths/_fixtures/hello.txt", "/nix/store/xrabnx1r49hn890prhx86h6iyn19p976-hello.txt"},
		// A directory with a symlink, a hidden file and a subdirectory.
		{"paths/_fixtures/tree", "/nix/store/rnkk3nhsfx99x70s52mn1qwc0011jxny-tree"},
	} {
		p := filepath.Join(dir, c.path)
		got, err := PathToStore(p, filepath.Base(p))
		if err != nil || got != c.want {
			t.Errorf("PathToStore(%s) = %s, %v; want %s", c.path, got, err, c.want)
		}
	}
	if _, err := PathToStore(filepath.Join(dir, "no-such-file"), "x"); err == nil ||
		!strings.Contains(err.Error(), "getting status of") || !strings.Contains(err.Error(), "No such file or directory") {
		t.Errorf("missing file: %v", err)
	}
}

func TestExecutableAndFilter(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, "b"), []byte("x"), 0o755)
	var plain, exec bytes.Buffer
	WriteNAR(&plain, filepath.Join(dir, "a"), nil)
	WriteNAR(&exec, filepath.Join(dir, "b"), nil)
	if !bytes.Contains(exec.Bytes(), []byte("executable")) || bytes.Contains(plain.Bytes(), []byte("executable")) {
		t.Error("the executable bit is not serialised")
	}
	onlyA := func(p string, _ os.FileInfo) (bool, error) { return filepath.Base(p) == "a", nil }
	filtered, err := HashPath(dir, onlyA)
	if err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(dir, "b"))
	unfiltered, _ := HashPath(dir, nil)
	if filtered.Base16() != unfiltered.Base16() {
		t.Error("a filtered-out entry changed the NAR hash")
	}
}

func TestStoreNames(t *testing.T) {
	h := HashString(SHA256, "x")
	if _, err := MakeStorePath("source", h, "bad name"); err == nil || !strings.Contains(err.Error(), "contains illegal character ' '") {
		t.Errorf("bad name: %v", err)
	}
	if _, err := MakeStorePath("source", h, ""); err == nil {
		t.Error("empty name accepted")
	}
	if got, want := HashPlaceholder("out"), "/1rz4g4znpzjwh1xymhjpm42vipw92pr73vdgl6xs1hycac8kf2n9"; got != want {
		t.Errorf("HashPlaceholder(out) = %s, want %s", got, want)
	}
	if p, err := TextPath("a", "hello", nil); err != nil || p != "/nix/store/vmg5na96ajnh1v932j9jdzfc3022vbh9-a" {
		t.Errorf("TextPath = %s, %v", p, err)
	}
	for p, ok := range map[string]bool{
		"/nix/store/vmg5na96ajnh1v932j9jdzfc3022vbh9-a":  true,
		"/nix/store/vmg5na96ajnh1v932j9jdzfc3022vbh9-a/": true,
		"/nix/store/vmg5na96ajnh1v932j9jdzfc3022vbh9":    false,
		"/nix/store/emg5na96ajnh1v932j9jdzfc3022vbh9-a":  false,
		"/tmp/vmg5na96ajnh1v932j9jdzfc3022vbh9-a":        false,
	} {
		if IsStorePath(p) != ok {
			t.Errorf("IsStorePath(%s) = %v", p, !ok)
		}
	}
}

// drv builds a derivation the way derivationStrict does.
func drv(t *testing.T, name string, env map[string]string, outputs []string, inputs map[string][]string, known map[string]DrvHash) *Derivation {
	t.Helper()
	d := &Derivation{Name: name, Outputs: map[string]Output{}, InputDrvs: inputs, Platform: env["system"], Builder: env["builder"], Env: env}
	for _, o := range outputs {
		d.Outputs[o] = Output{}
	}
	lookup := func(p string) (DrvHash, error) { return known[p], nil }
	if err := d.ComputeOutputs(lookup); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestDerivationPaths(t *testing.T) {
	known := map[string]DrvHash{}
	env := func(name string) map[string]string {
		return map[string]string{"name": name, "system": "x86_64-linux", "builder": "/bin/sh"}
	}
	hello := drv(t, "hello", env("hello"), []string{"out"}, nil, known)
	dp, err := hello.DrvPath()
	if err != nil || dp != "/nix/store/x0sj6ynccvc1a8kxr8fifnlf7qlxw6hd-hello.drv" || hello.Outputs["out"].Path != "/nix/store/pnwh4xsfs4j508bs9iw6bpkyc4zw6ryx-hello" {
		t.Errorf("hello: %s %s %v", dp, hello.Outputs["out"].Path, err)
	}

	e := env("strict")
	e["outputs"] = "out doc"
	multi := drv(t, "strict", e, []string{"out", "doc"}, nil, known)
	if multi.Outputs["doc"].Path != "/nix/store/hnmx2ppwk337kk7pl1nr5kcx73c3knrg-strict-doc" {
		t.Errorf("strict-doc: %s", multi.Outputs["doc"].Path)
	}

	a := drv(t, "a", env("a"), []string{"out"}, nil, known)
	ap, _ := a.DrvPath()
	if known[ap], err = a.HashModulo(false, nil); err != nil {
		t.Fatal(err)
	}
	be := env("b")
	be["dep"] = a.Outputs["out"].Path
	b := drv(t, "b", be, []string{"out"}, map[string][]string{ap: {"out"}}, known)
	bp, _ := b.DrvPath()
	if bp != "/nix/store/g2wnwbbdkb6ww7124j7y0a2zhrfxs714-b.drv" || b.Outputs["out"].Path != "/nix/store/y5rzqdqhkh912mnfjdwsl96x6c2mq8hg-b" {
		t.Errorf("b: %s %s", bp, b.Outputs["out"].Path)
	}
}

func TestFixedOutput(t *testing.T) {
	h, _ := ParseHash("sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", SHA256)
	d := &Derivation{Name: "f", Platform: "x86_64-linux", Builder: "/bin/sh",
		Outputs: map[string]Output{"out": {Kind: Fixed, Method: Recursive, Hash: h}},
		Env: map[string]string{"name": "f", "system": "x86_64-linux", "builder": "/bin/sh",
			"outputHash": "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", "outputHashMode": "recursive"}}
	if err := d.ComputeOutputs(nil); err != nil {
		t.Fatal(err)
	}
	dp, _ := d.DrvPath()
	if d.Outputs["out"].Path != "/nix/store/f66gffbbljx7hpk8xw2f4ylk355g52as-f" || dp != "/nix/store/kz8r4n8jyzx1j9lfjdgk3mc68g6mv9w2-f.drv" {
		t.Errorf("fixed recursive: %s %s", d.Outputs["out"].Path, dp)
	}

	// A flat sha1 fixed-output derivation used by another one, whose
	// builder arguments need escaping.
	h1, _ := ParseHash("da39a3ee5e6b4b0d3255bfef95601890afd80709", SHA1)
	g := &Derivation{Name: "g", Platform: "x86_64-linux", Builder: "/bin/sh",
		Outputs: map[string]Output{"out": {Kind: Fixed, Method: Flat, Hash: h1}},
		Env: map[string]string{"name": "g", "system": "x86_64-linux", "builder": "/bin/sh",
			"outputHash": "da39a3ee5e6b4b0d3255bfef95601890afd80709", "outputHashAlgo": "sha1"}}
	g.ComputeOutputs(nil)
	gp, _ := g.DrvPath()
	if g.Outputs["out"].Path != "/nix/store/q66v39z8mwyi4wgf9dw2n5dcfc24v4lp-g" || gp != "/nix/store/wfy3sq166vbskprwf54cmjmcsbna12xq-g.drv" {
		t.Errorf("fixed flat: %s %s", g.Outputs["out"].Path, gp)
	}
	gh, _ := g.HashModulo(false, nil)
	e := &Derivation{Name: "e", Platform: "x86_64-linux", Builder: "/bin/sh", Args: []string{"-c", "a\"b\\c\nd"},
		Outputs:   map[string]Output{"out": {}},
		InputDrvs: map[string][]string{gp: {"out"}},
		Env: map[string]string{"name": "e", "system": "x86_64-linux", "builder": "/bin/sh",
			"src": g.Outputs["out"].Path}}
	if err := e.ComputeOutputs(func(string) (DrvHash, error) { return gh, nil }); err != nil {
		t.Fatal(err)
	}
	ep, _ := e.DrvPath()
	if e.Outputs["out"].Path != "/nix/store/d03zk5qhxlgxpdbfwg8w3rkn7ih6jjbl-e" || ep != "/nix/store/0g1sz11rd9j386d94x3l591yknkmp8q0-e.drv" {
		t.Errorf("e: %s %s", e.Outputs["out"].Path, ep)
	}
}
