builtins.toJSON "quote \" backslash \\ newline \n tab \t return \r slash / dollar \${x}"
