package parser

import (
	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
	"github.com/ovl-nix/ovl/lang/ast"
)

// The participle grammar. Token names are lexDef's symbols. Fields of the
// interface types below are custom productions: participle calls the
// parser's hand-written methods for them (see newGrammar), which return
// finished ast nodes.

// exprNode is an expression (CppNix's expr): parser.parseExprNode.
type exprNode interface{ ast.Expr }

// bindsNode is the bindings of a let: parser.parseBindsNode, an
// *ast.AttrSet holding them.
type bindsNode interface{ ast.Expr }

// inheritNamesNode is the names after inherit: parser.parseInheritNames,
// an *inheritNames.
type inheritNamesNode interface{ isInheritNames() }

// formalNode is one formal of a set pattern: parser.parseFormal, a
// *formal.
type formalNode interface{ isFormal() }

// fileNode is a Nix file: one expression, then the end of the input.
type fileNode struct {
	Body exprNode `parser:"@@"`
}

// The function forms. The expression parser (parser.expr) has seen
// their first tokens when it hands them over, and knows their position.

// atLambdaNode is `x @ { … }: body`. The expression parser has read the
// name.
type atLambdaNode struct {
	Formals *formalsNode `parser:"ID At @@ Colon"`
	Body    exprNode     `parser:"@@"`
}

// patternLambdaNode is `{ … }: body` or `{ … } @ x: body`.
type patternLambdaNode struct {
	Formals *formalsNode `parser:"@@"`
	At      bool         `parser:"( @At"`
	Arg     string       `parser:"  @ID )? Colon"`
	Body    exprNode     `parser:"@@"`
}

// formalsNode is a set pattern: formals separated by commas, a trailing
// comma allowed, `...` last. The lookahead `(?= Comma ID)` keeps a comma
// that ends the list from being taken for one that starts a formal.
type formalsNode struct {
	Items    []formalNode `parser:"LBrace ( @@ ( (?= Comma ID) Comma @@ )*"`
	Ellipsis bool         `parser:"  ( Comma @ELLIPSIS? )? | @ELLIPSIS )?"`
	Closed   bool         `parser:"@RBrace"`
}

type assertNode struct {
	Cond exprNode `parser:"ASSERT @@"`
	Body exprNode `parser:"Semi @@"`
}

type withNode struct {
	Attrs exprNode `parser:"WITH @@"`
	Body  exprNode `parser:"Semi @@"`
}

// letNode is `let bindings in body`; the legacy `let { … }` is an
// expr_simple, parsed by hand.
type letNode struct {
	Binds bindsNode `parser:"LET @@"`
	Body  exprNode  `parser:"IN @@"`
}

type ifNode struct {
	Cond exprNode `parser:"IF @@"`
	Then exprNode `parser:"THEN @@"`
	Else exprNode `parser:"ELSE @@"`
}

// inheritNode is `inherit names;` or `inherit (from) names;` in a set or
// let.
type inheritNode struct {
	From  exprNode         `parser:"INHERIT ( LParen @@"`
	Close *lexer.Token     `parser:"  @RParen )?"`
	Names inheritNamesNode `parser:"@@ Semi"`
}

// grammar holds the participle parsers of one parser: the file, the
// function forms the expression parser hands over, and inherit.
type grammar struct {
	file          *participle.Parser[fileNode]
	atLambda      *participle.Parser[atLambdaNode]
	patternLambda *participle.Parser[patternLambdaNode]
	assert        *participle.Parser[assertNode]
	with          *participle.Parser[withNode]
	let           *participle.Parser[letNode]
	ifThen        *participle.Parser[ifNode]
	inherit       *participle.Parser[inheritNode]
}

func newGrammar(p *parser) *grammar {
	opts := []participle.Option{
		participle.Lexer(lexDef{}),
		// The hand-written productions choose the alternative, so
		// participle commits to every token it consumes: errors are
		// found where bison finds them, and nothing is parsed twice.
		participle.UseLookahead(0),
		participle.ParseTypeWith(p.parseExprNode),
		participle.ParseTypeWith(p.parseBindsNode),
		participle.ParseTypeWith(p.parseInheritNames),
		participle.ParseTypeWith(p.parseFormal),
	}
	return &grammar{
		file:          participle.MustBuild[fileNode](opts...),
		atLambda:      participle.MustBuild[atLambdaNode](opts...),
		patternLambda: participle.MustBuild[patternLambdaNode](opts...),
		assert:        participle.MustBuild[assertNode](opts...),
		with:          participle.MustBuild[withNode](opts...),
		let:           participle.MustBuild[letNode](opts...),
		ifThen:        participle.MustBuild[ifNode](opts...),
		inherit:       participle.MustBuild[inheritNode](opts...),
	}
}

// allowTrailing lets a production end before the input does.
var allowTrailing = participle.AllowTrailing(true)

// participleError reports the syntax error participle found in a
// production, at the token where it stopped, listing expecting.
func (p *parser) participleError(err error, expecting string) {
	n := p.tokenAt(int(p.lex.RawCursor()))
	if u, ok := err.(*participle.UnexpectedTokenError); ok {
		n = p.numberOf(u.Unexpected, n)
	}
	p.syntaxError(p.read(n), expecting)
}

// numberOf finds the token participle reports (by value) among the ones
// it was lent (see lend); or is the answer if it is not there.
func (p *parser) numberOf(u lexer.Token, or int) int {
	r := &p.ring
	for n := max(r.head-2, 0); n < r.tail; n++ {
		if *r.at(n) == u {
			return n
		}
	}
	return or
}
