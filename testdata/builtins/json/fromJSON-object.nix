builtins.fromJSON ''{ "b": 1, "a": [ 1, 2, { "c": null } ], "": "empty key" }''
