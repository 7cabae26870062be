# A dynamic key next to static keys of the same nested set.
{ a.b = 1; ${"c"} = 2; }
