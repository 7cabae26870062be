let r = { value = throw "never"; ok = true; }; in r.ok
