# a comment
1 # trailing comment
# another
