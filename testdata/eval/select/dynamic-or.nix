let k = "missing"; in { }.${k} or "fallback"
