package builtins

import (
	"math"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
)

// List builtins beyond the core ones (map, length, head, tail).
func listBuiltins() []eval.Builtin {
	return []eval.Builtin{
		{Name: "elem", Scope: eval.GlobalUnderscore, Arity: 2, Fn: primElem},
		{Name: "elemAt", Scope: eval.GlobalUnderscore, Arity: 2, Fn: primElemAt},
		{Name: "filter", Scope: eval.GlobalUnderscore, Arity: 2, Fn: primFilter},
		{Name: "foldl'", Scope: eval.GlobalUnderscore, Arity: 3, Fn: primFoldlStrict},
		{Name: "genList", Scope: eval.GlobalUnderscore, Arity: 2, Fn: primGenList},
		{Name: "all", Scope: eval.GlobalUnderscore, Arity: 2, Fn: anyOrAll(false)},
		{Name: "any", Scope: eval.GlobalUnderscore, Arity: 2, Fn: anyOrAll(true)},
		{Name: "concatLists", Scope: eval.GlobalUnderscore, Arity: 1, Fn: primConcatLists},
		{Name: "concatMap", Scope: eval.GlobalUnderscore, Arity: 2, Fn: primConcatMap},
		{Name: "sort", Scope: eval.GlobalUnderscore, Arity: 2, Fn: primSort},
		{Name: "partition", Scope: eval.GlobalUnderscore, Arity: 2, Fn: primPartition},
	}
}

func primElem(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	xs, err := m.ForceList(args[1], pos)
	if err != nil {
		return eval.Value{}, err
	}
	for _, x := range xs {
		eq, err := m.Equal(args[0], x)
		if err != nil {
			return eval.Value{}, err
		}
		if eq {
			return eval.True, nil
		}
	}
	return eval.False, nil
}

