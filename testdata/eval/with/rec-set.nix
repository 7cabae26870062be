with rec { a = 2; b = a * 3; }; b
