# // does not evaluate attribute values.
({ a = throw "never"; } // { b = 1; }).b
