# CRLF line endings: lines and columns are those of the LF file.
let
  a = 1;
  b = "x";
in
  a + b
