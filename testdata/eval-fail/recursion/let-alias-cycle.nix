# Bindings that only name each other: CppNix reports the variable whose
# thunk it finds in progress (y = x), not the first one evaluated.
let x = y; y = x; in x
