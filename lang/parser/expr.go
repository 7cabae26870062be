package parser

import (
	"math"
	"strconv"

	"github.com/alecthomas/participle/v2/lexer"
	"github.com/ovl-nix/ovl/lang/ast"
)

// The hand-written productions. Each parses from p.lex, the cursor of the
// participle production it was called from, and returns finished ast
// nodes; the comments give the bison rules of CppNix's grammar they
// implement.

var (
	symSub      = ast.Intern("__sub")
	symMul      = ast.Intern("__mul")
	symDiv      = ast.Intern("__div")
	symLessThan = ast.Intern("__lessThan")
	symFindFile = ast.Intern("__findFile")
	symNixPath  = ast.Intern("__nixPath")
	symOr       = ast.Intern("or")
	symBody     = ast.Intern("body")
)

// builtin is a reference to a builtin that a desugaring introduces; like
// CppNix's, it has no position.
func (p *parser) builtin(s ast.Symbol) ast.Expr {
	v := p.alloc.vars.new()
	v.Name = s
	return v
}

// call2 is a call of builtin fn on a and b, as operators desugar.
func (p *parser) call2(pos ast.Pos, fn ast.Symbol, a, b ast.Expr) ast.Expr {
	c := p.alloc.calls.new()
	c.Pos, c.Fn, c.Args = pos, p.builtin(fn), p.alloc.exprs.slice([]ast.Expr{a, b})
	return c
}

// parseExprNode is the custom production for exprNode.
func (p *parser) parseExprNode(lex *lexer.PeekingLexer) (exprNode, error) {
	t := p.enter(lex)
	mark := p.depth
	if rc := lex.RawCursor(); rc > 0 {
		p.read(p.ring.head - 1)
		p.push(p.fieldItems(lex, rc-1))
	}
	e := p.expr()
	p.depth = mark
	p.leave(t)
	return e, nil
}

// fieldItems is the number of items bison's stack holds for the function
// form whose expression follows the token at i (which tells the field).
func (p *parser) fieldItems(lex *lexer.PeekingLexer, i lexer.RawCursor) int {
	switch kind(lex, i) {
	case tAssert, tWith, tIf:
		return 1
	case tLParen: // INHERIT '(' expr ')'
		return 2
	case tSemi, tThen, tIn: // ASSERT expr ';', IF expr THEN, LET binds IN
		return 3
	case tElse:
		return 5
	case tQuestion: // a formal's default, after ID '?'
		f := p.patterns[len(p.patterns)-1]
		return f.items + 2*f.formals
	case tColon:
		if kind(lex, i-1) == tID {
			return 6 // '{' formals '}' '@' ID ':'
		}
		// '{' formals '}' ':', after ID '@' or not
		return p.patterns[len(p.patterns)-1].items + 3
	}
	return 0
}

func kind(lex *lexer.PeekingLexer, i lexer.RawCursor) lexer.TokenType {
	if i < 0 {
		return 0
	}
	return kindOf(lex.Range(i, i+1)[0].Type)
}

// expr is CppNix's expr_function:
//
//	expr_function: ID ':' expr_function | '{' formals '}' ':' expr_function | …
//	  | ASSERT expr ';' expr_function | WITH expr ';' expr_function
//	  | LET binds IN expr_function | expr_if
//	expr_if: IF expr THEN expr ELSE expr | expr_op
//
// It hands the other function forms to participle and parses `x: body`
// and expr_op itself.
func (p *parser) expr() ast.Expr {
	switch p.kind() {
	case tID:
		if k := kindOf(p.peekAt(1).Type); k == tColon || k == tAt {
			return p.function()
		}
	case tLBrace:
		if p.setPattern() {
			return p.function()
		}
	case tAssert, tWith, tIf:
		return p.function()
	case tLet:
		if kindOf(p.peekAt(1).Type) != tLBrace {
			return p.function()
		}
	}
	return p.op(0)
}

