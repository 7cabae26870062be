# A lone $ is ordinary text, also at the end and before a name.
[ "$" "a$" "$a" "$ {x}" ]
