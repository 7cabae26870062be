# In rec, a plain reference to an evaluated value needs no thunk.
rec { a = 1; b = a; c = a + 1; }
