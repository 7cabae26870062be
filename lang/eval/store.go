package eval

import (
	"io/fs"
	"path/filepath"

	"github.com/ovl-nix/ovl/lang/store"
)

// CopyPathToStore returns the store path a source path would be copied to,
// as `nix-instantiate --readonly-mode` computes it (string interpolation
// of a path, --json output of a path). ovl has no store: nothing is
// copied, but the path is read (pure evaluation checks it). Results are
// cached per path.
func (m *Machine) CopyPathToStore(path string) (string, error) {
	if sp, ok := m.srcToStore[path]; ok {
		return sp, nil
	}
	if err := m.CheckPath(path, noPos); err != nil {
		return "", err
	}
	if store.IsDerivation(path) {
		return "", Errorf(EvalError, noPos, "file names are not allowed to end in '%s'", store.DrvExtension)
	}
	sp, err := store.FilteredPathToStore(path, filepath.Base(path), store.Recursive, m.InterruptibleFilter(nil))
	if e, ok := err.(*Error); ok {
		return "", e
	}
	if err != nil {
		return "", Errorf(SysError, noPos, "%s", err.Error())
	}
	if m.srcToStore == nil {
		m.srcToStore = map[string]string{}
	}
	m.srcToStore[path] = sp
	return sp, nil
}

// fileError is Nix's SysError wording: "getting status of '/x': No such
// file or directory".
func fileError(what, path string, err error) *Error {
	return Errorf(SysError, noPos, "%s", store.SysError(what, path, err).Error())
}

// InterruptibleFilter is filter (nil: take every entry) checking first for
// Interrupt: hashing a large tree (`"${/usr}"`) takes long, and Ctrl-C or a
// timeout must stop it like any evaluation.
func (m *Machine) InterruptibleFilter(filter store.Filter) store.Filter {
	return func(path string, info fs.FileInfo) (bool, error) {
		if err := m.CheckInterrupt(); err != nil {
			return false, err
		}
		if filter == nil {
			return true, nil
		}
		return filter(path, info)
	}
}
