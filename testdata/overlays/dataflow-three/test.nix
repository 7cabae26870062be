final: { inherit (final) a seen1 seen2 seen3 fa1 fa2 fa3 pa1 pa2 pa3; }
