with { bad = throw "never"; ok = 2; }; ok
