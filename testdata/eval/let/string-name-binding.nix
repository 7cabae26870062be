# A quoted name in let can only be used through inherit.
let "a" = 5; in a
