package store

import (
	"crypto/sha256"
	"fmt"
	"path"
	"sort"
	"strings"
)

// Dir is the store directory all paths are computed for.
const Dir = "/nix/store"

// hashPartLen is the length of the base-32 hash part of a store path's
// base name (20 bytes).
const hashPartLen = 32

// DrvExtension ends the name of every derivation file.
const DrvExtension = ".drv"

// MakeStorePath is CppNix's makeStorePath: the store path for an object
// of the given type ("source", "text:REFS", "output:out") whose content
// hash is h, called name. The hash part is the SHA-256 of
// "TYPE:ALGO:HEX:STOREDIR:NAME" folded to 160 bits. An invalid name is an
// error mentioning the whole base name, as in CppNix.
func MakeStorePath(typ string, h Hash, name string) (string, error) {
	s := typ + ":" + h.Algo.String() + ":" + h.Base16() + ":" + Dir + ":" + name
	full := sha256.Sum256([]byte(s))
	var short [20]byte
	for i, b := range full {
		short[i%20] ^= b
	}
	base := EncodeBase32(short[:]) + "-" + name
	if err := checkName(base, name); err != nil {
		return "", err
	}
	return Dir + "/" + base, nil
}

// checkName applies Nix's rules for the name part of a store path.
func checkName(base, name string) error {
	if name == "" {
		return fmt.Errorf("store path '%s' has an empty name", base)
	}
	if len(name) > 211 {
		return fmt.Errorf("store path '%s' has a name longer than 211 characters", base)
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || strings.IndexByte("+-._?=", c) >= 0) {
			return fmt.Errorf("store path '%s' contains illegal character '%s'", base, name[i:i+1])
		}
	}
	return nil
}

// makeType appends the references (store paths, sorted) to a path type, as
// CppNix's makeType.
func makeType(typ string, refs []string) string {
	if len(refs) == 0 {
		return typ
	}
	sorted := append([]string(nil), refs...)
	sort.Strings(sorted)
	var b strings.Builder
	b.WriteString(typ)
	for i, r := range sorted {
		if i > 0 && r == sorted[i-1] {
			continue
		}
		b.WriteByte(':')
		b.WriteString(r)
	}
	return b.String()
}

// MakeTextPath is the store path of a text file (builtins.toFile, .drv
// files) whose SHA-256 is h and which refers to refs.
func MakeTextPath(name string, h Hash, refs []string) (string, error) {
	return MakeStorePath(makeType("text", refs), h, name)
}

// TextPath is the store path builtins.toFile gives the text s.
func TextPath(name, s string, refs []string) (string, error) {
	return MakeTextPath(name, HashString(SHA256, s), refs)
}

// Method says how a fixed-output path's content was hashed: the file
// itself (Flat) or its NAR (Recursive).
type Method uint8

// The ingestion methods.
const (
	Flat Method = iota
	Recursive
)

// prefix is CppNix's makeFileIngestionPrefix: "" or "r:".
func (m Method) prefix() string {
	if m == Recursive {
		return "r:"
	}
	return ""
}

// MakeFixedOutputPath is the store path of content with hash h, hashed with
// method: "source" paths for recursive SHA-256, else the "output:out" path
// of the fixed-output hash.
func MakeFixedOutputPath(method Method, h Hash, name string) (string, error) {
	if h.Algo == SHA256 && method == Recursive {
		return MakeStorePath("source", h, name)
	}
	inner := HashString(SHA256, "fixed:out:"+method.prefix()+h.Algo.String()+":"+h.Base16()+":")
	return MakeStorePath("output:out", inner, name)
}

// OutputPathName is the name of a derivation output's path: the
// derivation's name, plus "-OUTPUT" except for "out".
func OutputPathName(drvName, output string) string {
	if output == "out" {
		return drvName
	}
	return drvName + "-" + output
}

// MakeOutputPath is the store path of an input-addressed derivation's
// output, from the derivation's hash modulo (see HashModulo).
func MakeOutputPath(output string, drvHash Hash, drvName string) (string, error) {
	return MakeStorePath("output:"+output, drvHash, OutputPathName(drvName, output))
}

// PathToStore is the store path the file or directory at path is copied
// to when a Nix path is coerced to a string ("${./x}"), as
// `nix-instantiate --readonly-mode` computes it: the source path of the
// NAR's SHA-256, named name (Nix uses the path's base name). Nothing is
// copied.
func PathToStore(path, name string) (string, error) {
	return FilteredPathToStore(path, name, Recursive, nil)
}

// FilteredPathToStore is PathToStore with a filter and a method, for
// builtins.path and builtins.filterSource. Flat hashes the file's bytes
// and applies only to regular files.
func FilteredPathToStore(path, name string, method Method, filter Filter) (string, error) {
	var h Hash
	if method == Recursive {
		var err error
		if h, err = HashPath(path, filter); err != nil {
			return "", err
		}
	} else {
		var err error
		if h, err = hashFile(path); err != nil {
			return "", err
		}
	}
	return MakeFixedOutputPath(method, h, name)
}

// IsStorePath reports whether p is a path directly inside the store with a
// well-formed base name (CppNix's isStorePath).
func IsStorePath(p string) bool {
	_, err := ParseStorePath(p)
	return err == nil
}

// ParseStorePath checks that p names an object in the store (after
// canonicalising it) and returns its canonical form.
func ParseStorePath(p string) (string, error) {
	c := path.Clean(p)
	if !strings.HasPrefix(p, "/") || path.Dir(c) != Dir {
		return "", fmt.Errorf("path '%s' is not in the Nix store", c)
	}
	base := path.Base(c)
	if len(base) < hashPartLen+1 {
		return "", fmt.Errorf("'%s' is too short to be a valid store path", base)
	}
	for i := 0; i < hashPartLen; i++ {
		if strings.IndexByte(base32Chars, base[i]) < 0 {
			return "", fmt.Errorf("store path '%s' contains illegal base-32 character '%s'", base, base[i:i+1])
		}
	}
	if err := checkName(base, base[hashPartLen+1:]); err != nil {
		return "", err
	}
	return c, nil
}

// ToStorePath returns the store path that p is in or below
// ("/nix/store/abc-x/bin/sh" gives "/nix/store/abc-x").
func ToStorePath(p string) (string, error) {
	if !strings.HasPrefix(p, Dir+"/") {
		return "", fmt.Errorf("path '%s' is not in the Nix store", p)
	}
	rest := p[len(Dir)+1:]
	if i := strings.IndexByte(rest, '/'); i >= 0 {
		rest = rest[:i]
	}
	return ParseStorePath(Dir + "/" + rest)
}

// IsDerivation reports whether a store path or name is a derivation file.
func IsDerivation(p string) bool { return strings.HasSuffix(p, DrvExtension) }

// HashPlaceholder is the placeholder for a derivation output
// (builtins.placeholder): "/" and the Nix base-32 SHA-256 of
// "nix-output:OUTPUT".
func HashPlaceholder(output string) string {
	return "/" + HashString(SHA256, "nix-output:"+output).Nix32()
}
