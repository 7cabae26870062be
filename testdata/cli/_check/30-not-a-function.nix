{ tool = 1; }
