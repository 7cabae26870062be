{ a = "text"; }.a.b.c or "default"
