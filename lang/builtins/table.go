// Package builtins implements the builtins of the Nix language (the
// `builtins` set and its global aliases) on the API of package eval.
//
// Each family of builtins lives in a file of its own and returns its
// entries from one function; Table lists the families explicitly (no
// init-time registration), so the complete set is visible in one place.
package builtins

import "github.com/ovl-nix/ovl/lang/eval"

// Table returns every builtin ovl knows.
func Table() []eval.Builtin {
	var t []eval.Builtin
	for _, family := range [][]eval.Builtin{
		arithBuiltins(),
		controlBuiltins(),
		typeBuiltins(),
		coreListBuiltins(),
		jsonBuiltins(), tomlBuiltins(), xmlBuiltins(), hashBuiltins(), pathBuiltins(), contextBuiltins(), derivationBuiltins(), storeBuiltins(), miscBuiltins(), newerBuiltins(),
		attrBuiltins(),
		functionBuiltins(),
		listBuiltins(),
		mathBuiltins(),
		stringBuiltins(),
		versionBuiltins(),
		regexBuiltins(),
		overlayBuiltins(),
		// Further families are added here.
	} {
		t = append(t, family...)
	}
	return t
}

// New returns an evaluator with all builtins of Table; opts.Builtins is
// replaced.
func New(opts eval.Options) (*eval.Machine, error) {
	opts.Builtins = Table()
	return eval.New(opts)
}
