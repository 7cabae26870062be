throw [ "list" ]
