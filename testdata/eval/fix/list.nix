let fix = f: let x = f x; in x; in fix (self: [ 1 (builtins.head self + 1) ])
