{ x.y.z = 1; x.y.w = 2; x.v = 3; }
