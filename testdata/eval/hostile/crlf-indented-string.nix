# CRLF inside an indented string is kept; indentation is still stripped.
let
  s = ''
    line1
      line2
  '';
in s
