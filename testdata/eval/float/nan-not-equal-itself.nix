# NaN is not equal to itself.
let inf = 1.0e308 * 10.0; nan = inf - inf; in nan == nan
