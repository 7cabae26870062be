# A set with __toString is written as the string it returns.
{ __toString = _: "s"; v = 1; }