// setPattern tells, at a `{` where a function may start, a set pattern
// from an attribute set as CppNix's GLR parser does. It splits after `{`
// when an identifier or `}` follows and runs both readings until one
// fails: `{ a,`, `{ a ?` and `{ a }` only continue a pattern, `{ a =` and
// `{ a .` only a set. After `{ }`, the next token decides; if it is
// neither `:` nor `@`, the set reading goes on, and should it fail on
// that very token, bison reports the pattern's error.
func (p *parser) setPattern() bool {
	switch t1 := p.peekAt(1); kindOf(t1.Type) {
	case tEllipsis:
		return true
	case tRBrace:
		p.room(splitAtBrace, t1)
		t2 := p.peekAt(2)
		switch kindOf(t2.Type) {
		case tColon, tAt:
			return true
		}
		p.room(emptySetSplit(kindOf(t2.Type)), t2)
		p.altTok, p.hasAlt = *t2, true
	case tID:
		// Both readings hold items of bison's stack until one fails,
		// more than either would alone: splitting at the name takes
		// splitAtName more than this production's depth, and going on
		// with both to the next token splitToName of it (measured
		// against CppNix at its stack limit), also when that token ends
		// the set reading.
		p.room(splitAtName, t1)
		t2 := p.peekAt(2)
		p.room(splitToName(kindOf(t2.Type)), t2)
		switch kindOf(t2.Type) {
		case tComma, tQuestion, tRBrace:
			return true
		}
	}
	return false
}

// The items bison's GLR parser holds at most while it runs both readings
// of `{ ID` (see setPattern), beyond the depth where the `{` is read.
const (
	splitAtName = 4
	splitToNext = 14
)

// splitToName is the number of items bison's GLR parser holds, beyond
// the depth where the `{` is read, when it has run both readings of
// `{ ID` to the token k after the name (measured against CppNix at its
// stack limit): the set reading fails at ',', '?' and '}', after holding
// its items there.
func splitToName(k lexer.TokenType) int {
	switch k {
	case tComma:
		return 12
	case tQuestion:
		return 10
	}
	return splitToNext
}

// splitAtBrace is the number of items bison's GLR parser holds, beyond
// the depth where the `{` is read, once it has read `{ }` both ways.
const splitAtBrace = 9

// emptySetSplit is the number of items bison's GLR parser holds, beyond
// the depth where the `{` is read, when it runs both readings of `{ }` to
// the token k after them. The set reading reduces `{ }` as far as k lets
// it, and while the readings are split each reduction adds two items
// (measured against CppNix at its stack limit, with k ending the
// expression, applying it, following it with an operator or a '.').
func emptySetSplit(k lexer.TokenType) int {
	switch {
	case k == tDot || k == tOrKw: // expr_select: expr_simple '.' … | expr_simple OR_KW
		return 10
	case startsSimple(k): // expr_app: expr_app expr_select
		return 14
	case precOf(k) > 0: // expr_op: expr_op OP expr_op
		return 16
	}
	return 22 // up to expr: the token ends it
}

// Precedences of CppNix's operators, lowest first, as bison's %left,
// %right and %nonassoc declare them.
const (
	precImpl = 1 + iota
	precOr
	precAnd
	precEq
	precCmp
	precUpdate
	precNot
	precAdd
	precMul
	precConcat
	precHas
	precNegate
)

// binaryPrec is the precedence of each binary operator token.
var binaryPrec = [numKinds]int8{
	tImpl: precImpl, tOr: precOr, tAnd: precAnd, tEq: precEq, tNEq: precEq,
	tLess: precCmp, tGreater: precCmp, tLEq: precCmp, tGEq: precCmp, tUpdate: precUpdate,
	tPlus: precAdd, tMinus: precAdd, tStar: precMul, tSlash: precMul, tConcat: precConcat,
	tQuestion: precHas,
}

func precOf(k lexer.TokenType) int {
	if k <= 0 || k >= numKinds {
		return 0
	}
	return int(binaryPrec[k])
}

