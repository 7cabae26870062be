derivation "hello"
