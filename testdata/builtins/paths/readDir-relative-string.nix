builtins.readDir "_fixtures"
