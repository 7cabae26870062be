builtins.toXML { a = throw "value inside toXML"; }
