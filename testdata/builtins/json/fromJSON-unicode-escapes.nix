map builtins.fromJSON [ ''"\u00e9"'' ''"\u2192"'' ''"\ud83d\ude00"'' ''"\u0041\u0042"'' ''"raw é"'' ]
