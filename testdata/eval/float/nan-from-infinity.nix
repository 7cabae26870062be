# inf - inf is NaN; glibc prints it as -nan.
let inf = 1.0e308 * 10.0; in inf - inf
