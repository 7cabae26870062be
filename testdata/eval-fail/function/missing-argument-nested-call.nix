let f = { name, version }: name + "-" + version; in f { name = "hello"; }
