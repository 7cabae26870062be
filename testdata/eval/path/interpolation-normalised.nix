# An interpolated part is normalised like the rest.
let up = ".."; in ./a/b/${up}/c
