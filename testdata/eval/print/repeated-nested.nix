let s = { a = 1; }; l = [ s ]; in [ l l s ]
