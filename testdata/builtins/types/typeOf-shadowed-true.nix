# true/false/null are ordinary names that can be shadowed; builtins.true is not.
let true = 1; in [ (builtins.typeOf true) (builtins.typeOf builtins.true) (builtins.typeOf builtins.null) ]
