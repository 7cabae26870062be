# __toString takes priority over outPath.
toString { outPath = "/o"; __toString = _: "custom"; }
