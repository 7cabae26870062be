# Equal elements are skipped with ==, even sets, which < cannot order.
[ ([ { } 1 ] < [ { } 2 ]) ([ { a = 1; } ] < [ { a = 1; } ]) ]
