# toString of a float uses six decimals, unlike the printer.
[ (toString 0.1) (toString 1.0) (toString 1.0e6) (toString 123456789.0) ]
