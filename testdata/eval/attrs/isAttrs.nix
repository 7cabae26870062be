[ (builtins.isAttrs { }) (builtins.isAttrs [ ]) ]
