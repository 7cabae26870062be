map builtins.isFunction [ (x: x) ({ ... }: 1) builtins.map (builtins.add 1) builtins.isFunction { __functor = self: x: x; } "f" null ]
