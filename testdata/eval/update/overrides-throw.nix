({ a = throw "never"; } // { a = "fine"; }).a
