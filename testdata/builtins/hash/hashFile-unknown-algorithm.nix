builtins.hashFile "crc32" ./_fixtures/hello.txt
