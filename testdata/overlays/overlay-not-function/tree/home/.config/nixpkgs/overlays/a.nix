{ order = [ "a set, not an overlay" ]; }
