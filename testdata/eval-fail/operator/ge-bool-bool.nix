false >= true
