# Without rec, names inside refer to the enclosing scope.
let a = "outer"; in { a = "inner"; b = a; }
