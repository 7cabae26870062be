# A default naming its own formal refers to itself, not to the outer binding.
let a = 5; in ({ a ? a }: a) { }
