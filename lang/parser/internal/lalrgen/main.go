// Command lalrgen writes the LALR(1) tables of ovl's Nix parser
// (lang/parser/tables.go).
//
// The grammar below has the same shape as the one CppNix 2.8 hands to
// bison, and the tables are built with bison's rules: LALR(1) lookaheads,
// conflicts resolved by precedence and associativity (%nonassoc gives an
// explicit error), and a default reduction in every state that has one
// (the most common reduction). Syntax errors then happen in the same
// states as in CppNix, so the "unexpected X, expecting Y" messages, which
// list the tokens a state accepts, come out the same. Terminals are
// numbered in the order bison numbers them, which is the order the
// messages list them in.
//
// Run `go generate ./lang/parser` after changing the grammar. Flags:
// -o FILE writes the tables elsewhere; -dump FILE lists each state's
// kernel items, the tokens it acts on and its default reduction, for
// comparing with `bison -v`'s report.
package main

import (
	"bytes"
	"fmt"
	"go/format"
	"log"
	"os"
	"sort"
	"strings"
)

// terminals in bison's numbering: end of file, error, undefined, the
// %token declarations, the tokens first named by the precedence
// declarations, then the character literals in order of first use.
var terminals = []string{
	"$end", "error", "$undefined",
	"ID", "ATTRPATH", "STR", "IND_STR", "INT", "FLOAT", "PATH", "HPATH", "SPATH", "PATH_END", "URI",
	"IF", "THEN", "ELSE", "ASSERT", "WITH", "LET", "IN", "REC", "INHERIT", "EQ", "NEQ", "AND", "OR", "IMPL", "OR_KW",
	"DOLLAR_CURLY", "IND_STRING_OPEN", "IND_STRING_CLOSE", "ELLIPSIS",
	"'<'", "'>'", "LEQ", "GEQ", "UPDATE", "NOT", "'+'", "'-'", "'*'", "'/'", "CONCAT", "'?'", "NEGATE",
	"':'", "'{'", "'}'", "'@'", "';'", "'!'", "'.'", "'\"'", "'('", "')'", "'['", "']'", "'='", "','",
}

// Go constant names for the terminals, same order.
var terminalConsts = []string{
	"tEOF", "tError", "tInvalid",
	"tID", "tAttrpath", "tSTR", "tIndSTR", "tINT", "tFLOAT", "tPATH", "tHPATH", "tSPATH", "tPathEnd", "tURI",
	"tIf", "tThen", "tElse", "tAssert", "tWith", "tLet", "tIn", "tRec", "tInherit", "tEq", "tNEq", "tAnd", "tOr", "tImpl", "tOrKw",
	"tDollarCurly", "tIndStringOpen", "tIndStringClose", "tEllipsis",
	"tLess", "tGreater", "tLEq", "tGEq", "tUpdate", "tNot", "tPlus", "tMinus", "tStar", "tSlash", "tConcat", "tQuestion", "tNegate",
	"tColon", "tLBrace", "tRBrace", "tAt", "tSemi", "tBang", "tDot", "tQuote", "tLParen", "tRParen", "tLBracket", "tRBracket", "tAssign", "tComma",
}

type assoc int

const (
	left assoc = iota + 1
	right
	nonassoc
)

// precedence levels, lowest first.
var precedence = []struct {
	assoc  assoc
	tokens []string
}{
	{right, []string{"IMPL"}},
	{left, []string{"OR"}},
	{left, []string{"AND"}},
	{nonassoc, []string{"EQ", "NEQ"}},
	{nonassoc, []string{"'<'", "'>'", "LEQ", "GEQ"}},
	{right, []string{"UPDATE"}},
	{left, []string{"NOT"}},
	{left, []string{"'+'", "'-'"}},
	{left, []string{"'*'", "'/'"}},
	{right, []string{"CONCAT"}},
	{nonassoc, []string{"'?'"}},
	{nonassoc, []string{"NEGATE"}},
}

