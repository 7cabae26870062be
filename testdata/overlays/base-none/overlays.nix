[ (final: prev: { names = builtins.attrNames prev; }) ]
