{ a = 1; b = throw "b fails under --strict"; }
