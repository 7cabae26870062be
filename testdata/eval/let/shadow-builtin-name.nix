# true, false and null are ordinary names and may be shadowed.
let true = false; null = 0; in [ true null ]
