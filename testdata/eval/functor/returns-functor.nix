let inner = { __functor = _: y: "inner ${y}"; };
    outer = { __functor = _: x: inner; };
in outer "a" "b"
