{ b = 1; a = "x"; c = null; d = true; }
