# A default that is not needed is not evaluated.
({ a ? throw "never" }: 1) { a = 2; }
