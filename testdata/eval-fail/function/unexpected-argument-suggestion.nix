({ version ? "0" }: version) { versoin = "1.0"; }
