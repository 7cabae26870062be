# The input ends inside a path interpolation.
./a/${"b"
