# A float with no fractional part prints like %g: no trailing ".0".
1.0
