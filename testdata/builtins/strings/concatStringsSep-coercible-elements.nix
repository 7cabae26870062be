# Elements are coerced like string interpolation: sets with __toString or outPath work.
builtins.concatStringsSep "/" [ { __toString = self: "ts"; } { outPath = "op"; } "s" ]
