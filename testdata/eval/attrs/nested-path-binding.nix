# a.b = ...; a.c = ...; build one nested set.
{ a.b = 1; a.c = 2; d = 3; }
