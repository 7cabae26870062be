package parser

import (
	"github.com/ovl-nix/ovl/lang/ast"
	"math"
)

// value is the semantic value of a stack entry, kept small because the
// parser copies it on every shift and reduction. e holds expressions; x
// holds the other values (*ast.AttrSet for binds, *[]ast.AttrName,
// *[]part, *ast.List, *formalsList); s holds identifiers, token text and
// string values; n holds an INT, a FLOAT's bits, an identifier's
// ast.Symbol, or 1 for an IND_STR whose indentation counts.
type value struct {
	e ast.Expr
	x any
	s string
	n int64
}

func (v value) set() *ast.AttrSet      { return v.x.(*ast.AttrSet) }
func (v value) names() *[]ast.AttrName { return v.x.(*[]ast.AttrName) }
func (v value) parts() *[]part         { return v.x.(*[]part) }
func (v value) list() *ast.List        { return v.x.(*ast.List) }
func (v value) formals() *formalsList  { return v.x.(*formalsList) }
func (v value) float() float64         { return math.Float64frombits(uint64(v.n)) }
func (v value) indent() bool           { return v.n == 1 }

// part is one piece of a string or path: text or an interpolated
// expression.
type part struct {
	pos    ast.Pos
	e      ast.Expr // nil for text
	s      string
	indent bool // text of an indented string that counts for indentation
}

type formalsList struct {
	items    []ast.Formal
	ellipsis bool
}

func tokenValue(t *token) value {
	switch t.kind {
	case tINT:
		return value{n: t.num}
	case tFLOAT:
		return value{n: int64(math.Float64bits(t.float))}
	case tID:
		return value{n: t.num}
	case tIndSTR:
		if t.indent {
			return value{s: t.text, n: 1}
		}
	}
	return value{s: t.text}
}

var (
	symSub      = ast.Intern("__sub")
	symMul      = ast.Intern("__mul")
	symDiv      = ast.Intern("__div")
	symLessThan = ast.Intern("__lessThan")
	symFindFile = ast.Intern("__findFile")
	symNixPath  = ast.Intern("__nixPath")
	symOr       = ast.Intern("or")
	symBody     = ast.Intern("body")
	symCurPos   = ast.Intern("__curPos")
)

var binaryOps = [...]ast.BinaryOp{aEq: ast.OpEq, aNEq: ast.OpNEq, aAnd: ast.OpAnd, aOr: ast.OpOr,
	aImpl: ast.OpImpl, aUpdate: ast.OpUpdate, aConcat: ast.OpConcat}

// builtin is a reference to a builtin that a desugaring introduces; like
// CppNix's, it has no position.
func builtin(s ast.Symbol) ast.Expr { return &ast.Var{Name: s} }

func call2(pos ast.Pos, fn ast.Symbol, a, b ast.Expr) ast.Expr {
	return &ast.Call{Pos: pos, Fn: builtin(fn), Args: []ast.Expr{a, b}}
}

