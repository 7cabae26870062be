# .. at the root stays at the root.
/a/../../b
