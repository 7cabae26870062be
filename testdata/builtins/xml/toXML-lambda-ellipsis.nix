builtins.toXML ({ a, ... }: a)
