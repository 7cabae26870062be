# Both groupings cover the whole string; this records which one CppNix 2.8 (std::regex) reports.
[ (builtins.match "(a|ab)(c|bcd)(d*)" "abcd") (builtins.match "(ab|a)(bc)?" "abc") ]
