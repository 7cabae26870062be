map baseNameOf [ "/a/b/c" "a/b" "file.nix" "/" "" "/a/b/" "a//b" "/trailing//" ".hidden" "a/." ]
