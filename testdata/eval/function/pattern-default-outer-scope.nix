let fallback = 7; in ({ x ? fallback }: x) { }
