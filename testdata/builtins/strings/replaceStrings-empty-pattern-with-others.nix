# Earlier patterns win; the empty pattern fills in where nothing else matched.
[
  (builtins.replaceStrings [ "b" "" ] [ "B" "_" ] "abc")
  (builtins.replaceStrings [ "" "b" ] [ "_" "B" ] "abc")
]
