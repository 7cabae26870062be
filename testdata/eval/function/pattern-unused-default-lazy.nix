({ a ? throw "never" }: "ok") { }
