map builtins.splitVersion [ "1.2.3" "1.2a3" "10.04-lts" "2022_01_05" "1rc2" "abc" ]
