"""The type stub of the Rust extension (python/skywarp/_core.pyi) says what the extension has: every
function and class, with the same parameter names and kinds, and ships with ``py.typed``."""

import ast
import inspect
from pathlib import Path

import skywarp
from skywarp import _core

PACKAGE = Path(skywarp.__file__).parent


def _stub():
    tree = ast.parse((PACKAGE / "_core.pyi").read_text())
    funcs, classes, names = {}, {}, set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            funcs[node.name] = node
        elif isinstance(node, ast.ClassDef):
            classes[node.name] = node
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return funcs, classes, names


def _params(fn):
    """(name, kind) of a stub function's parameters, as inspect names the kinds."""
    a = fn.args
    out = [(p.arg, "POSITIONAL_OR_KEYWORD") for p in a.posonlyargs + a.args]
    out += [(p.arg, "KEYWORD_ONLY") for p in a.kwonlyargs]
    return [p for p in out if p[0] != "self"]


def test_stub_lists_every_public_name_of_the_extension():
    funcs, classes, names = _stub()
    public = {n for n in dir(_core) if not n.startswith("_") or n == "__version__"}
    declared = set(funcs) | set(classes) | names
    assert public <= declared, f"missing from _core.pyi: {sorted(public - declared)}"
    assert declared <= public | {"_Path", "_Table", "_Image"}, f"not in _core: {sorted(declared - public)}"
    assert (PACKAGE / "py.typed").exists()


def test_stub_signatures_match_the_extension():
    funcs, _, _ = _stub()
    for name, fn in funcs.items():
        sig = inspect.signature(getattr(_core, name))
        real = [(p.name, p.kind.name) for p in sig.parameters.values()]
        assert real == _params(fn), f"{name}: extension {real} != stub {_params(fn)}"
