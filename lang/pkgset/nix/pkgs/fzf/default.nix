{
  lib,
  buildGoModule,
  fetchFromGitHub,
  ncurses,
}:

buildGoModule rec {
  pname = "fzf";
  version = "0.52.1";

  src = fetchFromGitHub {
    owner = "junegunn";
    repo = "fzf";
    rev = version;
    hash = "sha256-OPksEPhFaycsudnphhi85Hbx6bMTGg6Pe1vV/fS8KiU=";
  };

  vendorHash = "sha256-/lu2CMjzpeY0TTCpjhkO3aGzcwg0Qb5nRJTIhg1sTA0=";

  outputs = [
    "out"
    "man"
  ];

  buildInputs = [ ncurses ];

  ldflags = [
    "-s"
    "-w"
    "-X main.version=${version}"
    "-X main.revision=${src.rev}"
  ];

  meta = {
    description = "Command-line fuzzy finder written in Go";
    homepage = "https://github.com/junegunn/fzf";
    license = lib.licenses.mit;
    mainProgram = "fzf";
    platforms = lib.platforms.unix;
  };
}
