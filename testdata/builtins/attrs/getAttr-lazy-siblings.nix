builtins.getAttr "ok" { ok = "fine"; bad = throw "sibling forced"; }
