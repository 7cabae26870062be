package builtins

import "testing"

// Results of CppNix 2.8 for each expression: float to int conversions out
// of range, argument order of errors, wrapping.
var mathCases = []nixCase{
	{`builtins.ceil 1.0e30`, `-9223372036854775808`},
	{`builtins.floor (-1.0e30)`, `-9223372036854775808`},
	{`builtins.ceil (-0.5)`, `0`},
	{`builtins.floor 9007199254740993`, `9007199254740992`},
	{`builtins.bitAnd 1.5 "x"`, `value is a float while an integer was expected`},
	{`builtins.bitXor (-9223372036854775807 - 1) (-1)`, `9223372036854775807`},
}

func TestMathLikeCppNix(t *testing.T) { checkCases(t, mathCases) }
