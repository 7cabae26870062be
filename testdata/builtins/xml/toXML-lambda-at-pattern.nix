builtins.toXML (args@{ z, y ? 2, ... }: args)
