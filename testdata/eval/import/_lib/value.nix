{ answer = 42; }
