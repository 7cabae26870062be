(args@{ x }: args) { }
