# ${"a"} with a plain string literal is a static name, allowed in let.
let ${"a"} = 1; in a
