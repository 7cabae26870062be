# A let binding is evaluated at most once: one trace line, then the error.
let x = builtins.trace "evaluating x" 1; in x + x + throw "end"
