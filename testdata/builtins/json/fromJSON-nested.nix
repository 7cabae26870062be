builtins.fromJSON ''[[[]], {"a": {"b": {"c": [true, false]}}}, []]''
