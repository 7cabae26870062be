map dirOf [ "/a/b/c" "a/b" "file.nix" "/" "" "/a/b/" "/a" "a//b" "//" "./x" ]
