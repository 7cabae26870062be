# With --show-trace, the trace of a usage error is printed before the
# pointer to --help.
{ a = builtins.hashFile "crc32" ./usage-error-show-trace.nix; }
