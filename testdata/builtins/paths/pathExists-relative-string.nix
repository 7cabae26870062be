builtins.pathExists "_fixtures"
