{ a = throw "base a forced"; b = throw "base b forced"; }
