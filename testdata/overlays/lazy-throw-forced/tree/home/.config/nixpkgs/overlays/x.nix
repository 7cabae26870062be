final: prev: { bad = throw "bad was forced"; }
