{ a = 1; b = { c = { d = throw "deep error"; }; }; }
