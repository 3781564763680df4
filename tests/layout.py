"""What the package layout tests share (``tests/test_*_layout.py``: the timex, reconcile, link, segmentation and place
resolver packages): a module's length, which of a package's modules one module imports, the import graph, and the
import cycles in it."""

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


def module_lines(package: pathlib.Path, name: str) -> int:
    """How many lines the package's module ``name`` holds (``__init__`` for the package itself)."""
    return len((package / f"{name}.py").read_text(encoding="utf-8").splitlines())


def import_graph(package: pathlib.Path, dotted: str, modules: list[str]) -> dict[str, set[str]]:
    """{module: the package's modules it imports} for each of ``modules``."""
    return {name: package_imports(package, dotted, name, set(modules)) for name in modules}


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
