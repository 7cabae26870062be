throw "deep/inner must not be imported"
