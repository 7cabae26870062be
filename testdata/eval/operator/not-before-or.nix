# ! binds tighter than ||: (!true) || true.
!true || true
