# The result of __toString is itself coerced to a string.
toString { __toString = _: 1; }
