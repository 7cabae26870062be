final: prev: { a = prev.a + 1; d = prev.b; }
