let k = "x"; in { "${k}-suffix" = 1; "pre-${k}" = 2; }
