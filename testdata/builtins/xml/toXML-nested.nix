builtins.toXML { outer = { inner = [ { leaf = null; } ]; }; list = [ [ [ ] ] ]; }
