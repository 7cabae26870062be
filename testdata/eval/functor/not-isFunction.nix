# A functor is a set, not a function, for isFunction.
let f = { __functor = self: x: x; }; in [ (builtins.isFunction f) (builtins.isAttrs f) (f 1) ]
