# Only the outermost function is inspected.
builtins.functionArgs (x: { a }: a)
