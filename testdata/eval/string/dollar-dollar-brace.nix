# "$$" swallows the second $, so "$${x}" is literal text, not interpolation.
let x = "X"; in "$${x}"
