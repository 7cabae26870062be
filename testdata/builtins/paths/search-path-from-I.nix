[ <fx/hello.txt> <fx> (builtins.readFile <fx/hello.txt>) ]
