''  foo
  bar''