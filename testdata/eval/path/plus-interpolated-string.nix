let n = 3; in ./a + "/${toString n}"
