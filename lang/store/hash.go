package store

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"os"
	"strings"
)

// HashAlgo is one of the hash algorithms Nix knows.
type HashAlgo uint8

// The algorithms, by the names Nix gives them.
const (
	MD5 HashAlgo = iota + 1
	SHA1
	SHA256
	SHA512
)

// String is the algorithm's name in Nix ("sha256").
func (a HashAlgo) String() string {
	switch a {
	case MD5:
		return "md5"
	case SHA1:
		return "sha1"
	case SHA256:
		return "sha256"
	case SHA512:
		return "sha512"
	}
	return "unknown"
}

// Size is the length of a digest in bytes.
func (a HashAlgo) Size() int {
	switch a {
	case MD5:
		return md5.Size
	case SHA1:
		return sha1.Size
	case SHA256:
		return sha256.Size
	case SHA512:
		return sha512.Size
	}
	return 0
}

// New returns a hash.Hash computing the algorithm.
func (a HashAlgo) New() hash.Hash {
	switch a {
	case MD5:
		return md5.New()
	case SHA1:
		return sha1.New()
	case SHA512:
		return sha512.New()
	}
	return sha256.New()
}

// ParseHashAlgo returns the algorithm called name ("md5", "sha1",
// "sha256", "sha512"; case matters), or false.
func ParseHashAlgo(name string) (HashAlgo, bool) {
	switch name {
	case "md5":
		return MD5, true
	case "sha1":
		return SHA1, true
	case "sha256":
		return SHA256, true
	case "sha512":
		return SHA512, true
	}
	return 0, false
}

// UnknownAlgoError is CppNix's message for an algorithm name it does not
// know.
func UnknownAlgoError(name string) error {
	return fmt.Errorf("unknown hash algorithm '%s'", name)
}

// Hash is a digest together with its algorithm.
type Hash struct {
	Algo   HashAlgo
	Digest []byte
}

// HashString hashes s with algo.
func HashString(algo HashAlgo, s string) Hash {
	h := algo.New()
	h.Write([]byte(s))
	return Hash{Algo: algo, Digest: h.Sum(nil)}
}

// Base16 is the digest in lower-case hexadecimal.
func (h Hash) Base16() string { return hex.EncodeToString(h.Digest) }

// Nix32 is the digest in Nix's base-32 notation.
func (h Hash) Nix32() string { return EncodeBase32(h.Digest) }

// Base64 is the digest in standard, padded base 64.
func (h Hash) Base64() string { return base64.StdEncoding.EncodeToString(h.Digest) }

// SRI is the digest as a Subresource Integrity string, "sha256-BASE64".
func (h Hash) SRI() string { return h.Algo.String() + "-" + h.Base64() }

// ParseHash reads a hash in any notation Nix accepts: "ALGO:DIGEST" with
// DIGEST in base 16, Nix base 32 or base 64 (told apart by length), an SRI
// string "ALGO-BASE64", or a bare DIGEST when algo is known (0 means not
// known). The messages are CppNix's.
func ParseHash(s string, algo HashAlgo) (Hash, error) {
	rest := s
	var parsed HashAlgo
	sri := false
	prefix, after, found := strings.Cut(rest, ":")
	if !found {
		prefix, after, found = strings.Cut(rest, "-")
		sri = found
	}
	if found {
		a, ok := ParseHashAlgo(prefix)
		if !ok {
			return Hash{}, UnknownAlgoError(prefix)
		}
		parsed, rest = a, after
	}
	switch {
	case parsed == 0 && algo == 0:
		return Hash{}, fmt.Errorf("hash '%s' does not include a type, nor is the type otherwise known from context", rest)
	case parsed != 0 && algo != 0 && parsed != algo:
		return Hash{}, fmt.Errorf("hash '%s' should have type '%s'", s, algo)
	case parsed != 0:
		algo = parsed
	}
	return parseDigest(rest, algo, sri)
}

// parseDigest decodes the digest part of a hash; its notation follows from
// its length, except for SRI strings, which are always base 64.
func parseDigest(rest string, algo HashAlgo, sri bool) (Hash, error) {
	size := algo.Size()
	h := Hash{Algo: algo}
	switch {
	case !sri && len(rest) == 2*size:
		d, err := hex.DecodeString(rest)
		if err != nil {
			return Hash{}, fmt.Errorf("invalid base-16 hash '%s'", rest)
		}
		h.Digest = d
	case !sri && len(rest) == Base32Len(size):
		d, err := DecodeBase32(rest, size)
		if err != nil {
			return Hash{}, fmt.Errorf("invalid base-32 hash '%s'", rest)
		}
		h.Digest = d
	case sri || len(rest) == base64.StdEncoding.EncodedLen(size):
		d, err := decodeBase64(rest)
		if err != nil {
			return Hash{}, err
		}
		if len(d) != size {
			kind := "base-64"
			if sri {
				kind = "SRI"
			}
			return Hash{}, fmt.Errorf("invalid %s hash '%s'", kind, rest)
		}
		h.Digest = d
	default:
		return Hash{}, fmt.Errorf("hash '%s' has wrong length for hash type '%s'", rest, algo)
	}
	return h, nil
}

// decodeBase64 decodes like CppNix: it stops at the first '=', skips
// newlines and rejects other characters outside the alphabet.
func decodeBase64(s string) ([]byte, error) {
	const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	var out []byte
	var d, bits uint
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '=' {
			break
		}
		if c == '\n' {
			continue
		}
		digit := strings.IndexByte(chars, c)
		if digit < 0 {
			return nil, fmt.Errorf("invalid character in Base64 string: '%s'", s[i:i+1])
		}
		bits += 6
		d = d<<6 | uint(digit)
		if bits >= 8 {
			out = append(out, byte(d>>(bits-8)))
			bits -= 8
		}
	}
	return out, nil
}

// HashFile hashes the contents of the file at path, with CppNix's messages
// when it cannot be read ("reading from file: Is a directory").
func HashFile(algo HashAlgo, path string) (Hash, error) {
	f, err := os.Open(path)
	if err != nil {
		return Hash{}, SysError("opening file", path, err)
	}
	defer f.Close()
	h := algo.New()
	if _, err := io.Copy(h, f); err != nil {
		return Hash{}, fmt.Errorf("reading from file: %s", ErrnoText(err))
	}
	return Hash{Algo: algo, Digest: h.Sum(nil)}, nil
}

// hashFile is the flat SHA-256 of a file, for fixed-output paths.
func hashFile(path string) (Hash, error) { return HashFile(SHA256, path) }
