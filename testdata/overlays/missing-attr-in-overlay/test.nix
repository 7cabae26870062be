final: final.b
