final: { a = final.a; bad = final.bad; }
