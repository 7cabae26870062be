map builtins.parseDrvName [ "hello-2.12" "nix-2.8.0" "firefox-esr-102.3.0esr" "openssl-1.1.1q" ]
