final: prev: { a = prev.a + "1"; seen1 = builtins.attrNames prev; fa1 = final.a; pa1 = prev.a; }