// A rule is "lhs: rhs" with a label naming its semantic action and an
// optional %prec token.
type rule struct {
	label string
	lhs   string
	rhs   []string
	prec  string
}

func r(label, lhs, rhs string) rule { return rule{label: label, lhs: lhs, rhs: strings.Fields(rhs)} }

func rp(label, lhs, rhs, prec string) rule {
	x := r(label, lhs, rhs)
	x.prec = prec
	return x
}

// grammar, in the order that decides reduce/reduce conflicts (the earlier
// rule is the parser's first choice).
var grammar = []rule{
	r("Pass", "start", "expr"),
	r("Pass", "expr", "expr_function"),

	r("LambdaArg", "expr_function", "ID ':' expr_function"),
	r("LambdaFormals", "expr_function", "'{' formals '}' ':' expr_function"),
	r("LambdaFormalsAt", "expr_function", "'{' formals '}' '@' ID ':' expr_function"),
	r("LambdaAtFormals", "expr_function", "ID '@' '{' formals '}' ':' expr_function"),
	r("Assert", "expr_function", "ASSERT expr ';' expr_function"),
	r("With", "expr_function", "WITH expr ';' expr_function"),
	r("Let", "expr_function", "LET binds IN expr_function"),
	r("Pass", "expr_function", "expr_if"),

	r("If", "expr_if", "IF expr THEN expr ELSE expr"),
	r("Pass", "expr_if", "expr_op"),

	rp("Not", "expr_op", "'!' expr_op", "NOT"),
	rp("Negate", "expr_op", "'-' expr_op", "NEGATE"),
	r("Eq", "expr_op", "expr_op EQ expr_op"),
	r("NEq", "expr_op", "expr_op NEQ expr_op"),
	r("Less", "expr_op", "expr_op '<' expr_op"),
	r("LEq", "expr_op", "expr_op LEQ expr_op"),
	r("Greater", "expr_op", "expr_op '>' expr_op"),
	r("GEq", "expr_op", "expr_op GEQ expr_op"),
	r("And", "expr_op", "expr_op AND expr_op"),
	r("Or", "expr_op", "expr_op OR expr_op"),
	r("Impl", "expr_op", "expr_op IMPL expr_op"),
	r("Update", "expr_op", "expr_op UPDATE expr_op"),
	r("HasAttr", "expr_op", "expr_op '?' attrpath"),
	r("Plus", "expr_op", "expr_op '+' expr_op"),
	r("Minus", "expr_op", "expr_op '-' expr_op"),
	r("Mul", "expr_op", "expr_op '*' expr_op"),
	r("Div", "expr_op", "expr_op '/' expr_op"),
	r("Concat", "expr_op", "expr_op CONCAT expr_op"),
	r("Pass", "expr_op", "expr_app"),

	r("App", "expr_app", "expr_app expr_select"),
	r("Pass", "expr_app", "expr_select"),

	r("Select", "expr_select", "expr_simple '.' attrpath"),
	r("SelectOr", "expr_select", "expr_simple '.' attrpath OR_KW expr_select"),
	r("OrCall", "expr_select", "expr_simple OR_KW"),
	r("Pass", "expr_select", "expr_simple"),

	r("Var", "expr_simple", "ID"),
	r("Int", "expr_simple", "INT"),
	r("Float", "expr_simple", "FLOAT"),
	r("String", "expr_simple", "'\"' string_parts '\"'"),
	r("IndString", "expr_simple", "IND_STRING_OPEN ind_string_parts IND_STRING_CLOSE"),
	r("Path", "expr_simple", "path_start PATH_END"),
	r("PathInterp", "expr_simple", "path_start string_parts_interpolated PATH_END"),
	r("SearchPath", "expr_simple", "SPATH"),
	r("URI", "expr_simple", "URI"),
	r("Paren", "expr_simple", "'(' expr ')'"),
	r("LegacyLet", "expr_simple", "LET '{' binds '}'"),
	r("RecSet", "expr_simple", "REC '{' binds '}'"),
	r("Set", "expr_simple", "'{' binds '}'"),
	r("List", "expr_simple", "'[' expr_list ']'"),

	r("PartsStr", "string_parts", "STR"),
	r("PartsInterp", "string_parts", "string_parts_interpolated"),
	r("PartsEmpty", "string_parts", ""),

	r("InterpStr", "string_parts_interpolated", "string_parts_interpolated STR"),
	r("InterpExpr", "string_parts_interpolated", "string_parts_interpolated DOLLAR_CURLY expr '}'"),
	r("InterpFirstExpr", "string_parts_interpolated", "DOLLAR_CURLY expr '}'"),
	r("InterpFirstStr", "string_parts_interpolated", "STR DOLLAR_CURLY expr '}'"),

	r("PathStart", "path_start", "PATH"),
	r("HomePathStart", "path_start", "HPATH"),

	r("IndStr", "ind_string_parts", "ind_string_parts IND_STR"),
	r("IndExpr", "ind_string_parts", "ind_string_parts DOLLAR_CURLY expr '}'"),
	r("IndEmpty", "ind_string_parts", ""),

	r("Bind", "binds", "binds attrpath '=' expr ';'"),
	r("Inherit", "binds", "binds INHERIT attrs ';'"),
	r("InheritFrom", "binds", "binds INHERIT '(' expr ')' attrs ';'"),
	r("BindsEmpty", "binds", ""),

	r("AttrsAttr", "attrs", "attrs attr"),
	r("AttrsString", "attrs", "attrs string_attr"),
	r("AttrsEmpty", "attrs", ""),

	r("PathAttr", "attrpath", "attrpath '.' attr"),
	r("PathString", "attrpath", "attrpath '.' string_attr"),
	r("PathFirstAttr", "attrpath", "attr"),
	r("PathFirstString", "attrpath", "string_attr"),

	r("Pass", "attr", "ID"),
	r("AttrOr", "attr", "OR_KW"),

	r("StringAttr", "string_attr", "'\"' string_parts '\"'"),
	r("DynamicAttr", "string_attr", "DOLLAR_CURLY expr '}'"),

	r("ListElem", "expr_list", "expr_list expr_select"),
	r("ListEmpty", "expr_list", ""),

	r("FormalsMore", "formals", "formal ',' formals"),
	r("Pass", "formals", "formal"),
	r("FormalsEmpty", "formals", ""),
	r("FormalsEllipsis", "formals", "ELLIPSIS"),

	r("Formal", "formal", "ID"),
	r("FormalDefault", "formal", "ID '?' expr"),
}

