final: prev: { a = prev.a + "2"; seen2 = builtins.attrNames prev; fa2 = final.a; pa2 = prev.a; }
