package ast

import "sync"

// Symbol is an interned identifier or attribute name. Interning lets the
// evaluator compare and hash names as small integers on its hot paths
// (variable lookup, attribute lookup, `//`), as CppNix does.
//
// The zero Symbol is the empty name "" and is always valid.
type Symbol uint32

// symbolTable is process-wide: names are shared by every parsed file and by
// names created at run time (dynamic keys, listToAttrs).
var symbolTable = struct {
	sync.RWMutex
	ids   map[string]Symbol
	names []string
}{ids: map[string]Symbol{"": 0}, names: []string{""}}

// Intern returns the Symbol for name, creating it on first use.
func Intern(name string) Symbol {
	symbolTable.RLock()
	id, ok := symbolTable.ids[name]
	symbolTable.RUnlock()
	if ok {
		return id
	}
	symbolTable.Lock()
	defer symbolTable.Unlock()
	if id, ok := symbolTable.ids[name]; ok {
		return id
	}
	id = Symbol(len(symbolTable.names))
	symbolTable.names = append(symbolTable.names, name)
	symbolTable.ids[name] = id
	return id
}

// Lookup returns the Symbol for name if it was ever interned. Lookups of
// names that cannot exist (a missing attribute) then need not grow the table.
func Lookup(name string) (Symbol, bool) {
	symbolTable.RLock()
	id, ok := symbolTable.ids[name]
	symbolTable.RUnlock()
	return id, ok
}

// String returns the name the symbol stands for.
func (s Symbol) String() string {
	symbolTable.RLock()
	name := symbolTable.names[s]
	symbolTable.RUnlock()
	return name
}
