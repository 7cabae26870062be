package builtins

import "testing"

// Results of CppNix 2.8 for each expression. The sorts with comparators
// that are not strict orderings pin down libstdc++'s std::stable_sort
// (chunks of 7, merges through a half-size buffer); the int conversions
// are CppNix's C ints.
var listCases = []nixCase{
	{`builtins.sort (a: b: true) (builtins.genList (i: builtins.bitXor (i * 7 + 3) 8) 8)`, `[ 60 37 46 23 16 25 2 11 ]`},
	{`builtins.sort (a: b: true) (builtins.genList (i: builtins.bitXor (i * 7 + 3) 15) 15)`, `[ 106 81 88 95 70 77 52 59 34 41 16 23 30 5 12 ]`},
	{`builtins.sort (a: b: true) (builtins.genList (i: builtins.bitXor (i * 7 + 3) 30) 30)`, `[ 208 217 222 167 172 181 186 131 136 145 150 159 100 109 114 123 64 73 78 87 92 37 42 51 56 1 6 15 20 29 ]`},
	{`builtins.sort (a: b: a <= b) (builtins.genList (i: builtins.bitXor (i * 7 + 3) 30) 30)`, `[ 1 6 15 20 29 37 42 51 56 64 73 78 87 92 100 109 114 123 131 136 145 150 159 167 172 181 186 208 217 222 ]`},
	{`builtins.sort (a: b: builtins.bitAnd (a * 5 + b * 3) 1 == 1) (builtins.genList (i: builtins.bitXor (i * 7 + 3) 15) 15)`, `[ 59 34 106 41 81 16 88 23 95 30 70 5 77 12 52 ]`},
	{`builtins.sort (a: b: builtins.bitAnd (a * 5 + b * 3) 1 == 1) (builtins.genList (i: builtins.bitXor (i * 7 + 3) 67) 67)`, `[ 402 29 131 169 271 493 393 110 20 204 250 160 344 262 318 484 384 101 19 203 241 159 343 381 309 483 511 92 10 194 232 150 334 372 300 474 502 91 1 57 231 141 325 371 299 465 82 120 48 222 132 188 362 290 456 73 119 47 213 187 353 281 455 64 38 178 272 ]`},
	{`builtins.sort (a: b: a.k < b.k) (builtins.genList (i: { k = builtins.bitAnd (i * 5) 3; v = i; }) 20)`, `[ { k = 0; v = 0; } { k = 0; v = 4; } { k = 0; v = 8; } { k = 0; v = 12; } { k = 0; v = 16; } { k = 1; v = 1; } { k = 1; v = 5; } { k = 1; v = 9; } { k = 1; v = 13; } { k = 1; v = 17; } { k = 2; v = 2; } { k = 2; v = 6; } { k = 2; v = 10; } { k = 2; v = 14; } { k = 2; v = 18; } { k = 3; v = 3; } { k = 3; v = 7; } { k = 3; v = 11; } { k = 3; v = 15; } { k = 3; v = 19; } ]`},
	{`builtins.sort (a: b: if a == 5 then throw "compared 5" else a < b) [ 3 9 5 1 ]`, `compared 5`},
	{`builtins.sort builtins.lessThan [ [ 2 ] [ 1 3 ] [ 1 ] [ ] ]`, `[ [ ] [ 1 ] [ 1 3 ] [ 2 ] ]`},
	{`builtins.elemAt [ 1 2 3 ] 4294967297`, `2`},
	{`builtins.elemAt [ 1 2 3 ] (-4294967295)`, `2`},
	{`builtins.elemAt "x" 1.5`, `value is a float while an integer was expected`},
	{`builtins.genList (x: x) (-4294967296)`, `cannot create list of size -4294967296`},
	{`builtins.length (builtins.genList (x: x) 4294967296)`, `out of memory`},
	{`builtins.filter (x: x) [ true true ] == [ true true ]`, `true`},
	{`builtins.foldl' (a: b: b) 0 [ 1 (throw "last element") ]`, `last element`},
	{`builtins.concatMap (x: { a = x; }) [ 1 ]`, `value is a set while a list was expected`},
	{`builtins.partition (x: x) [ true false 1 ]`, `value is an integer while a Boolean was expected`},
	{`builtins.any (x: x) [ false (throw "forced") ]`, `forced`},
	{`builtins.genericClosure { startSet = [ { key = 3; } ]; operator = x: [ (throw "elements are forced") ]; }`, `elements are forced`},
	{`builtins.genericClosure { startSet = [ { key = 1; } { key = 1.0; } { key = [ 1 ]; } ]; operator = x: [ ]; }`, `cannot compare a list with an integer`},
	{`builtins.genericClosure { startSet = [ { key = "b"; } { key = "a"; } { key = "b"; } ]; operator = x: [ ]; }`, `[ { key = "b"; } { key = "a"; } ]`},
	{`builtins.genericClosure { startSet = [ { key = [ 1 "a" ]; } { key = [ 1 2 ]; } ]; operator = x: [ ]; }`, `cannot compare an integer with a string`},
}

func TestListsLikeCppNix(t *testing.T) { checkCases(t, listCases) }

// nixCase is an expression and what CppNix 2.8 prints for it with
// --eval --strict (for an error, its message).
type nixCase struct{ expr, want string }

func checkCases(t *testing.T, cases []nixCase) {
	t.Helper()
	for _, c := range cases {
		if got := evalForTest(t, c.expr); got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
}
