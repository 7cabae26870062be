package builtins

import (
	"time"

	"github.com/ovl-nix/ovl/lang/ast"
	"github.com/ovl-nix/ovl/lang/eval"
)

// NixVersion is the version of Nix whose language ovl implements, as
// builtins.nixVersion reports it.
const NixVersion = "2.8.0"

// langVersion is builtins.langVersion of Nix 2.8.
const langVersion = 6

// Constants describing the evaluator.
func miscBuiltins() []eval.Builtin {
	return []eval.Builtin{
		{Name: "nixVersion", Scope: eval.GlobalUnderscore, Value: func(*eval.Machine) (eval.Value, error) {
			return eval.NewString(NixVersion), nil
		}},
		{Name: "langVersion", Scope: eval.GlobalUnderscore, Value: func(*eval.Machine) (eval.Value, error) {
			return eval.NewInt(langVersion), nil
		}},
		{Name: "currentTime", Scope: eval.GlobalUnderscore, Value: currentTime},
	}
}

// currentTime is read once, when the evaluator starts, so that it is the
// same everywhere in one evaluation. Pure evaluation refuses it.
func currentTime(m *eval.Machine) (eval.Value, error) {
	if m.Pure() {
		return m.Lazy(func(*eval.Machine) (eval.Value, error) {
			return eval.Value{}, eval.Errorf(eval.EvalError, ast.Pos{}, "builtins.currentTime is not available in pure evaluation mode")
		}), nil
	}
	return eval.NewInt(time.Now().Unix()), nil
}
