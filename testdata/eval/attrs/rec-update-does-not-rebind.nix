# // after rec does not change what the rec bindings refer to.
(rec { a = 1; b = a; }) // { a = 2; }
