final: { a = 1; b = final.a + 10; c = final.d or "no d"; }
