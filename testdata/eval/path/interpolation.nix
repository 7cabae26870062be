let x = "sub"; in ./a/${x}
