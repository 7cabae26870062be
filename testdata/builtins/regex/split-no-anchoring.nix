# Unlike match, split searches the whole string.
builtins.split "[0-9]+" "abc123def45"
