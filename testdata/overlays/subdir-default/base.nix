{ order = [ ]; v = 1; }
