# Leading zeros are allowed and do not mean octal.
[ 007 010 00 ]
