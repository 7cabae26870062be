// Package store computes Nix store paths exactly as CppNix 2.8 does, without
// a store: nothing is ever written. It knows Nix's base-32 encoding, hashes
// in all the notations Nix accepts, the NAR serialisation of a file tree,
// the store path of a source file, a text file, a fixed-output or an
// input-addressed derivation output, and the ATerm serialisation of
// derivations with hashDerivationModulo.
//
// The package does not depend on the evaluator: errors are plain Go errors
// whose text is CppNix's message; callers attach positions.
package store

import "errors"

// base32Chars is Nix's base-32 alphabet: digits and lower-case letters
// without e, o, u and t.
const base32Chars = "0123456789abcdfghijklmnpqrsvwxyz"

// Base32Len is the length of the base-32 encoding of n bytes.
func Base32Len(n int) int { return (n*8-1)/5 + 1 }

// EncodeBase32 encodes b in Nix's base-32 notation. It is not RFC 4648:
// the bits are taken from the end of b, so that the string reads like a
// little-endian number.
func EncodeBase32(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	n := Base32Len(len(b))
	out := make([]byte, 0, n)
	for i := n - 1; i >= 0; i-- {
		bit := uint(i * 5)
		j, k := bit/8, bit%8
		c := uint(b[j]) >> k
		if j+1 < uint(len(b)) {
			c |= uint(b[j+1]) << (8 - k)
		}
		out = append(out, base32Chars[c&0x1f])
	}
	return string(out)
}

var errBase32 = errors.New("invalid base-32 string")

// DecodeBase32 decodes s, written in Nix's base-32 notation, into size
// bytes. It fails on a character outside the alphabet or on bits that do
// not fit in size bytes.
func DecodeBase32(s string, size int) ([]byte, error) {
	out := make([]byte, size)
	for n := 0; n < len(s); n++ {
		c := s[len(s)-n-1]
		digit := -1
		for d := 0; d < len(base32Chars); d++ {
			if base32Chars[d] == c {
				digit = d
				break
			}
		}
		if digit < 0 {
			return nil, errBase32
		}
		bit := n * 5
		i, j := bit/8, uint(bit%8)
		if i >= size {
			return nil, errBase32
		}
		out[i] |= byte(digit << j)
		carry := digit >> (8 - j)
		if i+1 < size {
			out[i+1] |= byte(carry)
		} else if carry != 0 {
			return nil, errBase32
		}
	}
	return out, nil
}
