[ (builtins.pathExists (toString ./_fixtures/tree + "/")) (builtins.pathExists (toString ./_fixtures/hello.txt + "/")) ]
