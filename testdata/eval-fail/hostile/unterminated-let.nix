# The input ends before `in`.
let a = 1;
