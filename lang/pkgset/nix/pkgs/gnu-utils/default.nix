# Small GNU utilities that every build environment has. One file for the
# family, loaded with callPackages: each attribute is overridable on its own.
{
  lib,
  stdenv,
  fetchurl,
  pcre2,
  perl,
}:

let
  # A GNU package from ftp.gnu.org with the usual layout.
  gnuPackage =
    {
      pname,
      version,
      tarball ? pname,
      extension ? "tar.xz",
      description,
      license ? lib.licenses.gpl3Plus,
      mainProgram ? pname,
      ...
    }@args:
    stdenv.mkDerivation (
      removeAttrs args [
        "hash"
        "tarball"
        "extension"
        "description"
        "license"
        "mainProgram"
      ]
      // {
        src = fetchurl {
          url = "mirror://gnu/${tarball}/${tarball}-${version}.${extension}";
          hash = args.hash or lib.fakeHash;
        };
        meta = {
          inherit description license mainProgram;
          homepage = "https://www.gnu.org/software/${tarball}/";
          platforms = lib.platforms.all;
        };
      }
    );
in
{
  gnugrep = gnuPackage {
    pname = "gnugrep";
    version = "3.11";
    tarball = "grep";
    hash = "sha256-sn+VgUkgmeQXPnPOuPfEuI8b3G/gygTf6ia53/UR9Qk=";
    buildInputs = [ pcre2 ];
    nativeCheckInputs = [ perl ];
    description = "GNU implementation of the Unix grep command";
    mainProgram = "grep";
  };

  gnused = gnuPackage {
    pname = "gnused";
    version = "4.9";
    tarball = "sed";
    hash = "sha256-uswhLkJ7JxtiyKAo2aAeFdCQTbNgdjktjKa88vryBLA=";
    nativeBuildInputs = [ perl ];
    description = "GNU sed, a batch stream editor";
    mainProgram = "sed";
  };

  gawk = gnuPackage {
    pname = "gawk";
    version = "5.2.2";
    hash = "sha256-P6FcxZf7Vr4WiRRKL1qXASTMN7JmK2JpiPQJYmKTU5c=";
    outputs = [
      "out"
      "info"
      "man"
    ];
    configureFlags = [ "--without-readline" ];
    description = "GNU implementation of the Awk programming language";
  };

  findutils = gnuPackage {
    pname = "findutils";
    version = "4.9.0";
    hash = "sha256-CYaGDq7z1Yy9V8ZcV/RtMoS0tobGj2U3UQS+PCcFnAY=";
    outputs = [
      "out"
      "info"
      "locate"
    ];
    description = "GNU Find Utilities, the basic directory searching utilities";
    mainProgram = "find";
  };

  gnutar = gnuPackage {
    pname = "gnutar";
    version = "1.35";
    tarball = "tar";
    hash = "sha256-V1bzsuCNmLPcKAPc5ULQ0nSeQwIHjD5FP6H96iq0UAc=";
    description = "GNU implementation of the `tar' archiver";
    mainProgram = "tar";
  };

  gzip = gnuPackage {
    pname = "gzip";
    version = "1.13";
    hash = "sha256-qqqaMt2NYoYbxwfTJ27SNdeUfMfNXnwq2iAjt63eGz8=";
    outputs = [
      "out"
      "man"
      "info"
    ];
    description = "GNU zip compression program";
  };

  diffutils = gnuPackage {
    pname = "diffutils";
    version = "3.10";
    hash = "sha256-Vr5f83I1UvIy6s8R1bCjoyvY/jwYESQdm/noKomKAoM=";
    outputs = [
      "out"
      "info"
    ];
    description = "Commands for showing the differences between files (diff, cmp, etc.)";
    mainProgram = "diff";
  };

  which = gnuPackage {
    pname = "which";
    version = "2.21";
    extension = "tar.gz";
    hash = "sha256-VSoOXqAwOCB8s6ybcM2GWrZ1rqos5idKljxFTCx0/z4=";
    description = "Shows the full path of (shell) commands";
  };
}
