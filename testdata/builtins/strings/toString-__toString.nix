[
  (toString { __toString = self: "custom"; })
  (toString { __toString = self: self.v; v = "from self"; })
  (toString { __toString = self: 42; })
]
