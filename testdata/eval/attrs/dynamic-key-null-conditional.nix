# The usual idiom: an optional attribute.
let flag = false; in { ${if flag then "x" else null} = 1; y = 2; }
