# __toString is called with the set itself.
let s = { n = 3; __toString = self: "n=${toString self.n}"; }; in "${s}"
