[ 1 undefinedName ]
