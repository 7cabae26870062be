final: prev: { b = final.c; c = final.b; }
