builtins.zipAttrsWith (name: values: name + ":" + builtins.concatStringsSep "," values) [ { x = "1"; } { x = "2"; y = "3"; } ]
