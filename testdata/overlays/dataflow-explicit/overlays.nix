[
  (self: super: { a = super.a + "1"; b = self.a; })
  (self: super: { a = super.a + "2"; c = super.b + "/" + self.b; })
  (self: super: { d = super.a; e = self.c; })
]
