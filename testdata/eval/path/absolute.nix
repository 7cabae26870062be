/usr/lib/x
