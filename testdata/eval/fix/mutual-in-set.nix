let fix = f: let x = f x; in x;
in (fix (self: {
  even = n: if n == 0 then true else self.odd (n - 1);
  odd = n: if n == 0 then false else self.even (n - 1);
})).even 6
