# Negating the smallest int gives the smallest int again.
let min = -9223372036854775807 - 1; in -min
