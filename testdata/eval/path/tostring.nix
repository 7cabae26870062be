# toString of a path is its absolute text, without copying anything.
toString ./a/b
