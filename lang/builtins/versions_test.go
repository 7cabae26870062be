package builtins

import "testing"

// Results of CppNix 2.8 for each expression: version components are C
// ints (too many digits make a word), bytes above 127 are not letters.
var versionsCases = []nixCase{
	{`builtins.compareVersions "99999999999" "1"`, `-1`},
	{`builtins.compareVersions "2147483648" "2147483647"`, `-1`},
	{`builtins.compareVersions "1.2147483647" "1.2147483648"`, `1`},
	{`builtins.compareVersions "1.0pre1" "1.0.pre"`, `1`},
	{`builtins.compareVersions "1.0" "1.0pre"`, `1`},
	{`builtins.splitVersion "1.2é3"`, `[ "1" "2" "é" "3" ]`},
	{`builtins.parseDrvName "foo-é"`, `{ name = "foo"; version = "é"; }`},
	{`builtins.parseDrvName "foo-"`, `{ name = "foo-"; version = ""; }`},
}

func TestVersionsLikeCppNix(t *testing.T) { checkCases(t, versionsCases) }
