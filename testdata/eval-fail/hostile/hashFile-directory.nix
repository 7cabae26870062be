# A directory where a file is expected.
builtins.hashFile "sha256" ./_loops
