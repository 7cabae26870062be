[
  (builtins.hashFile "sha256" ./_fixtures/unicode.txt == builtins.hashString "sha256" (builtins.readFile ./_fixtures/unicode.txt))
  (builtins.hashFile "md5" ./_fixtures/hello.txt == builtins.hashString "md5" "Hello, world!\n")
]
