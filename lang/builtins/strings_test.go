package builtins

import "testing"

// Results of CppNix 2.8 for each expression: substring reads C ints, a
// path argument is copied to the store first, empty patterns of
// replaceStrings.
var stringsCases = []nixCase{
	{`builtins.substring 4294967297 2 "hello"`, `"el"`},
	{`builtins.substring 1 4294967298 "hello"`, `"el"`},
	{`builtins.substring 1 (-4294967295) "hello"`, `"e"`},
	{`builtins.substring (-4294967295) 1 "hello"`, `"e"`},
	{`builtins.substring 1 1 /nonexistent/ovl-test`, `getting status of '/nonexistent/ovl-test': No such file or directory`},
	{`builtins.replaceStrings [ "" "" ] [ "1" "2" ] "ab"`, `"1a1b1"`},
	{`builtins.replaceStrings [ "ab" "" ] [ "X" "_" ] "aab"`, `"_aX_"`},
	{`builtins.concatStringsSep "," [ "a" [ "b" ] ]`, `cannot coerce a list to a string`},
	{`builtins.concatStringsSep "," [ true ]`, `cannot coerce a Boolean to a string`},
}

func TestStringsLikeCppNix(t *testing.T) { checkCases(t, stringsCases) }
