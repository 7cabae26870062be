package builtins

import "testing"

// toXML indents each level two spaces further, so its text grows with the
// square of the nesting: a list nested a million deep made ovl fill all
// memory (CppNix fills 16 GB before running out of stack). Past
// maxXMLDepth it fails as CppNix does when its stack runs out.
func TestToXMLDeep(t *testing.T) {
	const nested = "let f = n: if n == 0 then [ ] else [ (f (n - 1)) ]; in "
	// 22173: nix-instantiate 2.8's answer.
	if got := evalForTest(t, nested+"builtins.stringLength (builtins.toXML (f 100))"); got != "22173" {
		t.Errorf("100 levels: %s", got)
	}
	if got := evalForTest(t, nested+"builtins.toXML (f 1000000)"); got != "stack overflow (possible infinite recursion)" {
		t.Errorf("a million levels: %s", got)
	}
}