// primElemAt forces the index before the list and, like CppNix, reads it
// as a C int: larger indices wrap around.
func primElemAt(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	i, err := m.ForceInt(args[1], pos)
	if err != nil {
		return eval.Value{}, err
	}
	xs, err := m.ForceList(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	n := int32(i)
	if n < 0 || int(n) >= len(xs) {
		return eval.Value{}, eval.Errorf(eval.EvalError, pos, "list index %d is out of bounds", n)
	}
	return m.Force(xs[n], pos)
}

// primFilter calls the predicate without a call position, as CppNix does,
// and returns the list itself when every element is kept.
func primFilter(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	f, err := m.ForceFunction(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	list, err := m.Force(args[1], pos)
	if err != nil {
		return eval.Value{}, err
	}
	xs, err := m.ForceList(list, pos)
	if err != nil {
		return eval.Value{}, err
	}
	var kept []eval.Value
	for i, x := range xs {
		r, err := m.Call(f, ast.Pos{}, x)
		if err != nil {
			return eval.Value{}, err
		}
		keep, err := m.ForceBool(r, pos)
		if err != nil {
			return eval.Value{}, err
		}
		if keep {
			if kept != nil {
				kept = append(kept, x)
			}
		} else if kept == nil {
			kept = append(make([]eval.Value, 0, len(xs)-1), xs[:i]...)
		}
	}
	if kept == nil {
		return list, nil
	}
	return eval.NewList(kept), nil
}

func primFoldlStrict(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	f, err := m.ForceFunction(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	xs, err := m.ForceList(args[2], pos)
	if err != nil {
		return eval.Value{}, err
	}
	acc := args[1]
	for _, x := range xs {
		if acc, err = m.Call(f, pos, acc, x); err != nil {
			return eval.Value{}, err
		}
	}
	return m.Force(acc, pos)
}

// primGenList makes a list of lazy `f i` thunks.
func primGenList(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	n, err := m.ForceInt(args[1], pos)
	if err != nil {
		return eval.Value{}, err
	}
	if n < 0 {
		return eval.Value{}, eval.Errorf(eval.EvalError, pos, "cannot create list of size %d", n)
	}
	if n > math.MaxInt32 {
		n = math.MaxInt32 // over the bound, without wrapping around in int
	}
	if err := m.CheckListSize(pos, int(n)); err != nil {
		return eval.Value{}, err
	}
	out := make([]eval.Value, n)
	for i := range out {
		out[i] = m.LazyCall(args[0], eval.NewInt(int64(i)))
	}
	return eval.NewList(out), nil
}

// anyOrAll makes builtins.any (stop at the first true) and builtins.all
// (stop at the first false).
func anyOrAll(any bool) eval.PrimOpFunc {
	return func(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
		f, err := m.ForceFunction(args[0], pos)
		if err != nil {
			return eval.Value{}, err
		}
		xs, err := m.ForceList(args[1], pos)
		if err != nil {
			return eval.Value{}, err
		}
		for _, x := range xs {
			r, err := m.Call(f, pos, x)
			if err != nil {
				return eval.Value{}, err
			}
			b, err := m.ForceBool(r, pos)
			if err != nil {
				return eval.Value{}, err
			}
			if b == any {
				return eval.NewBool(any), nil
			}
		}
		return eval.NewBool(!any), nil
	}
}

func primConcatLists(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	xs, err := m.ForceList(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	return m.ConcatLists(xs, pos)
}

// primConcatMap is concatLists (map f list), with f called strictly. A
// result that is not a list is reported where it (or else f) was written.
func primConcatMap(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	f, err := m.ForceFunction(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	xs, err := m.ForceList(args[1], pos)
	if err != nil {
		return eval.Value{}, err
	}
	lists := make([][]eval.Value, len(xs))
	total := 0
	for i, x := range xs {
		r, err := m.Call(f, pos, x)
		if err != nil {
			return eval.Value{}, err
		}
		l, err := m.ForceList(r, valuePos(r, valuePos(f, pos)))
		if err != nil {
			return eval.Value{}, eval.AddTrace(err, pos, "while invoking 'concatMap'")
		}
		lists[i] = l
		total += len(l)
	}
	if err := m.CheckListSize(pos, total); err != nil {
		return eval.Value{}, err
	}
	out := make([]eval.Value, 0, total)
	for _, l := range lists {
		out = append(out, l...)
	}
	return eval.NewList(out), nil
}

// valuePos is CppNix's Value::determinePos for a forced value: where a
// set or a function was written, else pos.
func valuePos(v eval.Value, pos ast.Pos) ast.Pos {
	switch v.Type() {
	case eval.TypeAttrs:
		if p := v.Attrs().Pos; p != nil {
			return *p
		}
		return ast.Pos{}
	case eval.TypeFunction:
		if l := v.Lambda(); l != nil {
			return l.Pos
		}
	}
	return pos
}

func primPartition(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	f, err := m.ForceFunction(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	xs, err := m.ForceList(args[1], pos)
	if err != nil {
		return eval.Value{}, err
	}
	var right, wrong []eval.Value
	for _, x := range xs {
		x, err := m.Force(x, pos)
		if err != nil {
			return eval.Value{}, err
		}
		r, err := m.Call(f, pos, x)
		if err != nil {
			return eval.Value{}, err
		}
		ok, err := m.ForceBool(r, pos)
		if err != nil {
			return eval.Value{}, err
		}
		if ok {
			right = append(right, x)
		} else {
			wrong = append(wrong, x)
		}
	}
	b := eval.NewAttrsBuilder(2)
	b.AddString("right", eval.NewList(right), nil)
	b.AddString("wrong", eval.NewList(wrong), nil)
	return eval.NewAttrs(b.Finish()), nil
}

// primSort forces every element, then sorts a copy with the comparator
// using the exact comparison sequence of libstdc++'s std::stable_sort, so
// that comparators that are not strict orderings give CppNix's result.
func primSort(m *eval.Machine, pos ast.Pos, args []eval.Value) (eval.Value, error) {
	f, err := m.ForceFunction(args[0], pos)
	if err != nil {
		return eval.Value{}, err
	}
	xs, err := m.ForceList(args[1], pos)
	if err != nil {
		return eval.Value{}, err
	}
	out := make([]eval.Value, len(xs))
	for i, x := range xs {
		if out[i], err = m.Force(x, pos); err != nil {
			return eval.Value{}, err
		}
	}
	less := func(a, b eval.Value) (bool, error) {
		r, err := m.Call(f, pos, a, b)
		if err != nil {
			return false, err
		}
		return m.ForceBool(r, pos)
	}
	// Like CppNix, compare directly when the comparator is lessThan itself.
	if lt, ok := m.Builtins().GetString("lessThan"); ok && f == lt {
		less = func(a, b eval.Value) (bool, error) { return m.LessThan(a, b, pos) }
	}
	if err := stableSort(out, less); err != nil {
		return eval.Value{}, err
	}
	return eval.NewList(out), nil
}

// sorter runs libstdc++'s stable merge sort (GCC 12: insertion-sorted
// chunks of 7, merged through a buffer of half the length) with a
// comparator that can fail: after the first error it stops calling the
// comparator and the error is returned by stableSort.
type sorter struct {
	less func(a, b eval.Value) (bool, error)
	err  error
}

func (s *sorter) lt(a, b eval.Value) bool {
	if s.err != nil {
		return false
	}
	r, err := s.less(a, b)
	if err != nil {
		s.err = err
		return false
	}
	return r
}

// stableSort sorts xs in place, calling less exactly as std::stable_sort
// calls its comparator.
func stableSort(xs []eval.Value, less func(a, b eval.Value) (bool, error)) error {
	if len(xs) == 0 {
		return nil
	}
	s := &sorter{less: less}
	buf := make([]eval.Value, (len(xs)+1)/2)
	mid := (len(xs) + 1) / 2
	s.mergeSortWithBuffer(xs[:mid], buf)
	s.mergeSortWithBuffer(xs[mid:], buf)
	s.mergeAdaptive(xs, mid, buf)
	return s.err
}

const sortChunk = 7

func (s *sorter) insertionSort(xs []eval.Value) {
	for i := 1; i < len(xs); i++ {
		v := xs[i]
		if s.lt(v, xs[0]) {
			copy(xs[1:i+1], xs[:i])
			xs[0] = v
			continue
		}
		j := i
		// libstdc++ relies on v not being less than xs[0] here; the
		// j > 0 check never changes which comparisons are made.
		for j > 0 && s.lt(v, xs[j-1]) {
			xs[j] = xs[j-1]
			j--
		}
		xs[j] = v
	}
}

func (s *sorter) mergeSortWithBuffer(xs, buf []eval.Value) {
	n := len(xs)
	buf = buf[:n]
	for i := 0; ; i += sortChunk {
		if n-i < sortChunk {
			s.insertionSort(xs[i:])
			break
		}
		s.insertionSort(xs[i : i+sortChunk])
	}
	for step := sortChunk; step < n; {
		s.mergeSortLoop(xs, buf, step)
		step *= 2
		s.mergeSortLoop(buf, xs, step)
		step *= 2
	}
}

// mergeSortLoop merges runs of step elements of from pairwise into to.
func (s *sorter) mergeSortLoop(from, to []eval.Value, step int) {
	i := 0
	for len(from)-i >= 2*step {
		s.moveMerge(from[i:i+step], from[i+step:i+2*step], to[i:])
		i += 2 * step
	}
	step = min(len(from)-i, step)
	s.moveMerge(from[i:i+step], from[i+step:], to[i:])
}

// moveMerge merges a and b into out, taking from a on ties.
func (s *sorter) moveMerge(a, b, out []eval.Value) {
	i, j, k := 0, 0, 0
	for i < len(a) && j < len(b) {
		if s.lt(b[j], a[i]) {
			out[k] = b[j]
			j++
		} else {
			out[k] = a[i]
			i++
		}
		k++
	}
	k += copy(out[k:], a[i:])
	copy(out[k:], b[j:])
}

// mergeAdaptive merges the sorted xs[:mid] and xs[mid:] through buf, which
// holds the shorter half (the first one on a tie), as libstdc++ does.
func (s *sorter) mergeAdaptive(xs []eval.Value, mid int, buf []eval.Value) {
	len1, len2 := mid, len(xs)-mid
	if len1 <= len2 {
		b := buf[:copy(buf, xs[:mid])]
		i, j, k := 0, mid, 0
		for i < len(b) && j < len(xs) {
			if s.lt(xs[j], b[i]) {
				xs[k] = xs[j]
				j++
			} else {
				xs[k] = b[i]
				i++
			}
			k++
		}
		copy(xs[k:], b[i:])
		return
	}
	// Backward merge with the second half in the buffer.
	b := buf[:copy(buf, xs[mid:])]
	if len(b) == 0 {
		return
	}
	last1, last2, out := mid-1, len(b)-1, len(xs)
	for {
		if s.lt(b[last2], xs[last1]) {
			out--
			xs[out] = xs[last1]
			if last1 == 0 {
				copy(xs[out-last2-1:out], b[:last2+1])
				return
			}
			last1--
		} else {
			out--
			xs[out] = b[last2]
			if last2 == 0 {
				return
			}
			last2--
		}
	}
}
