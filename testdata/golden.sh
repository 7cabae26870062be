#!/usr/bin/env bash
# Regenerates (or, with --check, re-checks) the expected outputs in testdata/
# by running CppNix 2.8, the oracle. Expected values are never written by
# hand or by ovl.
#
#   testdata/golden.sh            rewrite every expected file
#   testdata/golden.sh --check    compare, exit 1 on any difference
#   testdata/golden.sh [--check] DIR...   only these test folders
#
# Layout (see testdata/README.md):
#   parse/NAME.nix        -> NAME.exp   `nix-instantiate --parse`
#   parse-fail/NAME.nix   -> NAME.err   stderr of `nix-instantiate --parse`
#   eval/**/NAME.nix      -> NAME.exp   `nix-instantiate --eval --strict`, or the
#                                       flags in NAME.flags instead of --strict
#   eval-fail/**/NAME.nix -> NAME.err   stderr of the same
#   builtins/**/NAME.nix  -> NAME.exp, or NAME.err when CppNix fails
#
# The folder holding the test file is written as @DIR@ in expected files, and
# any other path inside the repository starts with @ROOT@, so they do not
# depend on where the repository is checked out.
set -euo pipefail
cd "$(dirname "$0")"
top=$(pwd)
root=$(dirname "$top")

check=0
if [ "${1:-}" = "--check" ]; then check=1; shift; fi
dirs=("$@")
[ ${#dirs[@]} -gt 0 ] || dirs=(parse parse-fail eval eval-fail builtins)

command -v nix-instantiate >/dev/null || { echo "golden.sh: nix-instantiate not found (apt-get install -y nix-bin)" >&2; exit 2; }

# CppNix's stack overflow errors depend on the usual 8 MiB stack.
ulimit -s 8192 2>/dev/null || true

nixi() {
  env -i PATH="$PATH" HOME=/homeless-shelter NIX_PATH= TZ=UTC LANG=C.UTF-8 \
    nix-instantiate --store dummy:// --readonly-mode "$@"
}

failures=0
count=0
errfile=$(mktemp)
trap 'rm -f "$errfile"' EXIT
# emit FILE CONTENT: writes or compares one expected file.
emit() {
  local file=$1 content=$2
  count=$((count + 1))
  if [ $check = 1 ]; then
    if [ ! -f "$file" ] || [ "$(cat "$file")" != "$content" ]; then
      echo "golden: $file differs from CppNix:" >&2
      diff <(cat "$file" 2>/dev/null) <(printf '%s\n' "$content") | head -20 >&2 || true
      failures=$((failures + 1))
    fi
  else
    printf '%s\n' "$content" > "$file"
  fi
}

for d in "${dirs[@]}"; do
  [ -d "$d" ] || continue
  while IFS= read -r -d '' nix; do
    dir=$(cd "$(dirname "$nix")" && pwd)
    base=${nix%.nix}
    name=$(basename "$nix")
    case "$d" in
      parse) mode=parse; want=ok ;;
      parse-fail) mode=parse; want=fail ;;
      eval) mode=eval; want=ok ;;
      eval-fail) mode=eval; want=fail ;;
      *) mode=eval; want=any ;;
    esac
    if [ $mode = parse ]; then
      args=(--parse)
    else
      flags="--strict"
      [ -f "$base.flags" ] && flags=$(cat "$base.flags")
      # shellcheck disable=SC2206
      args=(--eval $flags)
    fi
    set +e
    out=$(cd "$dir" && nixi "${args[@]}" "./$name" 2>"$errfile")
    rc=$?
    set -e
    err=$(cat "$errfile")
    out=${out//$dir/@DIR@}
    err=${err//$dir/@DIR@}
    out=${out//$root/@ROOT@}
    err=${err//$root/@ROOT@}
    if [ $rc = 0 ] && [ $want != fail ]; then
      emit "$base.exp" "$out"
      [ $check = 1 ] || rm -f "$base.err"
    elif [ $rc != 0 ] && [ $want != ok ]; then
      emit "$base.err" "$err"
      [ $check = 1 ] || rm -f "$base.exp"
    else
      echo "golden: $nix: CppNix exit status $rc does not fit folder $d: $err" >&2
      failures=$((failures + 1))
    fi
  done < <(find "$d" -name '*.nix' -not -path '*/_*' -print0 | sort -z)
done

echo "golden: $count files, $failures problems"
[ $failures = 0 ]
