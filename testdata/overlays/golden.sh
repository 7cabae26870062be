#!/usr/bin/env bash
# Regenerates (or, with --check, re-checks) the expected outputs of the
# overlay scenarios in testdata/overlays/ by running CppNix 2.8 on
# _reference.nix, the oracle for builtins.applyOverlays (SPEC §4). Expected
# files are never written by hand or by ovl.
#
#   testdata/overlays/golden.sh                 rewrite every scenario
#   testdata/overlays/golden.sh --check         compare, exit 1 on a difference
#   testdata/overlays/golden.sh [--check] NAME...   only these scenarios
#
# For each scenario folder NAME/ (see README.md) it runs, from inside NAME/,
#
#   nix-instantiate --eval --strict --store dummy:// --readonly-mode \
#     [-I ...] .../_reference.nix --arg scenario /abs/NAME
#
# in an environment holding only PATH, TZ, LANG and the variables of NAME/env
# (HOME defaults to /homeless-shelter, NIX_PATH to empty). Relative paths in
# env become absolute under NAME/. It writes:
#   expected.exp   stdout, when CppNix succeeds
#   expected.warn  stderr, when CppNix succeeds and warns
#   expected.err   stderr, when CppNix fails
# with NAME's absolute path written @DIR@ and the oracle's own file
# written @REFERENCE@.
set -euo pipefail
cd "$(dirname "$0")"
top=$(pwd)

check=0
if [ "${1:-}" = "--check" ]; then check=1; shift; fi
names=("$@")
if [ ${#names[@]} = 0 ]; then
  for d in */; do
    d=${d%/}
    case "$d" in _*) continue ;; esac
    [ -f "$d/test.nix" ] && names+=("$d")
  done
fi

command -v nix-instantiate >/dev/null || { echo "overlays/golden.sh: nix-instantiate not found (apt-get install -y nix-bin)" >&2; exit 2; }

# resolve DIR P: P made absolute under DIR; empty and absolute P unchanged.
resolve() {
  case "$2" in
    "" | /*) printf '%s' "$2" ;;
    *) printf '%s/%s' "$1" "$2" ;;
  esac
}

# resolve_entry DIR E: a search-path entry, NAME=PATH or PATH.
resolve_entry() {
  case "$2" in
    *=*) printf '%s=%s' "${2%%=*}" "$(resolve "$1" "${2#*=}")" ;;
    *) resolve "$1" "$2" ;;
  esac
}

failures=0
count=0
# emit FILE CONTENT: writes or compares one expected file.
emit() {
  local file=$1 content=$2
  if [ $check = 1 ]; then
    if [ ! -f "$file" ] || [ "$(cat "$file")" != "$content" ]; then
      echo "overlays/golden: $file differs from CppNix:" >&2
      diff <(cat "$file" 2>/dev/null) <(printf '%s\n' "$content") | head -20 >&2 || true
      failures=$((failures + 1))
    fi
  else
    printf '%s\n' "$content" >"$file"
  fi
}

# absent FILE: in --check mode FILE must not exist; otherwise remove it.
absent() {
  if [ $check = 1 ]; then
    if [ -e "$1" ]; then
      echo "overlays/golden: $1 should not exist" >&2
      failures=$((failures + 1))
    fi
  else
    rm -f "$1"
  fi
}

errfile=$(mktemp)
trap 'rm -f "$errfile"' EXIT

for name in "${names[@]}"; do
  name=$(basename "$name")
  if [ ! -f "$name/test.nix" ] || [ ! -f "$name/base.nix" ]; then
    echo "overlays/golden: $name: not a scenario (needs test.nix and base.nix)" >&2
    failures=$((failures + 1))
    continue
  fi
  dir=$(cd "$name" && pwd)
  count=$((count + 1))

  vars=(PATH="$PATH" TZ=UTC LANG=C.UTF-8 HOME=/homeless-shelter NIX_PATH=)
  flags=()
  if [ -f "$name/env" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      case "$line" in
        "" | "#"*) ;;
        "-I "*) flags+=(-I "$(resolve_entry "$dir" "${line#-I }")") ;;
        NIX_PATH=*)
          value=${line#NIX_PATH=} resolved="" sep=""
          IFS=: read -r -a entries <<<"$value"
          for e in "${entries[@]}"; do
            resolved+=$sep$(resolve_entry "$dir" "$e")
            sep=:
          done
          vars+=(NIX_PATH="$resolved")
          ;;
        [A-Z_]*=*) vars+=("${line%%=*}=$(resolve "$dir" "${line#*=}")") ;;
        *)
          echo "overlays/golden: $name/env: cannot read line: $line" >&2
          failures=$((failures + 1))
          ;;
      esac
    done <"$name/env"
  fi

  set +e
  out=$(cd "$dir" && env -i "${vars[@]}" nix-instantiate --eval --strict \
    --store dummy:// --readonly-mode "${flags[@]}" \
    "$top/_reference.nix" --arg scenario "$dir" 2>"$errfile")
  rc=$?
  set -e
  err=$(cat "$errfile")
  out=${out//$dir/@DIR@}
  err=${err//$dir/@DIR@}
  err=${err//$top\/_reference.nix/@REFERENCE@}

  if [ $rc = 0 ]; then
    emit "$name/expected.exp" "$out"
    absent "$name/expected.err"
    if [ -n "$err" ]; then emit "$name/expected.warn" "$err"; else absent "$name/expected.warn"; fi
  else
    emit "$name/expected.err" "$err"
    absent "$name/expected.exp"
    absent "$name/expected.warn"
  fi
done

echo "overlays/golden: $count scenarios, $failures problems"
[ $failures = 0 ]
