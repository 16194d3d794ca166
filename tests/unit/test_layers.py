"""Imports point one way (ui → services → storage/crypto/reports/sync → domain) and no module imports itself round."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "desktop_app"
GENERATED = PACKAGE / "ui" / "forms"  # compiled by pyside6-uic: Qt only

# Standard library only, importable from every layer (so none of them may import a layer).
BASE = {
    "desktop_app",
    "desktop_app.errors",
    "desktop_app.paths",
    "desktop_app.file_limits",
    "desktop_app.private_files",
}

# What each part of the package may import, besides itself and BASE (DESIGN.md, "Layers"). sync reaches the store's
# tables for the outbox and pull (DESIGN.md: sync may import storage); config, the machine's TOML, is read by the
# ones that start the app.
MAY_IMPORT: dict[str, set[str]] = {
    "domain": set(),
    "crypto": {"domain"},
    "storage": {"domain"},
    "reports": {"domain"},
    "sync": {"storage", "domain"},
    "services": {"storage", "crypto", "reports", "sync", "domain", "config", "components"},
    "ui": {"services", "domain", "config"},
    "cli": {"services", "storage", "crypto", "reports", "sync", "domain", "config", "components"},
    "config": {"domain"},
    "components": set(),
    "__main__": {"cli"},
}

# The one way round: the command with no subcommand opens the window (and says why it cannot start in one). Named
# here, module by module, so that no other import from the command line into the windows passes unnoticed.
OPENS_THE_WINDOW = {
    ("desktop_app.cli", "desktop_app.ui.app"),
    ("desktop_app.cli", "desktop_app.ui.first_run"),
}


@dataclass(frozen=True)
class Import:
    importer: str
    imported: str
    line: int


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in PACKAGE.rglob("*.py") if GENERATED not in path.parents}


def _type_checking_only(tree: ast.Module) -> set[int]:
    """The ids of the nodes inside `if TYPE_CHECKING:` (read by the type checker, never run)."""
    hidden: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and ast.unparse(node.test) in {"TYPE_CHECKING", "typing.TYPE_CHECKING"}:
            for inner in node.body:
                hidden.update(id(sub) for sub in ast.walk(inner))
    return hidden


def imports_of(name: str, path: Path, known: dict[str, Path]) -> Iterator[Import]:
    """Every import of one of the app's modules that runs (at the top or inside a function)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    hidden = _type_checking_only(tree)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if id(node) in hidden:
            continue
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module or ""
            targets = [
                f"{prefix}.{alias.name}" if f"{prefix}.{alias.name}" in known else prefix for alias in node.names
            ]
        else:
            continue
        for target in targets:
            while target and target not in known:  # `import desktop_app.x.y as z` and the like
                target = target.rpartition(".")[0]
            if target.startswith("desktop_app"):
                yield Import(name, target, node.lineno)


def part_of(name: str) -> str:
    """`domain`, `services`, `config`, ... (BASE modules are their own)."""
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def layer_breaks(found: list[Import]) -> list[str]:
    breaks = []
    for imp in found:
        if imp.imported in BASE or (imp.importer, imp.imported) in OPENS_THE_WINDOW:
            continue
        importer, imported = part_of(imp.importer), part_of(imp.imported)
        if importer == imported:
            continue
        allowed = MAY_IMPORT.get(importer)
        if allowed is None:
            breaks.append(f"{imp.importer} is in no layer (add it to MAY_IMPORT)")
        elif imported not in allowed:
            breaks.append(f"{imp.importer}:{imp.line} imports {imp.imported} ({importer} may not import {imported})")
    return breaks


def cycles(found: list[Import]) -> list[list[str]]:
    """Strongly connected groups of two or more modules (Tarjan's algorithm, iterative)."""
    graph: dict[str, set[str]] = {}
    for imp in found:
        if imp.importer != imp.imported:
            graph.setdefault(imp.importer, set()).add(imp.imported)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
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
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return groups


def all_imports() -> list[Import]:
    known = modules()
    return [imp for name, path in sorted(known.items()) for imp in imports_of(name, path, known)]


def test_every_import_points_down_the_layers() -> None:
    assert layer_breaks(all_imports()) == []


def test_no_modules_import_each_other_round() -> None:
    assert cycles(all_imports()) == []


def test_every_part_of_the_package_is_in_a_layer() -> None:
    parts = {part_of(name) for name in modules()} - {part_of(name) for name in BASE}
    assert parts <= set(MAY_IMPORT)


@pytest.mark.parametrize(
    ("importer", "imported", "broken"),
    [
        ("desktop_app.domain.fold", "desktop_app.storage.log", True),
        ("desktop_app.storage.log", "desktop_app.services.errors", True),
        ("desktop_app.config", "desktop_app.services.errors", True),
        ("desktop_app.ui.sign_in", "desktop_app.storage.log", True),
        ("desktop_app.cli.hub", "desktop_app.ui.main_window", True),
        ("desktop_app.crypto.keys", "desktop_app.paths", False),
        ("desktop_app.services.backup", "desktop_app.storage.store_file", False),
        ("desktop_app.cli", "desktop_app.ui.app", False),
    ],
)
def test_the_check_sees_an_import_against_the_layers(importer: str, imported: str, broken: bool) -> None:
    assert bool(layer_breaks([Import(importer, imported, 1)])) is broken


def test_the_check_sees_a_cycle_and_skips_type_checking(tmp_path: Path) -> None:
    assert cycles([Import("a", "b", 1), Import("b", "c", 1), Import("c", "a", 1), Import("c", "d", 1)]) == [
        ["a", "b", "c"]
    ]
    source = tmp_path / "m.py"
    source.write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from desktop_app.services.session import Session\n"
        "def f():\n    from desktop_app.services import folded\n",
        encoding="utf-8",
    )
    known = {
        "desktop_app.services.session": source,
        "desktop_app.services.folded": source,
        "desktop_app.services": source,
    }
    assert [imp.imported for imp in imports_of("desktop_app.services.m", source, known)] == [
        "desktop_app.services.folded"
    ]
