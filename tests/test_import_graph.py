"""The import graph of ``studio_app`` and ``ui`` has no cycles, and no import is guarded by ``except ImportError``.

The graph is read from the source with ``ast``, so it sees every import statement — at the top of a module,
inside a function, under ``if TYPE_CHECKING`` — whether or not it has run. ``from pkg import name`` is an
edge to ``pkg.name`` when that is a module of its own, otherwise to ``pkg``; imports from outside the two
packages are not followed.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("studio_app", "ui")
GUARDS = {"ImportError", "ModuleNotFoundError"}


def module_files(root: Path, packages: Iterable[str]) -> dict[str, Path]:
    """Dotted module name -> source file, for every ``.py`` file in the packages (a package is its ``__init__``)."""
    found = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


def _base(module: str, path: Path, node: ast.ImportFrom) -> str:
    """The absolute name ``from <this> import …`` refers to, relative imports resolved."""
    if not node.level:
        return node.module or ""
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    if node.level > 1:
        package = package[:-(node.level - 1)]
    return ".".join(package + ([node.module] if node.module else []))


def _known(name: str, modules: dict[str, Path]) -> str | None:
    """The module an imported dotted name lands in: itself, or the closest enclosing module we know."""
    while name:
        if name in modules:
            return name
        name = name.rpartition(".")[0]
    return None


def imports_of(module: str, path: Path, modules: dict[str, Path]) -> dict[str, int]:
    """The modules of the graph this module imports, each with the line of its first import of it."""
    edges: dict[str, int] = {}

    def add(name: str, line: int) -> None:
        target = _known(name, modules)
        if target is not None and target != module:
            edges[target] = min(line, edges.get(target, line))

    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                add(alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            base = _base(module, path, node)
            for alias in node.names:
                add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base, node.lineno)
    return edges


def import_graph(root: Path = ROOT, packages: Iterable[str] = PACKAGES) -> dict[str, dict[str, int]]:
    modules = module_files(root, packages)
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """The shortest cycle through each module that is in one, each as a chain ``[a, b, …, a]`` (once each).

    Modules that import each other, directly or not, are found as strongly connected groups (Tarjan).
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[set[str]] = []

    def visit(start: str) -> None:  # iterative: a deep chain of imports must not hit the recursion limit
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.add(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(group)

    for name in sorted(graph):
        if name not in index:
            visit(name)
    found: dict[tuple[str, ...], list[str]] = {}
    for group in groups:
        for start in sorted(group):
            chain = _shortest_cycle(graph, group, start)
            turn = chain.index(min(chain))  # the same cycle found from another of its modules is one cycle
            found.setdefault(tuple(chain[turn:-1] + chain[:turn]), chain)
    return list(found.values())


def _shortest_cycle(graph: dict[str, dict[str, int]], group: set[str], start: str) -> list[str]:
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for child in sorted(graph[node]):
            if child == start:
                return paths[node] + [start]
            if child in group and child not in paths:
                paths[child] = paths[node] + [child]
                queue.append(child)
    raise AssertionError(f"no cycle through {start}")  # a strongly connected group always has one


def describe(chain: list[str], graph: dict[str, dict[str, int]]) -> str:
    steps = [f"{a} (line {graph[a][b]})" for a, b in zip(chain, chain[1:])]
    return " → ".join(steps + [chain[-1]])


def import_guards(root: Path = ROOT, packages: Iterable[str] = PACKAGES) -> list[str]:
    """``file:line`` of every ``except`` clause that catches ImportError or ModuleNotFoundError."""
    found = []
    for path in module_files(root, packages).values():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.ExceptHandler) and node.type is not None:
                caught = node.type.elts if isinstance(node.type, ast.Tuple) else [node.type]
                names = {c.id if isinstance(c, ast.Name) else getattr(c, "attr", None) for c in caught}
                if names & GUARDS:
                    found.append(f"{path.relative_to(root)}:{node.lineno}")
    return found


# -- the project --------------------------------------------------------------------------------------------

def test_studio_app_and_ui_have_no_import_cycle():
    graph = import_graph()
    assert "studio_app.documents" in graph["studio_app.work.issuing"]  # imported inside render()
    assert "studio_app.today.sql" in graph["studio_app.today.money"]  # from .sql import …
    found = cycles(graph)
    assert not found, "import cycles:\n" + "\n".join(describe(chain, graph) for chain in found)


def test_no_import_is_guarded_by_except_import_error():
    assert import_guards() == [], ("imports guarded by except ImportError: import what is always there, and ask "
                                   "importlib.util.find_spec about an optional package")


# -- the walker itself ---------------------------------------------------------------------------------------

def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def test_the_walker_sees_function_level_relative_and_from_imports(tmp_path):
    root = _tree(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/a.py": "def later():\n    from . import b\n",
        "pkg/b.py": "from pkg.sub import c, helper\n",
        "pkg/sub/__init__.py": "from ..a import later as helper\n",
        "pkg/sub/c.py": "import pkg.a\nimport os\n",
    })
    graph = import_graph(root, ["pkg"])
    assert graph["pkg.a"] == {"pkg.b": 2}
    assert graph["pkg.b"] == {"pkg.sub.c": 1, "pkg.sub": 1}  # a submodule, and a name of the package
    assert graph["pkg.sub"] == {"pkg.a": 1}
    assert graph["pkg.sub.c"] == {"pkg.a": 1}
    found = sorted(cycles(graph))  # two cycles share a → b; each is named once
    assert found == [["pkg.a", "pkg.b", "pkg.sub", "pkg.a"], ["pkg.sub.c", "pkg.a", "pkg.b", "pkg.sub.c"]]
    assert describe(found[0], graph) == "pkg.a (line 2) → pkg.b (line 1) → pkg.sub (line 1) → pkg.a"


def test_the_walker_finds_guards_and_passes_a_tree_without_cycles(tmp_path):
    root = _tree(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/a.py": "try:\n    import pkg.b\nexcept (OSError, ImportError):\n    pass\n",
        "pkg/b.py": "try:\n    import json\nexcept ModuleNotFoundError:\n    json = None\n",
        "pkg/c.py": "try:\n    import pkg.a\nexcept ValueError:\n    pass\n",
    })
    assert cycles(import_graph(root, ["pkg"])) == []
    assert import_guards(root, ["pkg"]) == ["pkg/a.py:3", "pkg/b.py:3"]
