# Subtraction associates to the left: (10 - 3) - 2.
10 - 3 - 2
