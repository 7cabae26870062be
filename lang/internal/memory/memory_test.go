package memory

import (
	"testing"
	"unsafe"
)

// Preparing fresh memory for writing leaves it as it was (all zero), up to
// its last byte and not past it, whatever its size.
func TestPrepareForWrite(t *testing.T) {
	for _, size := range []int{1, 100, pageSize - 1, pageSize, pageSize + 1, 5*pageSize + 17} {
		b := make([]byte, size+1)
		b[size] = 0xAA // just past the prepared bytes
		PrepareForWrite(unsafe.Pointer(&b[0]), uintptr(size))
		for i, c := range b[:size] {
			if c != 0 {
				t.Fatalf("size %d: byte %d is %#x", size, i, c)
			}
		}
		if b[size] != 0xAA {
			t.Fatalf("size %d: the byte after was written", size)
		}
	}
	PrepareForWrite(nil, 0)
}
