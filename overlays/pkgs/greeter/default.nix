{
  writeShellApplication,
  hello,
}:

writeShellApplication {
  name = "greeter";
  runtimeInputs = [ hello ];
  text = ''
    hello --greeting="''${1:-Hello from an overlay}"
  '';
}
