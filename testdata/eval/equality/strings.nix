[ ("abc" == "abc") ("abc" == "abd") ("" == "") ]
