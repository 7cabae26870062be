# A nested path also merges into a rec set literal, and sees its bindings.
{ a = rec { b = 1; c = b + 1; }; a.d = 3; }
