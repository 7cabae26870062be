//go:build !linux

package memory

import "unsafe"

func AdviseHugePages(unsafe.Pointer, uintptr) {}
