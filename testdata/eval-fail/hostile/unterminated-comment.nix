# The input ends inside a block comment.
1 /* not closed
