[ "# not a comment" "/* not either */" ''# nor here'' ]
