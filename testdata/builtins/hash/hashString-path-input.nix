builtins.hashString "md5" ./_fixtures/hello.txt
