# Addition past the largest int wraps to the smallest (two's complement).
9223372036854775807 + 1
