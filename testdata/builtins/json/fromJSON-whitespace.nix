builtins.fromJSON " \n\t { \"a\" :\r\n 1 } \n"
