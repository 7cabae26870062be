# The version starts at the first dash that is followed by something other than a letter.
map builtins.parseDrvName [ "foo-1bar" "foo-bar-2" "a-b-c-3.0-rc1" "x--1" "name-_1" "pkg-.9" "-1.0" "py3.10-lib-1.0" ]
