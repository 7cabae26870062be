{ order = [ "not an overlay" ]; }