// action runs rule's semantic action on its right-hand side rhs; l is the
// rule's location (bison's @$) and below the location of the symbol
// before it (@0), where an empty rule's value is said to start.
func (p *parser) action(rule int, rhs []stackEntry, l, below loc) value {
	pos := p.at(l)
	switch ruleAction[rule] {
	case aPass, aParen:
		if ruleAction[rule] == aParen {
			return rhs[1].v
		}
		return rhs[0].v
	case aLambdaArg:
		return value{e: &ast.Lambda{Pos: pos, Arg: ast.Symbol(rhs[0].v.n), Body: rhs[2].v.e}}
	case aLambdaFormals:
		f := p.toFormals(rhs[1].v.formals(), pos, 0)
		return value{e: &ast.Lambda{Pos: pos, Formals: f, Body: rhs[4].v.e}}
	case aLambdaFormalsAt:
		arg := ast.Symbol(rhs[4].v.n)
		f := p.toFormals(rhs[1].v.formals(), pos, arg)
		return value{e: &ast.Lambda{Pos: pos, Arg: arg, Formals: f, Body: rhs[6].v.e}}
	case aLambdaAtFormals:
		arg := ast.Symbol(rhs[0].v.n)
		f := p.toFormals(rhs[3].v.formals(), pos, arg)
		return value{e: &ast.Lambda{Pos: pos, Arg: arg, Formals: f, Body: rhs[6].v.e}}
	case aAssert:
		return value{e: &ast.Assert{Pos: pos, Cond: rhs[1].v.e, Body: rhs[3].v.e}}
	case aWith:
		return value{e: &ast.With{Pos: pos, Attrs: rhs[1].v.e, Body: rhs[3].v.e}}
	case aLet:
		set := rhs[1].v.set()
		if len(set.Dynamic) > 0 {
			p.fail(l, "dynamic attributes not allowed in let")
			return value{}
		}
		delete(p.index, set)
		return value{e: &ast.Let{Pos: pos, Bindings: set.Bindings, Body: rhs[3].v.e}}
	case aIf:
		return value{e: &ast.If{Pos: pos, Cond: rhs[1].v.e, Then: rhs[3].v.e, Else: rhs[5].v.e}}
	case aNot:
		return value{e: &ast.Not{Pos: pos, E: rhs[1].v.e}}
	case aNegate:
		return value{e: call2(pos, symSub, &ast.Int{}, rhs[1].v.e)}
	case aEq, aNEq, aAnd, aOr, aImpl, aUpdate, aConcat:
		op := binaryOps[ruleAction[rule]]
		return value{e: &ast.Binary{Pos: pos, Op: op, L: rhs[0].v.e, R: rhs[2].v.e}}
	case aLess:
		return value{e: call2(pos, symLessThan, rhs[0].v.e, rhs[2].v.e)}
	case aGreater:
		return value{e: call2(pos, symLessThan, rhs[2].v.e, rhs[0].v.e)}
	case aLEq:
		return value{e: &ast.Not{Pos: pos, E: call2(pos, symLessThan, rhs[2].v.e, rhs[0].v.e)}}
	case aGEq:
		return value{e: &ast.Not{Pos: pos, E: call2(pos, symLessThan, rhs[0].v.e, rhs[2].v.e)}}
	case aHasAttr:
		return value{e: &ast.HasAttr{Pos: pos, Subject: rhs[0].v.e, Path: *rhs[2].v.names()}}
	case aPlus:
		return value{e: &ast.Concat{Pos: pos, Parts: []ast.Expr{rhs[0].v.e, rhs[2].v.e},
			PartPos: []ast.Pos{pos, p.at(rhs[2].loc)}}}
	case aMinus:
		return value{e: call2(pos, symSub, rhs[0].v.e, rhs[2].v.e)}
	case aMul:
		return value{e: call2(pos, symMul, rhs[0].v.e, rhs[2].v.e)}
	case aDiv:
		return value{e: call2(pos, symDiv, rhs[0].v.e, rhs[2].v.e)}
	case aApp:
		// Like CppNix, an application of a call (even a parenthesised
		// one) adds an argument to it.
		if c, ok := rhs[0].v.e.(*ast.Call); ok {
			c.Args = append(c.Args, rhs[1].v.e)
			return rhs[0].v
		}
		return value{e: &ast.Call{Pos: pos, Fn: rhs[0].v.e, Args: []ast.Expr{rhs[1].v.e}}}
	case aSelect:
		return value{e: &ast.Select{Pos: pos, Subject: rhs[0].v.e, Path: *rhs[2].v.names()}}
	case aSelectOr:
		return value{e: &ast.Select{Pos: pos, Subject: rhs[0].v.e, Path: *rhs[2].v.names(), Default: rhs[4].v.e}}
	case aOrCall:
		return value{e: &ast.Call{Pos: pos, Fn: rhs[0].v.e, Args: []ast.Expr{&ast.Var{Pos: pos, Name: symOr}}}}
	case aVar:
		if ast.Symbol(rhs[0].v.n) == symCurPos {
			return value{e: &ast.CurPos{Pos: pos}}
		}
		return value{e: &ast.Var{Pos: pos, Name: ast.Symbol(rhs[0].v.n)}}
	case aInt:
		return value{e: &ast.Int{Pos: pos, Value: rhs[0].v.n}}
	case aFloat:
		return value{e: &ast.Float{Pos: pos, Value: rhs[0].v.float()}}
	case aString:
		e := rhs[1].v.e
		if s, ok := e.(*ast.String); ok {
			s.Pos = pos
		}
		return value{e: e}
	case aIndString:
		e := stripIndentation(pos, *rhs[1].v.parts())
		p.freeParts = append(p.freeParts, rhs[1].v.parts())
		return value{e: e}
	case aPath:
		return rhs[0].v
	case aPathInterp:
		parts := *rhs[1].v.parts()
		es := make([]ast.Expr, 0, len(parts)+1)
		ps := make([]ast.Pos, 0, len(parts)+1)
		es = append(es, rhs[0].v.e)
		ps = append(ps, pos)
		for _, pt := range parts {
			es = append(es, partExpr(pt))
			ps = append(ps, pt.pos)
		}
		p.freeParts = append(p.freeParts, rhs[1].v.parts())
		return value{e: &ast.Concat{Pos: pos, Parts: es, PartPos: ps}}
	case aSearchPath:
		name := rhs[0].v.s
		return value{e: &ast.Call{Pos: pos, Fn: builtin(symFindFile),
			Args: []ast.Expr{builtin(symNixPath), &ast.String{Value: name[1 : len(name)-1]}}}}
	case aURI:
		return value{e: &ast.String{Pos: pos, Value: rhs[0].v.s}}
	case aLegacyLet:
		set := rhs[2].v.set()
		set.Rec = true
		delete(p.index, set)
		return value{e: &ast.Select{Subject: set, Path: []ast.AttrName{{Name: symBody}}}}
	case aRecSet:
		set := rhs[2].v.set()
		set.Rec = true
		delete(p.index, set)
		return value{e: set}
	case aSet:
		delete(p.index, rhs[1].v.set())
		return value{e: rhs[1].v.set()}
	case aList:
		return value{e: rhs[1].v.list()}
	case aPartsStr:
		return value{e: &ast.String{Pos: pos, Value: rhs[0].v.s}}
	case aPartsInterp:
		parts := *rhs[0].v.parts()
		es := make([]ast.Expr, len(parts))
		ps := make([]ast.Pos, len(parts))
		for i, pt := range parts {
			es[i], ps[i] = partExpr(pt), pt.pos
		}
		p.freeParts = append(p.freeParts, rhs[0].v.parts())
		return value{e: &ast.Concat{Pos: pos, ForceString: true, Parts: es, PartPos: ps}}
	case aPartsEmpty:
		return value{e: &ast.String{Pos: pos}}
	case aInterpStr, aIndStr:
		ps := rhs[0].v.parts()
		*ps = append(*ps, part{pos: p.at(rhs[1].loc), s: rhs[1].v.s, indent: rhs[1].v.indent()})
		return rhs[0].v
	case aInterpExpr, aIndExpr:
		ps := rhs[0].v.parts()
		*ps = append(*ps, part{pos: p.at(rhs[1].loc), e: rhs[2].v.e})
		return rhs[0].v
	case aInterpFirstExpr:
		return value{x: p.newParts(part{pos: pos, e: rhs[1].v.e})}
	case aInterpFirstStr:
		return value{x: p.newParts(part{pos: pos, s: rhs[0].v.s}, part{pos: p.at(rhs[1].loc), e: rhs[2].v.e})}
	case aIndEmpty:
		return value{x: p.newParts()}
	case aPathStart:
		text := rhs[0].v.s
		path := absPath(text, p.opts.BaseDir)
		if text[len(text)-1] == '/' && len(text) > 1 {
			path += "/"
		}
		return value{e: &ast.Path{Pos: pos, Value: path}}
	case aHomePathStart:
		return value{e: &ast.Path{Pos: pos, Value: p.opts.Home + rhs[0].v.s[1:]}}
	case aBind:
		p.addAttr(rhs[0].v.set(), *rhs[1].v.names(), rhs[3].v.e, p.at(rhs[1].loc))
		p.freeNames = append(p.freeNames, rhs[1].v.names())
		return rhs[0].v
	case aInherit, aInheritFrom:
		set := rhs[0].v.set()
		namesAt := rhs[2].loc
		var from ast.Expr
		if ruleAction[rule] == aInheritFrom {
			namesAt, from = rhs[5].loc, rhs[3].v.e
		}
		npos := p.at(namesAt)
		var names []ast.AttrName
		if from != nil {
			names = *rhs[5].v.names()
		} else {
			names = *rhs[2].v.names()
		}
		for _, n := range names {
			if prev := p.find(set, n.Name); prev != nil {
				p.dupAttr(showID(n.Name.String()), npos, prev.Pos)
				return value{}
			}
			b := &ast.Binding{Pos: npos, Name: n.Name}
			if from != nil {
				b.Value = &ast.Select{Pos: pos, Subject: from, Path: []ast.AttrName{{Name: n.Name}}}
				b.Inherit = ast.InheritedFrom
			} else {
				b.Value = &ast.Var{Pos: pos, Name: n.Name}
				b.Inherit = ast.Inherited
			}
			p.insert(set, b)
		}
		return rhs[0].v
	case aBindsEmpty:
		return value{x: &ast.AttrSet{Pos: p.at(below)}}
	case aAttrsAttr, aPathAttr:
		ns := rhs[0].v.names()
		*ns = append(*ns, ast.AttrName{Pos: p.at(rhs[len(rhs)-1].loc), Name: ast.Symbol(rhs[len(rhs)-1].v.n)})
		return rhs[0].v
	case aAttrsString:
		s, ok := rhs[1].v.e.(*ast.String)
		if !ok {
			p.fail(rhs[1].loc, "dynamic attributes not allowed in inherit")
			return value{}
		}
		ns := rhs[0].v.names()
		*ns = append(*ns, ast.AttrName{Pos: p.at(rhs[1].loc), Name: ast.Intern(s.Value)})
		return rhs[0].v
	case aAttrsEmpty:
		return value{x: p.newNames()}
	case aPathString:
		ns := rhs[0].v.names()
		*ns = append(*ns, attrName(p.at(rhs[2].loc), rhs[2].v.e))
		return rhs[0].v
	case aPathFirstAttr:
		return value{x: p.newNames(ast.AttrName{Pos: pos, Name: ast.Symbol(rhs[0].v.n)})}
	case aPathFirstString:
		return value{x: p.newNames(attrName(pos, rhs[0].v.e))}
	case aAttrOr:
		return value{n: int64(symOr)}
	case aStringAttr:
		return rhs[1].v
	case aDynamicAttr:
		return rhs[1].v
	case aListElem:
		lst := rhs[0].v.list()
		lst.Elems = append(lst.Elems, rhs[1].v.e)
		return rhs[0].v
	case aListEmpty:
		return value{x: &ast.List{Pos: p.at(below)}}
	case aFormalsMore:
		f := rhs[2].v.formals()
		f.items = append(f.items, rhs[0].v.formals().items[0])
		return rhs[2].v
	case aFormalsEmpty:
		return value{x: &formalsList{}}
	case aFormalsEllipsis:
		return value{x: &formalsList{ellipsis: true}}
	case aFormal:
		return value{x: &formalsList{items: []ast.Formal{{Pos: pos, Name: ast.Symbol(rhs[0].v.n)}}}}
	case aFormalDefault:
		return value{x: &formalsList{items: []ast.Formal{{Pos: pos, Name: ast.Symbol(rhs[0].v.n), Default: rhs[2].v.e}}}}
	}
	return value{} // unreachable: every rule has an action
}

// newNames returns an attribute path holding names, reusing one that a
// binding is done with: most paths only live until their binding is added.
func (p *parser) newNames(names ...ast.AttrName) *[]ast.AttrName {
	if n := len(p.freeNames); n > 0 {
		ns := p.freeNames[n-1]
		p.freeNames = p.freeNames[:n-1]
		*ns = append((*ns)[:0], names...)
		return ns
	}
	ns := append(make([]ast.AttrName, 0, 4), names...)
	return &ns
}

// newParts returns a list of string parts holding parts, reusing one that
// a finished string is done with.
func (p *parser) newParts(parts ...part) *[]part {
	if n := len(p.freeParts); n > 0 {
		ps := p.freeParts[n-1]
		p.freeParts = p.freeParts[:n-1]
		*ps = append((*ps)[:0], parts...)
		return ps
	}
	ps := append(make([]part, 0, 4), parts...)
	return &ps
}
