[ (isNull null) (isNull "null") ]
