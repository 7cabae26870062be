final: prev: { cfg = { b = 3; }; }
