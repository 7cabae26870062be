toString [ { outPath = "/a"; } { __toString = _: "b"; } ]
