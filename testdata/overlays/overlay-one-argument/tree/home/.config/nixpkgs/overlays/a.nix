final: { order = [ "one argument" ]; }
