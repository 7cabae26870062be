throw "home must not be imported"
