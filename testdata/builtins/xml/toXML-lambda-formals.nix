builtins.toXML ({ a, b ? 1 }: a)