type bitset [1]uint64 // enough for the terminals

func (b *bitset) set(i int)               { b[0] |= 1 << uint(i) }
func (b bitset) has(i int) bool           { return b[0]&(1<<uint(i)) != 0 }
func (b *bitset) or(o bitset) bool        { n := b[0] | o[0]; ch := n != b[0]; b[0] = n; return ch }
func (b *bitset) clear(i int)             { b[0] &^= 1 << uint(i) }
func (b bitset) intersects(o bitset) bool { return b[0]&o[0] != 0 }

type item struct{ rule, dot int }

type state struct {
	kernel []item
	la     map[item]*bitset // lookaheads of kernel items
	gotos  map[int]int      // symbol -> state
}

var (
	nterm    = len(terminals)
	symIndex = map[string]int{}
	symNames []string
	rules    []rule
	rhs      [][]int
	lhs      []int
	nullable []bool
	first    []bitset
	prodsOf  map[int][]int
)

// dump, when set by -dump FILE, receives each state's kernel, the tokens
// with an explicit action, and the default reduction, for comparing the
// tables with another generator's report.
var dump *os.File

func defaulted0(row []int, def int) bool {
	for _, a := range row {
		if a != 0 {
			return false
		}
	}
	return def >= 0
}

func main() {
	out := "tables.go"
	for i := 1; i+1 < len(os.Args); i += 2 {
		switch os.Args[i] {
		case "-dump":
			f, err := os.Create(os.Args[i+1])
			if err != nil {
				log.Fatal(err)
			}
			defer f.Close()
			dump = f
		case "-o":
			out = os.Args[i+1]
		default:
			log.Fatalf("usage: lalrgen [-o FILE] [-dump FILE]")
		}
	}
	if len(terminals) != len(terminalConsts) || len(terminals) > 64 {
		log.Fatal("terminal tables out of step")
	}
	for i, t := range terminals {
		symIndex[t] = i
		symNames = append(symNames, t)
	}
	// Augmented rule 0: $accept: start $end.
	rules = append([]rule{{label: "Accept", lhs: "$accept", rhs: []string{"start", "$end"}}}, grammar...)
	for _, ru := range rules {
		if _, ok := symIndex[ru.lhs]; !ok {
			symIndex[ru.lhs] = len(symNames)
			symNames = append(symNames, ru.lhs)
		}
	}
	prodsOf = map[int][]int{}
	for i, ru := range rules {
		l := symIndex[ru.lhs]
		lhs = append(lhs, l)
		var rs []int
		for _, s := range ru.rhs {
			n, ok := symIndex[s]
			if !ok {
				log.Fatalf("unknown symbol %s", s)
			}
			rs = append(rs, n)
		}
		rhs = append(rhs, rs)
		prodsOf[l] = append(prodsOf[l], i)
	}
	computeFirst()
	states := buildLR0()
	computeLookaheads(states)
	writeTables(states, out)
}

