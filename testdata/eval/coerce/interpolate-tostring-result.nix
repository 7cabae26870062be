# Numbers must be converted explicitly before interpolation.
let n = 5; in "n=${toString n}"
