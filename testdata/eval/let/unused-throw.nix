# A binding that is never used is never evaluated.
let bad = throw "never"; good = 1; in good
