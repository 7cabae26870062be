# The input ends inside a string.
{ a = "abc;
}
