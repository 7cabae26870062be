builtins.hashFile "sha256" ./_fixtures/no-such-file
