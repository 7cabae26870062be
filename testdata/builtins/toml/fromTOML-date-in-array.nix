builtins.fromTOML "dates = [ 1979-05-27 ]"
