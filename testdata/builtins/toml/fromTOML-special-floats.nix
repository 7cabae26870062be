let t = builtins.fromTOML ''
  pinf = inf
  ninf = -inf
  nan = nan
''; in
[ (t.pinf > 1.0e308) (t.ninf < -1.0e308) (t.nan == t.nan) (builtins.typeOf t.nan) (builtins.toJSON t.pinf) ]
