# Lists join their elements with spaces; nested lists are flattened.
toString [ 1 "a" null [ 2 [ 3 ] ] true false 1.5 ]
