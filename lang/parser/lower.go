package parser

import (
	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
	"github.com/ovl-nix/ovl/lang/ast"
)

// Lowering of the participle productions into package ast. It runs as
// soon as participle returns a production, which is when bison reduces
// it, so that the errors found here (duplicate formals, dynamic
// attributes in let, duplicate attributes) come in CppNix's order.

// function parses a function form (the next token starts one) with
// participle.
func (p *parser) function() ast.Expr {
	first := *p.peek() // a copy: the ring moves on while the body is read
	pos := p.pos(&first)
	patterns := len(p.patterns)
	defer func() { p.patterns = p.patterns[:patterns] }()
	head := 1 // the first token, or ID ':', or ID '@' '{'
	if kindOf(first.Type) == tID {
		head = 2
		if kindOf(p.peekAt(1).Type) == tAt {
			head = 3
		}
	}
	// participle consumes these tokens; bison pushes each.
	for i := range head {
		if p.depth+i+1 >= maxStack {
			p.failAt(p.pos(p.peekAt(i)), "memory exhausted")
		}
	}
	switch {
	case kindOf(first.Type) == tLBrace:
		p.patterns = append(p.patterns, pattern{items: 1}) // '{'
	case head == 3:
		p.patterns = append(p.patterns, pattern{items: 3}) // ID '@' '{'
	}
	switch kindOf(first.Type) {
	case tAssert:
		n := parse(p, p.g.assert, func(*assertNode) string { return "';'" })
		return &ast.Assert{Pos: pos, Cond: n.Cond, Body: n.Body}
	case tWith:
		n := parse(p, p.g.with, func(*withNode) string { return "';'" })
		return &ast.With{Pos: pos, Attrs: n.Attrs, Body: n.Body}
	case tLet:
		// After the bindings, more bindings or IN: too many to list.
		n := parse(p, p.g.let, func(*letNode) string { return "" })
		set := n.Binds.(*ast.AttrSet)
		if len(set.Dynamic) > 0 {
			p.failAt(pos, "dynamic attributes not allowed in let")
		}
		p.dropIndex(set)
		return &ast.Let{Pos: pos, Bindings: set.Bindings, Body: n.Body}
	case tIf:
		n := parse(p, p.g.ifThen, func(n *ifNode) string {
			if n.Then == nil {
				return "THEN"
			}
			return "ELSE"
		})
		return &ast.If{Pos: pos, Cond: n.Cond, Then: n.Then, Else: n.Else}
	case tID:
		// The argument is interned after the body, as CppNix does.
		if kindOf(p.peekAt(1).Type) == tColon {
			// `x: body` by hand: the commonest function form (every
			// curried argument), where participle had nothing to
			// decide: the expression parser has seen both tokens.
			// Bison holds them under the body (checked above).
			mark := p.depth
			p.ring.head += 2
			p.push(2)
			body := p.expr()
			p.depth = mark
			return &ast.Lambda{Pos: pos, Arg: ast.InternCopy(first.Value), Body: body}
		}
		n := parse(p, p.g.atLambda, func(n *atLambdaNode) string {
			switch {
			case n.Formals == nil:
				return "'{'"
			case !n.Formals.Closed:
				return "'}'"
			}
			return "':'"
		})
		arg := ast.InternCopy(first.Value)
		return &ast.Lambda{Pos: pos, Arg: arg, Formals: p.toFormals(n.Formals, pos, arg), Body: n.Body}
	default: // `{`
		n := parse(p, p.g.patternLambda, func(n *patternLambdaNode) string {
			switch {
			case n.Formals == nil || !n.Formals.Closed:
				return "'}'"
			case !n.At:
				return "':' or '@'"
			case n.Arg == "":
				return "ID"
			}
			return "':'"
		})
		var arg ast.Symbol
		if n.At {
			arg = ast.InternCopy(n.Arg)
		}
		return &ast.Lambda{Pos: pos, Arg: arg, Formals: p.toFormals(n.Formals, pos, arg), Body: n.Body}
	}
}

// pattern is a set pattern being parsed: the items on bison's stack
// before its first formal, and the formals read so far.
type pattern struct{ items, formals int }

