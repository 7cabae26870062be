[ (builtins.toJSON [ ]) (builtins.toJSON { }) (builtins.toJSON "") ]