// op is CppNix's expr_op, by precedence climbing: it parses an operand
// and then every operator of precedence minPrec or more.
//
//	expr_op: '!' expr_op %prec NOT | '-' expr_op %prec NEGATE
//	  | expr_op OP expr_op | expr_op '?' attrpath | expr_app
func (p *parser) op(minPrec int) ast.Expr {
	mark := p.depth
	start := p.peek()
	pos := p.pos(start)
	var left ast.Expr
	switch kindOf(start.Type) {
	case tBang:
		p.next()
		left = &ast.Not{Pos: pos, E: p.op(precNot + 1)}
	case tMinus:
		p.next()
		left = p.call2(pos, symSub, &ast.Int{}, p.op(precNegate+1))
	default:
		left = p.app()
	}
	p.depth = mark + 1
	for {
		k := p.kind()
		prec := precOf(k)
		if prec == 0 || prec < minPrec {
			p.depth = mark
			return left
		}
		p.next()
		if k == tQuestion {
			// '?' binds an attribute path, and may be repeated.
			left = &ast.HasAttr{Pos: pos, Subject: left, Path: p.ownPath()}
			p.depth = mark + 1
			continue
		}
		next := prec + 1
		if k == tImpl || k == tUpdate || k == tConcat {
			next = prec // right associative
		}
		rpos := p.pos(p.peek())
		right := p.op(next)
		p.depth = mark + 1
		left = p.binary(k, pos, rpos, left, right)
		if prec == precEq || prec == precCmp {
			// non-associative: `a == b == c` is an error at the second
			// operator.
			if precOf(p.kind()) == prec {
				p.unexpected("")
			}
		}
	}
}

// binary makes the node of a binary operator: an ast.Binary, or the
// call a comparison or arithmetic desugars into.
func (p *parser) binary(k lexer.TokenType, pos, rpos ast.Pos, l, r ast.Expr) ast.Expr {
	var op ast.BinaryOp
	switch k {
	case tEq:
		op = ast.OpEq
	case tNEq:
		op = ast.OpNEq
	case tAnd:
		op = ast.OpAnd
	case tOr:
		op = ast.OpOr
	case tImpl:
		op = ast.OpImpl
	case tUpdate:
		op = ast.OpUpdate
	case tConcat:
		op = ast.OpConcat
	case tLess:
		return p.call2(pos, symLessThan, l, r)
	case tGreater:
		return p.call2(pos, symLessThan, r, l)
	case tLEq:
		return &ast.Not{Pos: pos, E: p.call2(pos, symLessThan, r, l)}
	case tGEq:
		return &ast.Not{Pos: pos, E: p.call2(pos, symLessThan, l, r)}
	case tPlus:
		return &ast.Concat{Pos: pos, Parts: []ast.Expr{l, r}, PartPos: []ast.Pos{pos, rpos}}
	case tMinus:
		return p.call2(pos, symSub, l, r)
	case tStar:
		return p.call2(pos, symMul, l, r)
	default: // tSlash
		return p.call2(pos, symDiv, l, r)
	}
	b := p.alloc.binaries.new()
	b.Pos, b.Op, b.L, b.R = pos, op, l, r
	return b
}

// startsSimple reports whether k can start an expr_simple.
func startsSimple(k lexer.TokenType) bool {
	switch k {
	case tID, tINT, tFLOAT, tQuote, tSimpleStr, tIndStringOpen, tPATH, tHPATH, tSPATH, tURI,
		tLParen, tLet, tRec, tLBrace, tLBracket:
		return true
	}
	return false
}

// app is CppNix's expr_app: expr_app expr_select | expr_select. Like
// CppNix, applying a call (even a parenthesised one) adds an argument to
// it.
func (p *parser) app() ast.Expr {
	mark := p.depth
	pos := p.pos(p.peek())
	fn := p.selectExpr()
	if !startsSimple(p.kind()) {
		return fn
	}
	call, ok := fn.(*ast.Call)
	if !ok {
		call = p.alloc.calls.new()
		call.Pos, call.Fn = pos, fn
	}
	p.depth = mark + 1
	for startsSimple(p.kind()) {
		call.Args = append(call.Args, p.selectExpr())
	}
	p.depth = mark
	return call
}

