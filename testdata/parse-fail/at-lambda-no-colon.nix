x@{ a } a
