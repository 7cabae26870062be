# The @ set holds the passed arguments; defaults are not added to it.
(args@{ a ? 1, b ? 2 }: args) { b = 3; }
