# Sets of 16 bindings or more find names through an index, reused once a
# set is complete: the second set has the first one's names, and paths
# into nested sets come after the 16th binding.
[
  { a01 = 1; a02 = 2; a03 = 3; a04 = 4; a05 = 5; a06 = 6; a07 = 7; a08 = 8; a09 = 9; a10 = 10; a11 = 11; a12 = 12; a13 = 13; a14 = 14; a15 = 15; a16 = 16; a17 = 17; a18 = 18; a19 = 19; a20 = 20; }
  { a20 = 1; a19 = 2; a18 = 3; a17 = 4; a16 = 5; a15 = 6; a14 = 7; a13 = 8; a12 = 9; a11 = 10; a10 = 11; a09 = 12; a08 = 13; a07 = 14; a06 = 15; a05 = 16; a04 = 17; a03 = 18; a02 = 19; a01 = 20; x.y = 1; x.z = 2; }
  rec { b01 = 1; b02 = 2; b03 = 3; b04 = 4; b05 = 5; b06 = 6; b07 = 7; b08 = 8; b09 = 9; b10 = 10; b11 = 11; b12 = 12; b13 = 13; b14 = 14; b15 = 15; b16 = 16; b17 = 17; b18 = 18; c.d = 1; c.e = 2; c = { f = 3; }; inherit (c) d; }
  { a01 = 1; a02 = 2; a03 = 3; a04 = 4; a05 = 5; a06 = 6; a07 = 7; a08 = 8; a09 = 9; a10 = 10; a11 = 11; a12 = 12; a13 = 13; a14 = 14; a15 = 15; a16 = 16; a17 = 17; a18 = 18; a19 = 19; a20 = 20; inner = { a01 = 1; a02 = 2; a03 = 3; a04 = 4; a05 = 5; a06 = 6; a07 = 7; a08 = 8; a09 = 9; a10 = 10; a11 = 11; a12 = 12; a13 = 13; a14 = 14; a15 = 15; a16 = 16; a17 = 17; a18 = 18; a19 = 19; a20 = 20; }; a21 = 21; }
]
