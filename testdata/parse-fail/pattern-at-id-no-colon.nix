{ a }@x a
