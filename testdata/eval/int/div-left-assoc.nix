# Division associates to the left: (100 / 10) / 5.
100 / 10 / 5
