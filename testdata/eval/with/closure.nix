# A function defined inside with keeps seeing it.
let f = with { k = 10; }; x: x + k; in f 5
