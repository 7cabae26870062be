[ (null == null) (true == true) (false == false) (true == false) ]
