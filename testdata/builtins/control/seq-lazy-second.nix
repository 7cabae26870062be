builtins.seq 1 (builtins.seq 2 "second is returned")
