builtins.readFile ./.
