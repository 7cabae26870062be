builtins.toXML (builtins.fromJSON ''"\u0001 \u001b"'')
