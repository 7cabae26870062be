builtins.hashFile "sha1" (toString ./_fixtures/hello.txt)
