{ order = [ ]; }
