final: prev: { b = prev.nope; }