func isTerm(s int) bool { return s < nterm }

func computeFirst() {
	n := len(symNames)
	nullable = make([]bool, n)
	first = make([]bitset, n)
	for i := 0; i < nterm; i++ {
		first[i].set(i)
	}
	for changed := true; changed; {
		changed = false
		for i := range rules {
			l := lhs[i]
			all := true
			for _, s := range rhs[i] {
				if first[l].or(first[s]) {
					changed = true
				}
				if !nullable[s] {
					all = false
					break
				}
			}
			if all && !nullable[l] {
				nullable[l] = true
				changed = true
			}
		}
	}
}

func closure0(kernel []item) []item {
	seen := map[item]bool{}
	var out []item
	var add func(it item)
	add = func(it item) {
		if seen[it] {
			return
		}
		seen[it] = true
		out = append(out, it)
		if it.dot < len(rhs[it.rule]) {
			s := rhs[it.rule][it.dot]
			if !isTerm(s) {
				for _, p := range prodsOf[s] {
					add(item{p, 0})
				}
			}
		}
	}
	for _, it := range kernel {
		add(it)
	}
	return out
}

func key(items []item) string {
	s := append([]item(nil), items...)
	sort.Slice(s, func(i, j int) bool {
		if s[i].rule != s[j].rule {
			return s[i].rule < s[j].rule
		}
		return s[i].dot < s[j].dot
	})
	var b strings.Builder
	for _, it := range s {
		fmt.Fprintf(&b, "%d.%d ", it.rule, it.dot)
	}
	return b.String()
}

func buildLR0() []*state {
	index := map[string]int{}
	var states []*state
	addState := func(kernel []item) int {
		k := key(kernel)
		if i, ok := index[k]; ok {
			return i
		}
		index[k] = len(states)
		st := &state{kernel: kernel, la: map[item]*bitset{}, gotos: map[int]int{}}
		for _, it := range kernel {
			st.la[it] = &bitset{}
		}
		states = append(states, st)
		return len(states) - 1
	}
	addState([]item{{0, 0}})
	for i := 0; i < len(states); i++ {
		st := states[i]
		cl := closure0(st.kernel)
		var order []int
		next := map[int][]item{}
		for _, it := range cl {
			if it.dot < len(rhs[it.rule]) {
				s := rhs[it.rule][it.dot]
				if _, ok := next[s]; !ok {
					order = append(order, s)
				}
				next[s] = append(next[s], item{it.rule, it.dot + 1})
			}
		}
		for _, s := range order {
			if s == symIndex["$end"] {
				continue // accepting: no state needed
			}
			st.gotos[s] = addState(next[s])
		}
	}
	return states
}

