# Interpolating a path copies it to the store (computed only, under --readonly-mode).
[ "${./_fixtures/hello.txt}" (builtins.hasContext "${./_fixtures/hello.txt}") ]
