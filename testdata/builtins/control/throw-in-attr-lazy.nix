{ a = 1; b = throw "b is not printed lazily"; }
