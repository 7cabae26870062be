# A backslash before any other character yields that character.
"\a\q\z\$\'"
