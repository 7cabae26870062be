builtins.findFile [ { prefix = "fx"; path = toString ./_fixtures/tree; } ] "fx"
