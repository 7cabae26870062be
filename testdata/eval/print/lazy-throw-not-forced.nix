{ a = throw "never"; b = 2; }
