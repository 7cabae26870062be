package eval_test

import "testing"

// layersPrelude builds an overlay-like stack: 100 layers `acc // layer j`
// over a base of 1000 names, each layer shadowing one base name and adding
// one; prev stops halfway, as an overlay's prev does. Every check below is
// true in CppNix 2.8 too (checked when the test was written).
const layersPrelude = `
let
  inherit (builtins) attrNames attrValues foldl' genList listToAttrs length sort lessThan
    removeAttrs intersectAttrs mapAttrs filter elem toString;
  base = listToAttrs (genList (i: { name = "a${toString i}"; value = i; }) 1000);
  layer = j: { "a${toString (j * 7)}" = -j; "n${toString j}" = j; };
  s = foldl' (acc: j: acc // layer j) base (genList (j: j) 100);
  prev = foldl' (acc: j: acc // layer j) base (genList (j: j) 50);
  rebuilt = listToAttrs (map (n: { name = n; value = s.${n}; }) (attrNames s));
  r = removeAttrs s [ "a7" "n3" "missing" ];
in
`

var layersChecks = []string{
	// Lookups and shadowing, on the top of the stack and halfway.
	`s.a7 == -1 && s.a693 == -99 && s.a694 == 694 && s.n99 == 99 && s.a0 == 0 && !(s ? n100) && !(s ? a1000)`,
	`prev.a693 == 693 && prev.a343 == -49 && !(prev ? n50) && prev.n49 == 49`,
	// Names: how many, in byte order, and values in the same order.
	`length (attrNames s) == 1100 && length (attrNames prev) == 1050`,
	`attrNames s == sort lessThan (attrNames s)`,
	`attrValues s == map (n: s.${n}) (attrNames s)`,
	`filter (n: elem n [ "a7" "n3" ]) (attrNames s) == [ "a7" "n3" ]`,
	// Equality with the same set built flat, and inequality.
	`s == rebuilt && rebuilt == s && s != s // { a0 = 1; } && s != removeAttrs s [ "a0" ] && s // { } == s`,
	`s // { a7 = -1; } == s && prev != s`,
	// removeAttrs and intersectAttrs over layers.
	`!(r ? a7) && !(r ? n3) && r.a14 == -2 && length (attrNames r) == 1098 && r == removeAttrs rebuilt [ "n3" "a7" ]`,
	`intersectAttrs { a7 = 0; n3 = 0; zz = 0; } s == { a7 = -1; n3 = 3; }`,
	`intersectAttrs s base == base && intersectAttrs base s == removeAttrs s (genList (j: "n${toString j}") 100)`,
	`length (attrNames (intersectAttrs prev s)) == 1050 && (intersectAttrs prev s).n49 == 49 && (intersectAttrs prev s).a693 == -99`,
	// Layers stay lazy; mapAttrs sees every layer.
	`length (attrNames (base // { x = throw "no"; } // { y = throw "no"; })) == 1002`,
	`(mapAttrs (n: v: v + 1) s).a7 == 0 && attrNames (mapAttrs (n: v: v) s) == attrNames s`,
}

func TestAttrsLayersInNix(t *testing.T) {
	m := newMachine(t)
	for _, check := range layersChecks {
		v, err := evalText(t, m, layersPrelude+check)
		if err != nil {
			t.Errorf("%s: %v", check, err)
			continue
		}
		if got := m.PrintValue(v); got != "true" {
			t.Errorf("%s: got %s, want true", check, got)
		}
	}
}