// closure1 computes the LR(1) closure of a state's kernel with its
// current lookaheads.
func closure1(st *state) map[item]*bitset {
	out := map[item]*bitset{}
	var work []item
	for _, it := range st.kernel {
		b := *st.la[it]
		out[it] = &b
		work = append(work, it)
	}
	for len(work) > 0 {
		it := work[len(work)-1]
		work = work[:len(work)-1]
		if it.dot >= len(rhs[it.rule]) {
			continue
		}
		s := rhs[it.rule][it.dot]
		if isTerm(s) {
			continue
		}
		// lookahead = FIRST(beta) + (la if beta nullable)
		var la bitset
		rest := rhs[it.rule][it.dot+1:]
		allNull := true
		for _, x := range rest {
			la.or(first[x])
			if !nullable[x] {
				allNull = false
				break
			}
		}
		if allNull {
			la.or(*out[it])
		}
		for _, p := range prodsOf[s] {
			ni := item{p, 0}
			if b, ok := out[ni]; ok {
				if b.or(la) {
					work = append(work, ni)
				}
			} else {
				nb := la
				out[ni] = &nb
				work = append(work, ni)
			}
		}
	}
	return out
}

func computeLookaheads(states []*state) {
	for changed := true; changed; {
		changed = false
		for _, st := range states {
			cl := closure1(st)
			for it, la := range cl {
				if it.dot >= len(rhs[it.rule]) {
					continue
				}
				s := rhs[it.rule][it.dot]
				to, ok := st.gotos[s]
				if !ok {
					continue
				}
				if states[to].la[item{it.rule, it.dot + 1}].or(*la) {
					changed = true
				}
			}
		}
	}
}

func precOf(tok string) (int, assoc) {
	for i, p := range precedence {
		for _, t := range p.tokens {
			if t == tok {
				return i + 1, p.assoc
			}
		}
	}
	return 0, 0
}

func rulePrec(i int) int {
	ru := rules[i]
	if ru.prec != "" {
		p, _ := precOf(ru.prec)
		return p
	}
	last := ""
	for _, s := range ru.rhs {
		if isTerm(symIndex[s]) {
			last = s
		}
	}
	p, _ := precOf(last)
	return p
}

const (
	actError = -32768 // an explicit error (%nonassoc)
)

