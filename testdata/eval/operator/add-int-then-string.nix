# toString binds as an application, before +.
toString 1 + toString 2
