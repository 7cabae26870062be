(builtins.head [ { a = "first"; } ]).a
