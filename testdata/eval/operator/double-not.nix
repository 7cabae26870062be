[ (!!true) (!!!true) ]
