"x" + { outPath = "y"; }