// selectExpr is CppNix's expr_select:
//
//	expr_select: expr_simple '.' attrpath | expr_simple '.' attrpath OR_KW expr_select
//	  | expr_simple OR_KW | expr_simple
func (p *parser) selectExpr() ast.Expr {
	mark := p.depth
	pos := p.pos(p.peek())
	e := p.simple()
	switch p.kind() {
	case tDot:
		p.depth = mark + 1
		p.next()
		sel := p.selection(pos, e)
		if p.kind() != tOrKw {
			p.depth = mark
			return sel
		}
		p.depth = mark + 3
		p.next()
		sel.Default = p.selectExpr()
		p.depth = mark
		return sel
	case tOrKw:
		// `f or` applies f to a variable named or.
		p.depth = mark + 1
		p.next()
		p.depth = mark
		return &ast.Call{Pos: pos, Fn: e, Args: []ast.Expr{&ast.Var{Pos: pos, Name: symOr}}}
	}
	return e
}

// simple is CppNix's expr_simple.
func (p *parser) simple() ast.Expr {
	mark := p.depth
	t := p.peek()
	pos := p.pos(t)
	var e ast.Expr
	switch kindOf(t.Type) {
	case tID:
		name := p.name(t)
		p.next()
		if t.Value == "__curPos" {
			e = &ast.CurPos{Pos: pos}
		} else {
			v := p.alloc.vars.new()
			v.Pos, v.Name = pos, name
			e = v
		}
	case tINT:
		p.next()
		n, _ := strconv.ParseInt(t.Value, 10, 64) // checked by the scanner
		i := p.alloc.ints.new()
		i.Pos, i.Value = pos, n
		e = i
	case tFLOAT:
		p.next()
		f, _ := parseFloat(t.Value)
		e = &ast.Float{Pos: pos, Value: f}
	case tQuote, tSimpleStr:
		e = p.str()
		if s, ok := e.(*ast.String); ok {
			s.Pos = pos
		}
	case tIndStringOpen:
		e = p.indString()
	case tPATH, tHPATH:
		e = p.path()
	case tSPATH:
		p.next()
		e = &ast.Call{Pos: pos, Fn: p.builtin(symFindFile),
			Args: []ast.Expr{p.builtin(symNixPath), &ast.String{Value: t.Value[1 : len(t.Value)-1]}}}
	case tURI:
		p.next()
		e = &ast.String{Pos: pos, Value: t.Value}
	case tLParen:
		p.next()
		e = p.expr()
		p.depth = mark + 2
		p.expect(tRParen, "')'")
	case tLet:
		// The legacy `let { …; body = …; }` is the body attribute of a
		// recursive set.
		p.next()
		set := p.attrSet("'{'")
		set.Rec = true
		e = &ast.Select{Subject: set, Path: []ast.AttrName{{Name: symBody}}}
	case tRec:
		p.next()
		set := p.attrSet("'{'")
		set.Rec = true
		e = set
	case tLBrace:
		e = p.attrSet("")
	case tLBracket:
		e = p.list()
	default:
		p.unexpected("")
	}
	p.depth = mark
	return e
}

// list is '[' expr_list ']', expr_list: expr_list expr_select | ε.
func (p *parser) list() ast.Expr {
	mark := p.depth
	open := p.next()
	p.push(1) // the empty expr_list
	pos := p.pos(open)
	base := len(p.elems) // the elements wait on a stack, as paths do
	for startsSimple(p.kind()) {
		e := p.selectExpr()
		p.elems = append(p.elems, e)
	}
	p.expect(tRBracket, "")
	p.depth = mark
	l := p.newList(pos, p.elems[base:])
	pop(&p.elems, base)
	return l
}

