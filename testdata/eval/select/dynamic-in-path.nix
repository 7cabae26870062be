let k = "b"; in { a.b.c = 1; }.a.${k}.c
