[ (__length [ 1 2 ]) (__head [ 3 ]) (__typeOf 1) ]
