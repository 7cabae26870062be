# The result of path + string is normalised: // collapses.
./a + "//b//c"
