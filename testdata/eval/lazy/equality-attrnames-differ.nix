# Different key sets: unequal without evaluating values.
{ a = throw "never"; } == { b = throw "never"; }
