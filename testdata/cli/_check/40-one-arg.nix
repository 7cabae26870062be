final: { x = 1; }
