# The value is read once per evaluation.
builtins.currentTime == builtins.currentTime
