# Dynamic keys are not merged like static ones.
let k = "m"; in { a.${k}.x = 1; a.${k}.y = 2; }
