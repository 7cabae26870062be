[ (toString ./_fixtures/hello.txt) (builtins.hasContext (toString ./_fixtures/hello.txt)) ]
