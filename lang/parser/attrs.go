package parser

import (
	"slices"
	"sort"
	"strings"

	"github.com/ovl-nix/ovl/lang/ast"
)

// smallSet is the number of bindings up to which a set is searched
// linearly rather than through an index.
const smallSet = 16

// find returns set's binding named name, or nil.
func (p *parser) find(set *ast.AttrSet, name ast.Symbol) *ast.Binding {
	if len(set.Bindings) < smallSet {
		for _, b := range set.Bindings {
			if b.Name == name {
				return b
			}
		}
		return nil
	}
	return p.indexOf(set).find(set, name)
}

// nameIndex finds the bindings of a set of smallSet bindings or more by
// name. Mostly it is asked for names the set lacks: a set's names are
// new to it, except in a duplicate or a path into a nested set (`a.b =
// …; a.c = …;`). A bit per symbol answers those, and a map of the
// bindings is made only once a name is found; indexing the hundreds of
// thousands of bindings of an overlay file in maps took a twentieth of
// the parser's time.
type nameIndex struct {
	has    []uint64 // bit s: the set has a binding named s
	byName map[ast.Symbol]*ast.Binding
}

func (x *nameIndex) add(b *ast.Binding) {
	w := int(b.Name / 64)
	if w >= len(x.has) {
		n := max(w+1, 2*len(x.has))
		x.has = slices.Grow(x.has, n-len(x.has))[:n]
	}
	x.has[w] |= 1 << (b.Name % 64)
	if x.byName != nil {
		x.byName[b.Name] = b
	}
}

func (x *nameIndex) find(set *ast.AttrSet, name ast.Symbol) *ast.Binding {
	if w := int(name / 64); w >= len(x.has) || x.has[w]&(1<<(name%64)) == 0 {
		return nil
	}
	if x.byName == nil {
		x.byName = make(map[ast.Symbol]*ast.Binding, len(set.Bindings))
		for _, b := range set.Bindings {
			x.byName[b.Name] = b
		}
	}
	return x.byName[name]
}

// indexOf returns the name index of set, which has smallSet bindings or
// more, making it on first use. The last one is at hand: bindings come
// to one set at a time, mostly.
func (p *parser) indexOf(set *ast.AttrSet) *nameIndex {
	if set == p.lastSet {
		return p.lastIndex
	}
	idx, ok := p.index[set]
	if !ok {
		idx = p.newIndex()
		for _, b := range set.Bindings {
			idx.add(b)
		}
		if p.index == nil {
			p.index = map[*ast.AttrSet]*nameIndex{}
		}
		p.index[set] = idx
	}
	p.lastSet, p.lastIndex = set, idx
	return idx
}

// newIndex returns an empty index, reusing one a complete set left.
func (p *parser) newIndex() *nameIndex {
	if n := len(p.spareIndexes); n > 0 {
		idx := p.spareIndexes[n-1]
		p.spareIndexes = p.spareIndexes[:n-1]
		return idx
	}
	return &nameIndex{}
}

// dropIndex forgets the name index of a set that is complete, and keeps
// it, cleared, for another set.
func (p *parser) dropIndex(set *ast.AttrSet) {
	idx, ok := p.index[set]
	if !ok {
		return
	}
	delete(p.index, set)
	if set == p.lastSet {
		p.lastSet, p.lastIndex = nil, nil
	}
	for _, b := range set.Bindings {
		idx.has[b.Name/64] = 0
	}
	idx.byName = nil
	p.spareIndexes = append(p.spareIndexes, idx)
}

func (p *parser) insert(set *ast.AttrSet, b *ast.Binding) {
	if len(set.Bindings) >= smallSet {
		p.indexOf(set).add(b)
	}
	set.Bindings = append(set.Bindings, b)
}

