builtins.hashFile "sha256" ./_fixtures/empty.txt
