let x = 3; in assert x > 2 && x < 5; x * 2
