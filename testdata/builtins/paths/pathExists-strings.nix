[ (builtins.pathExists (toString ./_fixtures/hello.txt)) (builtins.pathExists "/definitely/not/here") (builtins.pathExists "/") ]
