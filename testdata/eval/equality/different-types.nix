# Values of different types are unequal, not an error.
[ (1 == "1") (null == false) ("a" == ./a) ([ ] == { }) (true == 1) ]
