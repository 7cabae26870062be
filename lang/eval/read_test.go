package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// readBounded reads a regular file into one array of its size and stops
// at the bound; a pipe, whose size is unknown, is read as it comes.
func TestReadBounded(t *testing.T) {
	dir := t.TempDir()
	big := bytes.Repeat([]byte("0123456789abcdef"), 100_000)
	for _, text := range [][]byte{nil, []byte("1 + 1"), big} {
		path := filepath.Join(dir, "f.nix")
		if err := os.WriteFile(path, text, 0o644); err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		got, err := readBounded(f, len(big))
		f.Close()
		if err != nil || !bytes.Equal(got, text) {
			t.Errorf("file of %d bytes: read %d bytes, %v", len(text), len(got), err)
		}
		if len(text) > 0 {
			f, _ := os.Open(path)
			if _, err := readBounded(f, len(text)-1); err != errTooBig {
				t.Errorf("file of %d bytes over the bound: %v, want errTooBig", len(text), err)
			}
			f.Close()
		}

		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		go func() { w.Write(text); w.Close() }()
		got, err = readBounded(r, len(big))
		r.Close()
		if err != nil || !bytes.Equal(got, text) {
			t.Errorf("pipe of %d bytes: read %d bytes, %v", len(text), len(got), err)
		}
	}
}
