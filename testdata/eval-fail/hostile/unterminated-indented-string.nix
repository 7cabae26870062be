# The input ends inside an indented string.
{ a = ''
    abc
