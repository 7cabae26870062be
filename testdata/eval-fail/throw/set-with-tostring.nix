throw { __toString = _: "from set"; }
