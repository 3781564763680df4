"""What the package layout tests share (``tests/test_timex_layout.py``, ``tests/test_reconcile_layout.py``): which of
a package's modules one module imports, and the import cycles among them."""

from __future__ import annotations

import ast
import pathlib


def package_imports(package: pathlib.Path, dotted: str, name: str, modules: set[str]) -> set[str]:
    """The modules of the package at ``package`` (imported as ``dotted``, e.g. ``eventdesk.timex``) that its module
    ``name`` imports: ``from .x import``, ``from . import x``, ``from eventdesk.timex.x import``, ``import ...``."""
    tree = ast.parse((package / f"{name}.py").read_text(encoding="utf-8"))
    prefix = dotted + "."
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1 and node.module:
                out.add(node.module.split(".")[0])
            elif node.level == 1:
                out.update(a.name for a in node.names)
            elif node.level == 0 and node.module and node.module.startswith(prefix):
                out.add(node.module[len(prefix):].split(".")[0])
        elif isinstance(node, ast.Import):
            out.update(a.name[len(prefix):].split(".")[0] for a in node.names if a.name.startswith(prefix))
    return out & modules


def cycles(graph: dict[str, set[str]]) -> list[tuple[str, ...]]:
    """Each module that reaches itself through the imports, with the path it takes."""
    found = []
    for start in graph:
        stack = [(start, (start,))]
        seen = set()
        while stack:
            node, path = stack.pop()
            for nxt in graph.get(node, ()):
                if nxt == start:
                    found.append(path + (start,))
                elif nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, path + (nxt,)))
    return found
