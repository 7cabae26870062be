# A default may use the @ name, which holds only the passed arguments.
(args@{ a ? 1, names ? builtins.attrNames args, ... }: names) { b = 2; c = 3; }
