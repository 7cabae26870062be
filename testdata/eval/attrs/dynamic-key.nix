let k = "name"; in { ${k} = 1; }
