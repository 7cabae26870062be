# Nor other evaluation errors.
builtins.tryEval { }.missing
