package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"
	"syscall"
)

// Filter decides whether a directory entry (its full path and its lstat
// information) goes into a NAR; the root itself is never filtered. A
// filter error aborts the serialisation and is returned unchanged.
type Filter func(path string, info fs.FileInfo) (bool, error)

// WriteNAR writes the Nix archive (NAR) of the file tree at path to w, as
// CppNix's dumpPath: regular files (executable when the owner may execute
// them), symbolic links (not followed) and directories with their entries
// in byte order. filter may be nil.
func WriteNAR(w io.Writer, path string, filter Filter) error {
	nw := &narWriter{w: w}
	nw.str("nix-archive-1")
	if err := nw.node(path, filter); err != nil {
		return err
	}
	return nw.err
}

// HashPath is the SHA-256 of the NAR of path (see WriteNAR).
func HashPath(path string, filter Filter) (Hash, error) {
	h := SHA256.New()
	if err := WriteNAR(h, path, filter); err != nil {
		return Hash{}, err
	}
	return Hash{Algo: SHA256, Digest: h.Sum(nil)}, nil
}

type narWriter struct {
	w   io.Writer
	err error
}

var narPadding [8]byte

func (nw *narWriter) write(b []byte) {
	if nw.err == nil {
		_, nw.err = nw.w.Write(b)
	}
}

func (nw *narWriter) num(n uint64) {
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], n)
	nw.write(b[:])
}

func (nw *narWriter) pad(n uint64) {
	if r := n % 8; r != 0 {
		nw.write(narPadding[:8-r])
	}
}

// str writes a NAR string: its length, its bytes, zero padding to 8 bytes.
func (nw *narWriter) str(s string) {
	nw.num(uint64(len(s)))
	if nw.err == nil {
		_, nw.err = io.WriteString(nw.w, s)
	}
	nw.pad(uint64(len(s)))
}

func (nw *narWriter) node(path string, filter Filter) error {
	st, err := os.Lstat(path)
	if err != nil {
		return SysError("getting status of", path, err)
	}
	nw.str("(")
	nw.str("type")
	switch mode := st.Mode(); {
	case mode.IsRegular():
		nw.str("regular")
		if mode&0o100 != 0 {
			nw.str("executable")
			nw.str("")
		}
		if err := nw.contents(path, st.Size()); err != nil {
			return err
		}
	case mode.IsDir():
		nw.str("directory")
		names, err := readDirNames(path)
		if err != nil {
			return err
		}
		for _, name := range names {
			child := path + "/" + name
			if filter != nil {
				info, err := os.Lstat(child)
				if err != nil {
					return SysError("getting status of", child, err)
				}
				keep, err := filter(child, info)
				if err != nil {
					return err
				}
				if !keep {
					continue
				}
			}
			nw.str("entry")
			nw.str("(")
			nw.str("name")
			nw.str(name)
			nw.str("node")
			if err := nw.node(child, filter); err != nil {
				return err
			}
			nw.str(")")
		}
	case mode&fs.ModeSymlink != 0:
		target, err := os.Readlink(path)
		if err != nil {
			return SysError("reading symbolic link", path, err)
		}
		nw.str("symlink")
		nw.str("target")
		nw.str(target)
	default:
		return fmt.Errorf("file '%s' has an unsupported type", path)
	}
	nw.str(")")
	return nw.err
}

// contents streams a regular file of the given size.
func (nw *narWriter) contents(path string, size int64) error {
	nw.str("contents")
	f, err := os.Open(path)
	if err != nil {
		return SysError("opening file", path, err)
	}
	defer f.Close()
	nw.num(uint64(size))
	if nw.err != nil {
		return nw.err
	}
	n, err := io.CopyN(nw.w, f, size)
	if err != nil {
		if n < size && (err == io.EOF || err == io.ErrUnexpectedEOF) {
			return errors.New("unexpected end-of-file")
		}
		return SysError("reading file", path, err)
	}
	nw.pad(uint64(size))
	return nw.err
}

// readDirNames lists a directory's entries in byte order.
func readDirNames(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, SysError("opening directory", path, err)
	}
	defer f.Close()
	names, err := f.Readdirnames(-1)
	if err != nil {
		return nil, SysError("reading directory", path, err)
	}
	sort.Strings(names)
	return names, nil
}

// SysError words a failed system call as CppNix's SysError does:
// "getting status of '/x': No such file or directory".
func SysError(what, path string, err error) error {
	return fmt.Errorf("%s '%s': %s", what, path, ErrnoText(err))
}

// ErrnoText is the C library's text for the errno of err ("No such file
// or directory"), which Nix puts in its messages.
func ErrnoText(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		s := errno.Error()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	return err.Error()
}
