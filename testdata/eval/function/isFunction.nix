[ (builtins.isFunction (x: x)) (builtins.isFunction builtins.map)
  (builtins.isFunction (builtins.map (x: x))) (builtins.isFunction { }) ]
