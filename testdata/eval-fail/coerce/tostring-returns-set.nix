toString { __toString = _: { }; }
