# A backslash before a real line break yields the line break.
"a\
b"
