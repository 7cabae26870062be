# The later duplicate is dropped without forcing its value.
(builtins.listToAttrs [ { name = "k"; value = 1; } { name = "k"; value = throw "dropped value forced"; } ]).k
