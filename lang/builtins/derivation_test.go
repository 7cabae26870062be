package builtins

import "testing"

// Expected values printed by CppNix 2.8 (nix-instantiate --eval --strict
// --readonly-mode) for the same expressions.
func TestDerivation(t *testing.T) {
	const a = `derivation { name = "a"; system = "x"; builder = "/bin/sh"; outputs = [ "out" "dev" ]; }`
	for _, c := range []struct{ expr, want string }{
		// A derivation using another one's output: input derivations are
		// hashed modulo, with the hash remembered from the first one.
		{`let a = ` + a + `; in (derivation { name = "b"; system = "x"; builder = "/bin/sh"; x = a.dev; y = a; z = "${a.out}/bin"; }).drvPath`,
			`"/nix/store/lgi37yaifhxdi7a8raq58faggnrihipm-b.drv"`},
		// A fixed-output input contributes its content hash.
		{`let f = derivation { name = "f"; system = "x"; builder = "/bin/sh"; outputHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"; outputHashAlgo = "sha256"; }; in (derivation { name = "b"; system = "x"; builder = "/bin/sh"; x = f; }).outPath`,
			`"/nix/store/p8cyhff6j4xgj397kmc5qv3y749iagbs-b"`},
		{`(derivation { name = "a"; system = "x"; builder = "/bin/sh"; __structuredAttrs = true; x = [ 1 { y = "z"; } ]; outputs = [ "out" "lib" ]; }).lib.outPath`,
			`"/nix/store/l828nrjpdqap739z69fj4nvhcbaj81g4-a-lib"`},
		{`(derivation { name = "a"; system = "x"; builder = "/bin/sh"; __ignoreNulls = true; n = null; }).drvPath`,
			`"/nix/store/l9ldjc53ry43x24hvq73jx7dx0489mhj-a.drv"`},
		{`(derivation { name = "a"; system = "x"; builder = "/bin/sh"; args = [ 1 true null [ 1 2 ] ]; }).drvPath`,
			`"/nix/store/m669l69w2bs44civdb9h1sb4dmd0m06q-a.drv"`},
		{`(derivation { name = "a"; system = "x"; builder = "/bin/sh"; outputHash = "abc"; outputHashAlgo = "sha256"; }).outPath`,
			`hash 'abc' has wrong length for hash type 'sha256'`},
		{`(derivation { name = "a"; system = "x"; builder = "/bin/sh"; __contentAddressed = true; }).outPath`,
			`experimental Nix feature 'ca-derivations' is disabled; use '--extra-experimental-features ca-derivations' to override`},
		{`(derivation { name = "a"; system = "x"; builder = "/bin/sh"; outputs = [ "out" "a b" ]; })."a b".outPath`,
			`attribute '"a b"' missing for call to 'getAttr'`},
		// Listing the attributes instantiates nothing.
		{`builtins.attrNames (derivation { outputs = [ "x" "y" "x" ]; })`,
			`[ "all" "drvAttrs" "drvPath" "outPath" "outputName" "outputs" "type" "x" "y" ]`},
		{`builtins.functionArgs derivation`, `{ outputs = true; }`},
	} {
		if got := evalForTest(t, c.expr); got != c.want {
			t.Errorf("%s:\n got  %s\n want %s", c.expr, got, c.want)
		}
	}
}
