//go:build !linux

package parser

import "unsafe"

func adviseHugePages(unsafe.Pointer, uintptr) {}
