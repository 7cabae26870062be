# Subtraction below the smallest int wraps to the largest.
-9223372036854775807 - 2
