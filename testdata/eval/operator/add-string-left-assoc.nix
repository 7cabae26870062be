# + is left associative: ("a" + "b") + "c".
"a" + "b" + "c"
