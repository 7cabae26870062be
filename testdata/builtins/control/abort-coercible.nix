abort { __toString = self: "message from __toString"; }
