//go:build !linux

package parser

import "github.com/alecthomas/participle/v2/lexer"

func adviseHugePages([]lexer.Token) {}
