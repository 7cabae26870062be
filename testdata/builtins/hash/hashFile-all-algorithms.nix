map (a: builtins.hashFile a ./_fixtures/hello.txt) [ "md5" "sha1" "sha256" "sha512" ]
