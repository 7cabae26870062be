false -> throw "never"
