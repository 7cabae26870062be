# The smallest int cannot be written as a literal, only computed.
-9223372036854775807 - 1
