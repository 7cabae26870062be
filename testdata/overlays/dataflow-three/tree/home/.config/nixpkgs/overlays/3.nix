final: prev: { a = prev.a + "3"; seen3 = builtins.attrNames prev; fa3 = final.a; pa3 = prev.a; }
