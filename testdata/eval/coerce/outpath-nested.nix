{ outPath = { outPath = "/deep"; }; } + "/x"