func writeTables(states []*state, out string) {
	ns := len(states)
	nnon := len(symNames) - nterm
	action := make([][]int, ns) // >0: shift to state-1... encoded below
	defRed := make([]int, ns)
	defaulted := make([]bool, ns)
	type conflict struct{ state, term, rule int }
	var conflicts []conflict
	srCount, rrCount := 0, 0
	for si, st := range states {
		cl := closure1(st)
		// reductions in rule order
		var reds []int
		redLA := map[int]*bitset{}
		for it, la := range cl {
			if it.dot == len(rhs[it.rule]) {
				reds = append(reds, it.rule)
				b := *la
				redLA[it.rule] = &b
			}
		}
		sort.Ints(reds)
		var shifts bitset
		for it := range cl {
			if it.dot < len(rhs[it.rule]) {
				if s := rhs[it.rule][it.dot]; isTerm(s) {
					shifts.set(s)
				}
			}
		}
		hasShift := shifts[0] != 0
		consistent := !(len(reds) > 1 || (len(reds) == 1 && hasShift))
		// precedence resolution, as bison's set_conflicts does it
		var errs []int
		if !consistent {
			for _, rr := range reds {
				rpv := rulePrec(rr)
				if rpv == 0 || !redLA[rr].intersects(shifts) {
					continue
				}
				for t := 0; t < nterm; t++ {
					if !redLA[rr].has(t) || !shifts.has(t) {
						continue
					}
					tp, ta := precOf(terminals[t])
					if tp == 0 {
						continue
					}
					switch {
					case tp < rpv:
						shifts.clear(t)
					case tp > rpv:
						redLA[rr].clear(t)
					default:
						switch ta {
						case right:
							redLA[rr].clear(t)
						case left:
							shifts.clear(t)
						case nonassoc:
							shifts.clear(t)
							redLA[rr].clear(t)
							errs = append(errs, t)
						}
					}
				}
			}
		}
		row := make([]int, nterm)
		conflRow := make([]bool, nterm)
		var confl []conflict
		if !consistent {
			for i := len(reds) - 1; i >= 0; i-- {
				rr := reds[i]
				for t := 0; t < nterm; t++ {
					if redLA[rr].has(t) {
						if row[t] != 0 {
							conflRow[t] = true
							rrCount++
						}
						row[t] = -rr
					}
				}
			}
		}
		for t := 0; t < nterm; t++ {
			if shifts.has(t) {
				if row[t] != 0 {
					conflRow[t] = true
					srCount++
				}
				if t == symIndex["$end"] {
					row[t] = ns + 1 // accept
				} else {
					row[t] = st.gotos[t] + 1
				}
			}
		}
		for _, t := range errs {
			row[t] = actError
		}
		// remaining conflicts: the other reductions for conflicted tokens
		for t := 0; t < nterm; t++ {
			if !conflRow[t] {
				continue
			}
			for _, rr := range reds {
				if redLA[rr].has(t) && row[t] != -rr {
					confl = append(confl, conflict{si, t, rr})
				}
			}
		}
		def := -1
		if len(reds) >= 1 {
			if consistent {
				def = reds[0]
			} else {
				max := 0
				for _, rr := range reds {
					c := 0
					for t := 0; t < nterm; t++ {
						if row[t] == -rr {
							c++
						}
					}
					if c > max {
						max = c
						def = rr
					}
				}
				if max > 0 {
					for t := 0; t < nterm; t++ {
						if row[t] == -def && !conflRow[t] {
							row[t] = 0
						}
					}
				} else {
					def = -1
				}
			}
		}
		if def < 0 {
			for t := range row {
				if row[t] == actError {
					row[t] = 0
				}
			}
		}
		if dump != nil {
			var ks []string
			for _, it := range st.kernel {
				ks = append(ks, fmt.Sprintf("%d.%d", it.rule, it.dot))
			}
			sort.Strings(ks)
			var toks []string
			for t, a := range row {
				if a != 0 && a != actError {
					toks = append(toks, terminals[t])
				}
			}
			fmt.Fprintf(dump, "%s | %s | %d | %v\n", strings.Join(ks, " "), strings.Join(toks, " "), def, defaulted0(row, def))
		}
		action[si] = row
		defRed[si] = def
		empty := true
		for _, a := range row {
			if a != 0 {
				empty = false
			}
		}
		defaulted[si] = empty && def >= 0
		conflicts = append(conflicts, confl...)
	}
	if srCount != 1 || rrCount != 1 {
		log.Fatalf("expected 1 shift/reduce and 1 reduce/reduce conflict, got %d and %d", srCount, rrCount)
	}

	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by internal/lalrgen; DO NOT EDIT.\n\npackage parser\n\n")
	fmt.Fprintf(&b, "// Terminals, numbered as bison numbers CppNix's tokens.\nconst (\n")
	for i, c := range terminalConsts {
		fmt.Fprintf(&b, "\t%s = %d\n", c, i)
	}
	fmt.Fprintf(&b, "\tnumTerminals = %d\n)\n\n", nterm)
	fmt.Fprintf(&b, "// terminalNames are the names syntax errors use.\nvar terminalNames = [numTerminals]string{\n")
	for _, t := range terminals {
		name := t
		switch t {
		case "$end":
			name = "end of file"
		case "$undefined":
			name = "invalid token"
		}
		fmt.Fprintf(&b, "\t%q,\n", name)
	}
	fmt.Fprintf(&b, "}\n\n")
	fmt.Fprintf(&b, "// Semantic actions, one per rule label.\nconst (\n")
	labels := map[string]int{}
	var labelOrder []string
	for _, ru := range rules {
		if _, ok := labels[ru.label]; !ok {
			labels[ru.label] = len(labelOrder)
			labelOrder = append(labelOrder, ru.label)
		}
	}
	for i, l := range labelOrder {
		fmt.Fprintf(&b, "\ta%s = %d\n", l, i)
	}
	fmt.Fprintf(&b, ")\n\n// ruleAction is each rule's semantic action.\nvar ruleAction = [...]uint8{\n")
	for _, ru := range rules {
		fmt.Fprintf(&b, "\ta%s, // %s: %s\n", ru.label, ru.lhs, strings.Join(ru.rhs, " "))
	}
	fmt.Fprintf(&b, "}\n\n")
	fmt.Fprintf(&b, "const (\n\tnumStates = %d\n\tnumNonterminals = %d\n\tacceptAction = %d\n\terrorAction = %d\n)\n\n", ns, nnon, ns+1, actError)
	fmt.Fprintf(&b, "// ruleLen is the length of each rule's right-hand side.\nvar ruleLen = [...]uint8{")
	for i := range rules {
		fmt.Fprintf(&b, "%d,", len(rhs[i]))
	}
	fmt.Fprintf(&b, "}\n\n// ruleLHS is each rule's left-hand side, as a nonterminal index.\nvar ruleLHS = [...]uint8{")
	for i := range rules {
		fmt.Fprintf(&b, "%d,", lhs[i]-nterm)
	}
	fmt.Fprintf(&b, "}\n\n")
	fmt.Fprintf(&b, "// actionTable[state*numTerminals+terminal] is 0 for the state's default\n// (defaultReduction, or an error), s+1 to shift to state s, -r to reduce by\n// rule r, acceptAction or errorAction.\nvar actionTable = [numStates * numTerminals]int16{\n")
	for _, row := range action {
		for _, a := range row {
			fmt.Fprintf(&b, "%d,", a)
		}
		fmt.Fprintf(&b, "\n")
	}
	fmt.Fprintf(&b, "}\n\n// defaultReduction is the rule a state reduces by when the lookahead\n// has no entry of its own, or -1 for a syntax error.\nvar defaultReduction = [numStates]int8{")
	for _, d := range defRed {
		fmt.Fprintf(&b, "%d,", d)
	}
	fmt.Fprintf(&b, "}\n\n// defaulted states reduce without reading a lookahead token.\nvar defaulted = [numStates]bool{")
	for _, d := range defaulted {
		fmt.Fprintf(&b, "%v,", d)
	}
	fmt.Fprintf(&b, "}\n\n// gotoTable[state*numNonterminals+nonterminal] is the state after a\n// reduction, plus one.\nvar gotoTable = [numStates * numNonterminals]uint8{\n")
	for _, st := range states {
		for n := 0; n < nnon; n++ {
			to, ok := st.gotos[n+nterm]
			if ok {
				fmt.Fprintf(&b, "%d,", to+1)
			} else {
				fmt.Fprintf(&b, "0,")
			}
		}
		fmt.Fprintf(&b, "\n")
	}
	fmt.Fprintf(&b, "}\n\n// conflicts lists the actions CppNix's GLR parser also tries: in\n// state, on terminal, it reduces by rule as well as doing the table's\n// action.\nvar conflicts = [...]struct{ state, terminal, rule int16 }{\n")
	for _, c := range conflicts {
		fmt.Fprintf(&b, "\t{%d, %d, %d},\n", c.state, c.term, c.rule)
	}
	fmt.Fprintf(&b, "}\n")
	src, err := format.Source(b.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	if ns >= 255 {
		log.Fatal("too many states for uint8 goto table")
	}
	if err := os.WriteFile(out, src, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "lalrgen: %d states, %d rules\n", ns, len(rules))
}
