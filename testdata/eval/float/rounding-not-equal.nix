# ... but the value is not exactly 0.3.
0.1 + 0.2 == 0.3
