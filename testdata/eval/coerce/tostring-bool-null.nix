# true is "1"; false and null are "".
[ (toString true) (toString false) (toString null) ]