// attrSet parses '{' binds '}'; expecting is what a missing `{` expects.
//
//	binds: binds attrpath '=' expr ';' | binds INHERIT attrs ';'
//	  | binds INHERIT '(' expr ')' attrs ';' | ε
func (p *parser) attrSet(expecting string) *ast.AttrSet {
	mark := p.depth
	open := p.expect(tLBrace, expecting)
	p.push(1) // the empty binds
	set := p.newSet(p.pos(open))
	p.binds(set, p.end(open))
	p.expect(tRBrace, "")
	p.depth = mark
	p.dropIndex(set)
	return set
}

// parseBindsNode is the custom production for a let's bindings, which
// follow the LET token just read.
func (p *parser) parseBindsNode(lex *lexer.PeekingLexer) (bindsNode, error) {
	t := p.enter(lex)
	rc := lex.RawCursor()
	let := &lex.Range(rc-1, rc)[0]
	set := p.newSet(p.pos(let))
	mark := p.depth
	p.push(2) // LET and the empty binds
	p.binds(set, p.end(let))
	p.depth = mark
	p.leave(t)
	return set, nil
}

// binds adds bindings to set until a token that cannot start one. at is
// where CppNix places the (empty) start of the bindings: inherited
// variables get that position.
func (p *parser) binds(set *ast.AttrSet, at ast.Pos) {
	for {
		switch p.kind() {
		case tID, tOrKw, tQuote, tSimpleStr, tDollarCurly:
			mark := p.depth
			pos := p.pos(p.peek())
			// The path waits on p.paths, a stack the bindings inside
			// e push theirs onto after it.
			base := len(p.paths)
			p.paths = p.attrPath(p.paths)
			p.depth = mark + 1
			if p.kind() != tAssign {
				p.unexpected("'.' or '='")
			}
			p.next()
			e := p.expr()
			p.depth = mark + 3
			p.expect(tSemi, "';'")
			p.depth = mark
			p.addAttr(set, p.paths[base:], e, pos)
			pop(&p.paths, base)
		case tInherit:
			p.inherit(set, at)
		default:
			return
		}
	}
}

// selection parses the attribute path of a selection from e, at pos.
// `x.a`, the commonest (final.pkg, prev.pkg, lib.f), is allocated with
// its variable and its name in one place (see varSelect).
func (p *parser) selection(pos ast.Pos, e ast.Expr) *ast.Select {
	base := len(p.paths)
	p.paths = p.attrPath(p.paths)
	path := p.paths[base:]
	var sel *ast.Select
	if v, ok := e.(*ast.Var); ok && len(path) <= 2 {
		if len(path) == 1 {
			sel = p.alloc.varSels1.new().fill(pos, v, path)
		} else {
			sel = p.alloc.varSels2.new().fill(pos, v, path)
		}
		p.alloc.vars.takeBack(v) // copied into the selection
	} else {
		sel = p.alloc.selects.new()
		sel.Pos, sel.Subject, sel.Path = pos, e, p.alloc.names.slice(path)
	}
	pop(&p.paths, base)
	return sel
}

// ownPath parses an attribute path the tree keeps.
func (p *parser) ownPath() []ast.AttrName {
	base := len(p.paths)
	p.paths = p.attrPath(p.paths)
	path := p.alloc.names.slice(p.paths[base:])
	pop(&p.paths, base)
	return path
}

// attrPath parses an attribute path onto path:
//
//	attrpath: attrpath '.' attr | attrpath '.' string_attr | attr | string_attr
//	attr: ID | OR_KW
//	string_attr: '"' string_parts '"' | DOLLAR_CURLY expr '}'
func (p *parser) attrPath(path []ast.AttrName) []ast.AttrName {
	mark := p.depth
	for {
		t := p.peek()
		pos := p.pos(t)
		switch kindOf(t.Type) {
		case tID:
			name := p.name(t)
			p.next()
			path = append(path, ast.AttrName{Pos: pos, Name: name})
		case tOrKw:
			p.next()
			path = append(path, ast.AttrName{Pos: pos, Name: symOr})
		case tQuote, tSimpleStr, tDollarCurly:
			path = append(path, p.attrName(pos, p.stringAttr()))
		default:
			p.unexpected(`ID or OR_KW or DOLLAR_CURLY or '"'`)
		}
		p.depth = mark + 1
		if p.kind() != tDot {
			p.depth = mark
			return path
		}
		p.next()
	}
}