// addAttr adds `path = e;` to set as CppNix 2.8's addAttr does: the
// steps before the last create or enter nested sets, and a set value for
// an existing set is merged into it (its dynamic attributes are dropped,
// as in 2.8).
func (p *parser) addAttr(set *ast.AttrSet, path []ast.AttrName, e ast.Expr, pos ast.Pos) {
	for _, n := range path[:len(path)-1] {
		if n.Dynamic != nil {
			nested := p.newSet(ast.Pos{})
			set.Dynamic = append(set.Dynamic, &ast.DynamicBinding{Pos: pos, Name: n.Dynamic, Value: nested})
			set = nested
			continue
		}
		if b := p.find(set, n.Name); b != nil {
			inner, ok := b.Value.(*ast.AttrSet)
			if !ok || b.Inherit == ast.Inherited {
				p.dupAttr(showAttrPath(path), pos, b.Pos)
				return
			}
			set = inner
			continue
		}
		nested := p.newSet(ast.Pos{})
		b := p.newBinding(set)
		b.Pos, b.Name, b.Value = pos, n.Name, nested
		p.insert(set, b)
		set = nested
	}
	last := path[len(path)-1]
	if last.Dynamic != nil {
		set.Dynamic = append(set.Dynamic, &ast.DynamicBinding{Pos: pos, Name: last.Dynamic, Value: e})
		return
	}
	b := p.find(set, last.Name)
	if b == nil {
		b := p.newBinding(set)
		b.Pos, b.Name = pos, last.Name
		p.bindValue(set, b, e)
		p.insert(set, b)
		setName(e, last.Name)
		return
	}
	existing, ok1 := b.Value.(*ast.AttrSet)
	added, ok2 := e.(*ast.AttrSet)
	if !ok1 || !ok2 {
		p.dupAttr(showAttrPath(path), pos, b.Pos)
		return
	}
	// CppNix walks the added set in its symbol order; so do we.
	bs := append([]*ast.Binding(nil), added.Bindings...)
	sort.SliceStable(bs, func(i, j int) bool { return bs[i].Name < bs[j].Name })
	for _, nb := range bs {
		if old := p.find(existing, nb.Name); old != nil {
			// 2.8 swaps the two positions in this message.
			p.dupAttr(ast.ShowID(nb.Name.String()), old.Pos, nb.Pos)
			return
		}
		p.insert(existing, nb)
	}
}

// setName records the binding name of a function (and of the functions
// it returns), as CppNix's setName does.
func setName(e ast.Expr, name ast.Symbol) {
	for {
		l, ok := e.(*ast.Lambda)
		if !ok {
			return
		}
		l.Name = name
		e = l.Body
	}
}

// dupAttr reports a duplicate attribute and ends the parse.
func (p *parser) dupAttr(what string, pos, prev ast.Pos) {
	p.failAt(pos, "attribute '"+what+"' already defined at "+showPos(prev))
}

// showPos prints a position inside a message as CppNix does: expressions
// that did not come from a file are "(string)".
func showPos(pos ast.Pos) string {
	if !pos.IsValid() {
		return "undefined position"
	}
	s := pos.String()
	if strings.HasPrefix(pos.Src.Name, "«") {
		s = "(string)" + s[len(pos.Src.Name):]
	}
	return s
}

// showAttrPath prints an attribute path as CppNix's showAttrPath.
func showAttrPath(path []ast.AttrName) string {
	var b strings.Builder
	for i, n := range path {
		if i > 0 {
			b.WriteByte('.')
		}
		if n.Dynamic != nil {
			b.WriteString(`"${`)
			printExpr(&b, n.Dynamic)
			b.WriteString(`}"`)
		} else {
			b.WriteString(ast.ShowID(n.Name.String()))
		}
	}
	return b.String()
}

// orderFormals sorts formals as Nix 2.8 does: by symbol, then position.
func orderFormals(items []ast.Formal) {
	sort.Slice(items, func(i, j int) bool {
		if items[i].Name != items[j].Name {
			return items[i].Name < items[j].Name
		}
		return posLess(items[i].Pos, items[j].Pos)
	})
}

func posLess(a, b ast.Pos) bool {
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	return a.Col < b.Col
}

// absPath makes a path literal absolute against base and canonical, as
// CppNix's absPath and canonPath do (without resolving symlinks).
func absPath(path, base string) string {
	if !strings.HasPrefix(path, "/") {
		path = base + "/" + path
	}
	return canonPath(path)
}

func canonPath(path string) string {
	var b []byte
	for {
		for len(path) > 0 && path[0] == '/' {
			path = path[1:]
		}
		if path == "" {
			break
		}
		switch {
		case path == "." || strings.HasPrefix(path, "./"):
			path = path[1:]
		case path == ".." || strings.HasPrefix(path, "../"):
			if i := strings.LastIndexByte(string(b), '/'); i >= 0 {
				b = b[:i]
			}
			path = path[2:]
		default:
			b = append(b, '/')
			i := strings.IndexByte(path, '/')
			if i < 0 {
				i = len(path)
			}
			b = append(b, path[:i]...)
			path = path[i:]
		}
	}
	if len(b) == 0 {
		return "/"
	}
	return string(b)
}
