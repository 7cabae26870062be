# ../x names the same path as ./y/../../x.
../x == ./y/../../x
