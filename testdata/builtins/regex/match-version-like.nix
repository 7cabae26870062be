[ (builtins.match "([^-]+)-([0-9].*)" "hello-world-2.10") (builtins.match "(.*)-([0-9].*)" "hello-world-2.10") ]
