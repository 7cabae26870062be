toString [ { __toString = s: "x"; } { outPath = "y"; } ]
