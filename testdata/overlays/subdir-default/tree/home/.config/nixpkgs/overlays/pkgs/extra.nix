{ final, prev }: { v = prev.v * 10; w = final.v + 1; }
