// Package memory helps the parser and the file reader put large arrays in
// memory cheaply. A parse of a large file builds hundreds of megabytes of
// tree in a few hundred milliseconds, and on Linux each fresh page costs a
// fault when first touched: these helpers make the faults fewer (huge
// pages) and cheaper (a first touch that writes).
package memory

import "unsafe"

// pageSize is the smallest page of the systems ovl runs on.
const pageSize = 4096

// PrepareForWrite readies size bytes at start, memory fresh from the
// allocator and all zero, for being written. On Linux a page whose first
// touch is a read is mapped to the shared zero page, and the write that
// follows faults again and makes the kernel interrupt every other core
// running the process to flush its TLB; Go reads before it writes more
// often than it seems (the nil check of a pointer returned by a call).
// Writing a zero into each page first makes one plain fault of it.
func PrepareForWrite(start unsafe.Pointer, size uintptr) {
	if size == 0 {
		return
	}
	b := unsafe.Slice((*byte)(start), size)
	for i := 0; i < len(b); i += pageSize {
		b[i] = 0
	}
	b[len(b)-1] = 0
}
