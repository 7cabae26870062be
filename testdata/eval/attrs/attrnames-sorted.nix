builtins.attrNames { zeta = 1; alpha = 2; Beta = 3; "" = 4; }
