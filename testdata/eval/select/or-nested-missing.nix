{ a = { }; }.a.b.c or "d"
