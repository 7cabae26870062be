# Values follow the sorted order of the names, not the source order.
builtins.attrValues { c = "third"; a = "first"; b = "second"; }
