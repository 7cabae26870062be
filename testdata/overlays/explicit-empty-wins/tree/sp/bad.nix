throw "sp must not be imported"
