# The printer escapes quote, backslash, newline, CR, tab and "${".
[ "\"" "\\" "\n" "\r" "\t" "\${" "$" "{" ]