// stringAttr parses a string_attr: a quoted name or `${expr}`.
func (p *parser) stringAttr() ast.Expr {
	if k := p.kind(); k == tQuote || k == tSimpleStr {
		return p.str()
	}
	mark := p.depth
	p.next()
	e := p.interpolation()
	p.depth = mark
	return e
}

// inheritNames are the names an inherit brings in, interned in order.
type inheritNames struct{ syms []ast.Symbol }

func (*inheritNames) isInheritNames() {}

// parseInheritNames is the custom production for the names after inherit
// (none or more), hand-written as they are a list of single tokens
// (participle spent a struct and a capture on each). A quoted name must
// be static, which CppNix checks as soon as the name is read.
//
// Bison's stack holds INHERIT, or INHERIT '(' expr ')', then the names
// read so far (attrs, one item): participle read the tokens before the
// names, so their items are counted here.
func (p *parser) parseInheritNames(lex *lexer.PeekingLexer) (inheritNamesNode, error) {
	turn := p.enter(lex)
	mark := p.depth
	rc := lex.RawCursor()
	before := &lex.Range(rc-1, rc)[0]
	if kindOf(before.Type) == tRParen {
		p.depth += 3 // INHERIT '(' expr
		// Bison reduces the expression with ')' as its lookahead, and
		// CppNix runs out of stack there one item early (measured on
		// nested inherits: its GLR stack wants room for the reduction).
		p.room(2, before)
	}
	p.pushAt(before)   // INHERIT or ')'
	p.pushAt(p.peek()) // the empty attrs, reduced at the first name
	attrs := p.depth
	names := &inheritNames{}
	for {
		r := &p.ring
		t := r.at(r.head)
		switch kindOf(t.Type) {
		case tID:
			p.pushAt(t)
			names.syms = append(names.syms, p.name(t))
			r.head++
		case tOrKw:
			p.pushAt(t)
			r.head++
			names.syms = append(names.syms, symOr)
		case tQuote, tSimpleStr, tDollarCurly:
			pos := p.pos(t)
			s, ok := p.stringAttr().(*ast.String)
			if !ok {
				p.failAt(pos, "dynamic attributes not allowed in inherit")
			}
			names.syms = append(names.syms, ast.InternCopy(s.Value))
		default:
			if kindOf(t.Type) == tSemi {
				p.pushAt(t)
			}
			p.depth = mark
			p.leave(turn)
			return names, nil
		}
		p.depth = attrs // a name read: attrs again
	}
}

// attrName makes an attribute path step from a string_attr: a string
// without interpolation (also `${"a"}`) is a static name.
func (p *parser) attrName(pos ast.Pos, e ast.Expr) ast.AttrName {
	if s, ok := e.(*ast.String); ok {
		return ast.AttrName{Pos: pos, Name: ast.InternCopy(s.Value)}
	}
	return ast.AttrName{Pos: pos, Dynamic: e}
}

// parseFloat converts like strtod, failing where strtod reports ERANGE
// (overflow, and underflow into the subnormal range or to zero).
func parseFloat(s string) (float64, bool) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, false
	}
	if f != 0 && math.Abs(f) < 2.2250738585072014e-308 {
		return 0, false
	}
	if f == 0 {
		for i := 0; i < len(s) && s[i] != 'e' && s[i] != 'E'; i++ {
			if s[i] >= '1' && s[i] <= '9' {
				return 0, false
			}
		}
	}
	return f, true
}
