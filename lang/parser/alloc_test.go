package parser

import (
	"slices"
	"testing"
	"unsafe"

	"github.com/ovl-nix/ovl/lang/ast"
)

// TestSlab checks that nodes and slices from a slab are distinct and that
// a slice cannot grow into its neighbour, for sizes around every chunk
// boundary.
func TestSlab(t *testing.T) {
	var s slab[int]
	var got [][]int
	var want [][]int
	for n := range 8 * sliceAlone {
		items := make([]int, n%(2*sliceAlone)) // also past sliceAlone
		for i := range items {
			items[i] = n*10000 + i
		}
		sl := s.slice(items)
		if len(sl) != cap(sl) {
			t.Fatalf("slice of %d has room to grow: cap %d", len(sl), cap(sl))
		}
		got, want = append(got, sl), append(want, items)
		*s.new() = -n
		if z := s.make(n % 5); slices.ContainsFunc(z, func(x int) bool { return x != 0 }) || len(z) != cap(z) {
			t.Fatalf("make(%d) = %v, cap %d", n%5, z, cap(z))
		}
	}
	for i := range got {
		if !slices.Equal(got[i], want[i]) {
			t.Fatalf("slice %d changed: %v, want %v", i, got[i][:min(4, len(got[i]))], want[i][:min(4, len(want[i]))])
		}
	}
	if s.slice(nil) != nil {
		t.Error("an empty slice is not nil")
	}
}

// TestTakeBack checks that only the node handed out last goes back to the
// slab, and that the next node reuses its place, cleared.
func TestTakeBack(t *testing.T) {
	var s slab[int]
	a := s.new()
	*a = 1
	b := s.new()
	*b = 2
	if s.takeBack(a) {
		t.Fatal("took back a node that was not the last one")
	}
	if !s.takeBack(b) {
		t.Fatal("did not take back the last node")
	}
	if c := s.new(); c != b || *c != 0 {
		t.Fatalf("next node %p (%d), want %p cleared", c, *c, b)
	}
	var empty slab[int]
	if empty.takeBack(a) {
		t.Fatal("an empty slab took a node back")
	}
}

// within reports whether p points into the object of size bytes at base.
func within[T, U any](p *T, base *U) bool {
	start := uintptr(unsafe.Pointer(base))
	return uintptr(unsafe.Pointer(p)) >= start && uintptr(unsafe.Pointer(p)) < start+unsafe.Sizeof(*base)
}

// TestRooms checks that small sets hold their bindings and string values,
// and small lists their elements, in their own rooms (setRoom, listRoom),
// and that what does not fit goes elsewhere with the same meaning.
func TestRooms(t *testing.T) {
	e, err := parseString(t, `{ a = "x"; b = [ 1 2 ]; c = 3; d = "y${"z"}"; e = [ 1 2 3 4 5 ]; f = "w"; }`)
	if err != nil {
		t.Fatal(err)
	}
	set := e.(*ast.AttrSet)
	room := (*setRoom)(unsafe.Pointer(set))
	for i, b := range set.Bindings {
		if inRoom := within(b, room); inRoom != (i < setRoomSize) {
			t.Errorf("binding %d (%s) in the set's room: %v", i, b.Name, inRoom)
		}
	}
	str := func(i int) *ast.String { return set.Bindings[i].Value.(*ast.String) }
	if s := str(0); !within(s, room) || s.Value != "x" || s.Pos.Col != 7 {
		t.Errorf("a's literal: in the room %v, %q at column %d", within(s, room), s.Value, s.Pos.Col)
	}
	if s := str(5); within(s, room) || s.Value != "w" {
		t.Errorf("f's literal (no room left): in the room %v, %q", within(s, room), s.Value)
	}
	short := set.Bindings[1].Value.(*ast.List)
	if !within(&short.Elems[0], (*listRoom)(unsafe.Pointer(short))) || len(short.Elems) != 2 || cap(short.Elems) != 2 {
		t.Errorf("b's elements are not in the list's room, or may grow: len %d cap %d", len(short.Elems), cap(short.Elems))
	}
	long := set.Bindings[4].Value.(*ast.List)
	if within(&long.Elems[0], (*listRoom)(unsafe.Pointer(long))) || len(long.Elems) != 5 {
		t.Errorf("e's 5 elements: in the room %v, %d of them", within(&long.Elems[0], (*listRoom)(unsafe.Pointer(long))), len(long.Elems))
	}
}

// TestSelectAndConcatRooms checks that `x.a` and `x.a.b` hold their
// variable and names, and that an interpolated string of up to
// concatRoomSize parts holds its parts, positions and text nodes.
func TestSelectAndConcatRooms(t *testing.T) {
	e, err := parseString(t, `[ x.a x.a.b x.a.b.c "${x.v}.0" "a${x}b${y}c" ]`)
	if err != nil {
		t.Fatal(err)
	}
	elems := e.(*ast.List).Elems
	for i, names := range []int{1, 2} {
		sel := elems[i].(*ast.Select)
		v, ok := sel.Subject.(*ast.Var)
		if !ok || v.Name.String() != "x" || len(sel.Path) != names || cap(sel.Path) != names {
			t.Fatalf("select %d: subject %#v, %d names (cap %d)", i, sel.Subject, len(sel.Path), cap(sel.Path))
		}
		end := uintptr(unsafe.Pointer(sel)) + 512
		for _, p := range []uintptr{uintptr(unsafe.Pointer(v)), uintptr(unsafe.Pointer(&sel.Path[0]))} {
			if p < uintptr(unsafe.Pointer(sel)) || p >= end {
				t.Errorf("select %d: its variable or names lie apart from it", i)
			}
		}
	}
	if sel := elems[2].(*ast.Select); len(sel.Path) != 3 || sel.Path[2].Name.String() != "c" {
		t.Errorf("x.a.b.c: path %v", sel.Path)
	}
	c := elems[3].(*ast.Concat)
	room := (*concatRoom)(unsafe.Pointer(c))
	text, ok := c.Parts[1].(*ast.String)
	if len(c.Parts) != 2 || !within(&c.Parts[0], room) || !within(&c.PartPos[0], room) || !ok || !within(text, room) || text.Value != ".0" {
		t.Errorf("\"${x.v}.0\": parts %v not in the room", c.Parts)
	}
	// A larger one is a plain Concat: its parts are not right after it.
	c = elems[4].(*ast.Concat)
	if after := uintptr(unsafe.Pointer(&c.Parts[0])) - uintptr(unsafe.Pointer(c)); len(c.Parts) != 5 || after == unsafe.Offsetof(room.parts) {
		t.Errorf("a string of 5 parts: %d parts, %d bytes after the node", len(c.Parts), after)
	}
}
