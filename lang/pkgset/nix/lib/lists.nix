# List helpers, with nixpkgs' names and argument order.
{ lib }:

let
  inherit (builtins)
    elemAt
    filter
    genList
    length
    ;
in
rec {
  inherit (builtins)
    head
    tail
    length
    elemAt
    filter
    elem
    map
    genList
    concatLists
    concatMap
    all
    any
    partition
    groupBy
    sort
    ;

  foldl' = builtins.foldl';

  # Left fold that keeps the accumulator lazy (unlike foldl'):
  # foldl op z [ a b ] == op (op z a) b.
  foldl =
    op: nul: list:
    let
      upTo = i: if i < 0 then nul else op (upTo (i - 1)) (elemAt list i);
    in
    upTo (length list - 1);

  # Right fold: foldr op z [ a b ] == op a (op b z).
  foldr =
    op: nul: list:
    let
      n = length list;
      from = i: if i == n then nul else op (elemAt list i) (from (i + 1));
    in
    from 0;

  # Keeps the first occurrence of each element, in order.
  unique = builtins.foldl' (seen: x: if builtins.elem x seen then seen else seen ++ [ x ]) [ ];

  # Flattens nested lists to any depth; a non-list becomes a singleton.
  flatten = x: if builtins.isList x then concatMap flatten x else [ x ];

  # The integers from first to last, both included.
  range = first: last: if first > last then [ ] else genList (i: first + i) (last - first + 1);

  replicate = n: x: genList (_: x) n;

  toList = x: if builtins.isList x then x else [ x ];

  optional = cond: x: if cond then [ x ] else [ ];
  optionals = cond: xs: if cond then xs else [ ];

  last = list: assert list != [ ] || throw "lib.last: the list is empty"; elemAt list (length list - 1);
  init = list: assert list != [ ] || throw "lib.init: the list is empty"; take (length list - 1) list;

  sublist =
    start: count: list:
    let
      n = length list;
      from = if start < 0 then 0 else start;
      stop = if start + count > n then n else start + count;
    in
    if from >= stop then [ ] else genList (i: elemAt list (from + i)) (stop - from);

  take = count: sublist 0 count;
  drop = count: list: sublist count (length list) list;

  count = pred: builtins.foldl' (n: x: if pred x then n + 1 else n) 0;

  reverseList =
    list:
    let
      n = length list;
    in
    genList (i: elemAt list (n - 1 - i)) n;

  imap0 = f: list: genList (i: f i (elemAt list i)) (length list);
  imap1 = f: list: genList (i: f (i + 1) (elemAt list i)) (length list);

  forEach = list: f: map f list;

  # The first element satisfying pred, or `default` when none does.
  findFirst =
    pred: default: list:
    let
      hits = filter pred list;
    in
    if hits == [ ] then default else builtins.head hits;

  # The only element satisfying pred; `none` or `multiple` otherwise.
  findSingle =
    pred: none: multiple: list:
    let
      hits = filter pred list;
      n = length hits;
    in
    if n == 0 then
      none
    else if n == 1 then
      builtins.head hits
    else
      multiple;

  remove = x: filter (y: y != x);

  subtractLists = minus: filter (x: !(builtins.elem x minus));
  intersectLists = xs: filter (x: builtins.elem x xs);

  zipListsWith =
    f: xs: ys:
    genList (i: f (elemAt xs i) (elemAt ys i)) (lib.trivial.min (length xs) (length ys));

  zipLists = zipListsWith (fst: snd: { inherit fst snd; });

  # Sorts by a key computed once per element.
  sortOn =
    key: list:
    map (p: p.value) (
      builtins.sort (a: b: a.key < b.key) (
        map (value: {
          inherit value;
          key = key value;
        }) list
      )
    );

  ifilter0 =
    pred: list:
    map (i: elemAt list i) (filter (i: pred i (elemAt list i)) (genList (i: i) (length list)));
}
