builtins.partition (x: "yes") [ 1 ]
