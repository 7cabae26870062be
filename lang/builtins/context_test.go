package builtins

import "testing"

func TestDecodeContextElem(t *testing.T) {
	const drv = "/nix/store/lr8zd0sxpn4zgapqiazv94gj96agsb3q-ctx.drv"
	for in, want := range map[string][2]string{
		drv:                {drv, ""},
		"=" + drv:          {drv, "="},
		"!out!" + drv:      {drv, "out"},
		"!dev-doc!" + drv:  {drv, "dev-doc"},
		"/nix/store/x-src": {"/nix/store/x-src", ""},
	} {
		if p, o := decodeContextElem(in); p != want[0] || o != want[1] {
			t.Errorf("decodeContextElem(%s) = %s, %s", in, p, o)
		}
	}
}

// appendContext and getContext are inverse: outputs come back sorted and
// without duplicates (CppNix 2.8 prints the same).
func TestAppendGetContext(t *testing.T) {
	const expr = `builtins.getContext (builtins.appendContext "x" { "/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-name.drv" = { outputs = [ "b" "a" "b" ]; path = true; allOutputs = true; }; })`
	const want = `{ "/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-name.drv" = { allOutputs = true; outputs = [ "a" "b" ]; path = true; }; }`
	if got := evalForTest(t, expr); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}
