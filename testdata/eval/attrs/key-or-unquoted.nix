# "or" may be used as a key without quotes and selected.
{ or = 1; }.or
