package eval

import (
	"bytes"
	"errors"
	"io"
	"os"
	"unsafe"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/internal/memory"
)

// maxValueBytes bounds the memory of any one string or list that
// evaluation builds. Doubling a string forty times asks for a terabyte:
// CppNix then fails with "out of memory", while the Go runtime kills the
// process when an allocation fails, with no message ovl can shape. So
// everything that builds a string or a list from others checks the size
// it is about to allocate against this bound first (CheckStringSize,
// CheckListSize). 256 MiB (a string of that many bytes, a list of 11
// million elements) is far above what Nix code builds, files of 100 MB
// included, and low enough that a builder growing up to it, its operands
// and the garbage it leaves fit in 4 GB of address space (ulimit -v),
// where a GiB did not. CppNix warns "dumping very large path" at the same
// size.
const maxValueBytes = 1 << 28

// valueBytes is the size of one list element.
const valueBytes = int(unsafe.Sizeof(Value{}))

// CheckStringSize returns CppNix's "out of memory" error, at pos, when a
// string of n bytes would be over the size bound of one value; callers
// check before they allocate. A negative n (an overflowed sum) is over.
func (m *Machine) CheckStringSize(pos ast.Pos, n int) error {
	if n < 0 || n > m.maxValueBytes {
		return outOfMemory(pos)
	}
	return nil
}

// CheckListSize is CheckStringSize for a list of n elements.
func (m *Machine) CheckListSize(pos ast.Pos, n int) error {
	if n < 0 || n > m.maxValueBytes/valueBytes {
		return outOfMemory(pos)
	}
	return nil
}

// ReadAll reads r to its end, as io.ReadAll does, unless it holds more
// than a string may (a huge file, /dev/zero, endless standard input):
// that is the "out of memory" error at pos, before memory fills up.
// Other errors are the reader's.
func (m *Machine) ReadAll(pos ast.Pos, r io.Reader) ([]byte, error) {
	b, err := readBounded(r, m.maxValueBytes)
	if err == errTooBig {
		return nil, outOfMemory(pos)
	}
	return b, err
}

// ReadSource reads source text to parse from r (standard input), with
// the bound of ReadAll; past it, the error is "out of memory".
func ReadSource(r io.Reader) ([]byte, error) {
	b, err := readBounded(r, maxValueBytes)
	if err == errTooBig {
		return nil, outOfMemory(noPos)
	}
	return b, err
}

var errTooBig = errors.New("too big")

func readBounded(r io.Reader, limit int) ([]byte, error) {
	var b bytes.Buffer
	if f, ok := r.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
			if st.Size() > int64(limit) {
				return nil, errTooBig
			}
			whole, err := readSized(f, int(st.Size()))
			if err != nil || len(whole) <= int(st.Size()) {
				return whole, err
			}
			// The file grew while it was read: go on as for a pipe.
			b = *bytes.NewBuffer(whole)
		}
	}
	if _, err := b.ReadFrom(io.LimitReader(r, int64(limit-b.Len())+1)); err != nil {
		return nil, err
	}
	if b.Len() > limit {
		return nil, errTooBig
	}
	return b.Bytes(), nil
}

// readSized reads f, whose size is known, into one array of that size
// plus one byte, the room for seeing that the file ended (or grew). A
// bytes.Buffer would clear its array before reading into it: on a large
// source that doubles what the read costs.
func readSized(f *os.File, size int) ([]byte, error) {
	buf := make([]byte, size+1)
	memory.AdviseHugePages(unsafe.Pointer(unsafe.SliceData(buf)), uintptr(len(buf)))
	n := 0
	for n < len(buf) {
		k, err := f.Read(buf[n:])
		n += k
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	return buf[:n], nil
}

// outOfMemory is CppNix's message when an allocation fails (it prints it
// without a position; ovl tells where). tryEval does not catch it.
func outOfMemory(pos ast.Pos) *Error {
	return Errorf(EvalError, pos, "out of memory")
}
