final: prev: { cfg = prev.cfg // { c = 4; }; }
