rec { a = 1; b = a * 10; c = b * 10; }
