package pkgset

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"os"
	"path/filepath"
)

// Materialize writes the package set below cacheDir, once per content (the
// folder name carries a hash of it), and returns the folder that holds
// default.nix. Nix code then imports it like any file, and positions in
// messages point at real files the user can open.
func Materialize(cacheDir string) (string, error) {
	sum, err := contentHash()
	if err != nil {
		return "", err
	}
	dir := filepath.Join(cacheDir, "pkgset-"+sum[:16])
	if _, err := os.Stat(filepath.Join(dir, "default.nix")); err == nil {
		return dir, nil
	}
	if err := os.MkdirAll(cacheDir, 0o755); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(cacheDir, ".pkgset-*")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp) // left over only when the rename failed
	sub, err := fs.Sub(FS, Root)
	if err != nil {
		return "", err
	}
	if err := os.CopyFS(tmp, sub); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, dir); err != nil {
		// Another ovl process may have won the race; its copy is as good.
		if _, statErr := os.Stat(filepath.Join(dir, "default.nix")); statErr == nil {
			return dir, nil
		}
		return "", err
	}
	return dir, nil
}

// contentHash is a SHA-256 over every embedded file's name and content.
func contentHash() (string, error) {
	h := sha256.New()
	err := fs.WalkDir(FS, Root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := FS.ReadFile(path)
		if err != nil {
			return err
		}
		h.Write([]byte(path))
		h.Write([]byte{0})
		h.Write(data)
		return nil
	})
	return hex.EncodeToString(h.Sum(nil)), err
}