// formal is `name` or `name ? default` in a set pattern.
type formal struct {
	pos  ast.Pos
	name ast.Symbol
	def  ast.Expr
}

func (*formal) isFormal() {}

// parseFormal is the custom production for a formal, hand-written as
// set patterns head most Nix files (participle's grammar for one cost a
// dozen allocations a formal). The formals rule is right recursive: each
// formal and its comma stay on bison's stack until the pattern ends, and
// thousands of formals exhaust it, at the name of the formal that does.
func (p *parser) parseFormal(lex *lexer.PeekingLexer) (formalNode, error) {
	// The formal's first tokens are in participle's window (see lend).
	t := lex.Peek()
	if kindOf(t.Type) != tID {
		return nil, participle.NextMatch
	}
	f := &p.patterns[len(p.patterns)-1]
	if p.depth+f.items+2*f.formals+1 >= maxStack {
		p.read(p.tokenAt(int(lex.RawCursor())))
		p.failAt(p.pos(t), "memory exhausted")
	}
	f.formals++
	lex.Next()
	fm := &formal{pos: p.pos(t)}
	if kindOf(lex.Peek().Type) == tQuestion {
		lex.Next()
		e, _ := p.parseExprNode(lex)
		fm.def = e
	} else {
		// participle reads on after the name.
		p.leave(p.enter(lex))
	}
	// CppNix creates the name's symbol as it reduces the formal, after
	// the default; formals are ordered by symbol.
	fm.name = ast.InternCopy(t.Value)
	return fm, nil
}

// parse runs the participle production g at the cursor. On a syntax
// error, expecting tells from the partial tree which tokens bison
// expects there.
func parse[G any](p *parser, g *participle.Parser[G], expecting func(*G) string) *G {
	p.lend(p.lex)
	n, err := g.ParseFromLexer(p.lex, allowTrailing)
	if err != nil {
		p.participleError(err, expecting(n))
	}
	p.resume(p.lex)
	return n
}

// toFormals sorts a set pattern's formals as Nix 2.8 does (by symbol, then
// position) and reports duplicates, also of the @-bound name.
func (p *parser) toFormals(f *formalsNode, pos ast.Pos, arg ast.Symbol) *ast.Formals {
	out := &ast.Formals{Items: make([]ast.Formal, len(f.Items)), Ellipsis: f.Ellipsis}
	for i, item := range f.Items {
		fm := item.(*formal)
		out.Items[i] = ast.Formal{Pos: fm.pos, Name: fm.name, Default: fm.def}
	}
	orderFormals(out.Items)
	items := out.Items
	for i := 0; i+1 < len(items); i++ {
		if items[i].Name == items[i+1].Name {
			// the first duplicate in symbol order, at its later position
			p.failAt(items[i+1].Pos, "duplicate formal function argument '"+items[i].Name.String()+"'")
		}
	}
	if arg != 0 {
		for _, it := range items {
			if it.Name == arg {
				p.failAt(pos, "duplicate formal function argument '"+arg.String()+"'")
			}
		}
	}
	return out
}

// inherit parses an inherit (the next token) with participle and adds its
// bindings to set. at is where the bindings of set start.
func (p *parser) inherit(set *ast.AttrSet, at ast.Pos) {
	npos := p.end(p.peek()) // the names are placed after `inherit`, or after `)`
	n := parse(p, p.g.inherit, func(n *inheritNode) string {
		if n.From != nil && n.Close == nil {
			return "')'"
		}
		return "" // after the names, more names or ';': too many to list
	})
	if n.Close != nil {
		npos = p.end(n.Close)
	}
	for _, sym := range n.Names.(*inheritNames).syms {
		if prev := p.find(set, sym); prev != nil {
			p.dupAttr(ast.ShowID(sym.String()), npos, prev.Pos)
		}
		b := p.newBinding(set)
		b.Pos, b.Name = npos, sym
		if n.From != nil {
			b.Value = &ast.Select{Pos: at, Subject: n.From, Path: []ast.AttrName{{Name: sym}}}
			b.Inherit = ast.InheritedFrom
		} else {
			b.Value = &ast.Var{Pos: at, Name: sym}
			b.Inherit = ast.Inherited
		}
		p.insert(set, b)
	}
}
