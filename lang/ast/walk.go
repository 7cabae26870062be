package ast

// Inspect walks the tree rooted at e in depth-first order, calling visit
// for every expression; when visit returns false the children of that
// expression are skipped.
func Inspect(e Expr, visit func(Expr) bool) {
	if e == nil || !visit(e) {
		return
	}
	names := func(path []AttrName) {
		for _, n := range path {
			Inspect(n.Dynamic, visit)
		}
	}
	switch e := e.(type) {
	case *Select:
		Inspect(e.Subject, visit)
		names(e.Path)
		Inspect(e.Default, visit)
	case *HasAttr:
		Inspect(e.Subject, visit)
		names(e.Path)
	case *AttrSet:
		for _, b := range e.Bindings {
			Inspect(b.Value, visit)
		}
		for _, d := range e.Dynamic {
			Inspect(d.Name, visit)
			Inspect(d.Value, visit)
		}
	case *List:
		for _, x := range e.Elems {
			Inspect(x, visit)
		}
	case *Lambda:
		if e.Formals != nil {
			for _, f := range e.Formals.Items {
				Inspect(f.Default, visit)
			}
		}
		Inspect(e.Body, visit)
	case *Call:
		Inspect(e.Fn, visit)
		for _, a := range e.Args {
			Inspect(a, visit)
		}
	case *Let:
		for _, b := range e.Bindings {
			Inspect(b.Value, visit)
		}
		Inspect(e.Body, visit)
	case *With:
		Inspect(e.Attrs, visit)
		Inspect(e.Body, visit)
	case *Assert:
		Inspect(e.Cond, visit)
		Inspect(e.Body, visit)
	case *If:
		Inspect(e.Cond, visit)
		Inspect(e.Then, visit)
		Inspect(e.Else, visit)
	case *Not:
		Inspect(e.E, visit)
	case *Binary:
		Inspect(e.L, visit)
		Inspect(e.R, visit)
	case *Concat:
		for _, p := range e.Parts {
			Inspect(p, visit)
		}
	}
}
