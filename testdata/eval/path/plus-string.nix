# path + string appends the text to the path.
[ (./a + "/b") (./a + "b") (./a + ".nix") ]
