{ cfg = { a = 1; b = 2; }; keep = true; }
