(s@{ x, y }: x + y + s.x) { x = 1; y = 2; }
