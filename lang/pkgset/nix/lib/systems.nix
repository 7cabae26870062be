# Platforms: lib.systems.elaborate turns "x86_64-linux" into the set that
# stdenv.hostPlatform is, and lib.platforms lists systems for meta.platforms.
{ lib }:

let
  cpus = {
    x86_64 = { bits = 64; family = "x86"; linuxArch = "x86_64"; };
    i686 = { bits = 32; family = "x86"; linuxArch = "x86"; };
    aarch64 = { bits = 64; family = "arm"; linuxArch = "arm64"; };
    armv7l = { bits = 32; family = "arm"; linuxArch = "arm"; };
    riscv64 = { bits = 64; family = "riscv"; linuxArch = "riscv"; };
    powerpc64le = { bits = 64; family = "power"; linuxArch = "powerpc"; };
  };
in
rec {
  # The known systems, grouped the way meta.platforms uses them.
  platforms = rec {
    linux = map (cpu: "${cpu}-linux") (builtins.attrNames cpus);
    darwin = [ "aarch64-darwin" "x86_64-darwin" ];
    unix = linux ++ darwin;
    all = unix;
    x86_64 = [ "x86_64-darwin" "x86_64-linux" ];
    i686 = [ "i686-linux" ];
    x86 = i686 ++ x86_64;
    aarch64 = [ "aarch64-darwin" "aarch64-linux" ];
  };

  # A platform description from a system double such as "x86_64-linux".
  elaborate =
    system:
    let
      parts = lib.strings.splitString "-" system;
      cpuName = builtins.head parts;
      kernel = lib.lists.last parts;
      cpu = cpus.${cpuName} or (throw "lib.systems.elaborate: unknown CPU '${cpuName}' in '${system}'");
      isLinux = kernel == "linux";
      isDarwin = kernel == "darwin";
    in
    {
      inherit system isLinux isDarwin;
      config =
        if isDarwin then
          "${if cpuName == "aarch64" then "arm64" else cpuName}-apple-darwin"
        else
          "${cpuName}-unknown-${kernel}-gnu${lib.strings.optionalString (cpuName == "armv7l") "eabihf"}";
      parsed = {
        cpu = cpu // { name = cpuName; };
        kernel.name = kernel;
      };
      uname = {
        system = if isLinux then "Linux" else if isDarwin then "Darwin" else kernel;
        processor = cpuName;
        release = null;
      };
      isUnix = isLinux || isDarwin;
      isWindows = false;
      isFreeBSD = false;
      isx86_64 = cpuName == "x86_64";
      isi686 = cpuName == "i686";
      isx86_32 = cpuName == "i686";
      isx86 = cpu.family == "x86";
      isAarch64 = cpuName == "aarch64";
      isAarch32 = cpuName == "armv7l";
      isAarch = cpu.family == "arm";
      isRiscV = cpu.family == "riscv";
      isPower = cpu.family == "power";
      is64bit = cpu.bits == 64;
      is32bit = cpu.bits == 32;
      isLittleEndian = true;
      isBigEndian = false;
      libc = if isLinux then "glibc" else if isDarwin then "libSystem" else null;
      isGnu = isLinux;
      isMusl = false;
      isStatic = false;
      inherit (cpu) linuxArch;
      extensions = {
        sharedLibrary = if isDarwin then ".dylib" else ".so";
        staticLibrary = ".a";
        executable = "";
      };
      # Whether this platform runs code built for `other` (x86_64 runs i686).
      canExecute = other: other.system == system || (cpuName == "x86_64" && other.isi686 && other.isLinux == isLinux);
    };
}
