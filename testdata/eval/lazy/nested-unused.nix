({ outer = { inner = throw "never"; fine = 1; }; }).outer.fine
