# In rec, dynamic keys may use the set's own attributes.
rec { k = "x"; ${k} = 1; }
