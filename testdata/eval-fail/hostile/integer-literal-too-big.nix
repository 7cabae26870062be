# An integer literal beyond 64 bits is an error, not a wrap.
1 + 9223372036854775808
