# An inherited name that a set of more than 16 bindings already has.
let a05 = 5; in { a01 = 1; a02 = 2; a03 = 3; a04 = 4; a05 = 5; a06 = 6; a07 = 7; a08 = 8; a09 = 9; a10 = 10; a11 = 11; a12 = 12; a13 = 13; a14 = 14; a15 = 15; a16 = 16; a17 = 17; a18 = 18; a19 = 19; a20 = 20; inherit a05; }
