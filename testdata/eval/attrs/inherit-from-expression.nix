{ inherit ({ p = "p"; } // { q = "q"; }) p q; }
