"""`python -m desktop_app` without the modules the PyInstaller spec leaves out of the bundle, at the test-only cost.

Run as ``python -m tests.e2e.cli_as_bundled ARGS...``. Importing a module that packaging/concern-logger.spec
excludes fails here as it would in the installed app ("No module named 'PIL'"), so a command that needs one fails
in the ordinary test run instead of on a school's PC. The Argon2id cost is the tests' (tests/e2e/cli_at_test_cost.py).
"""

from __future__ import annotations

import ast
import importlib.abc
import runpy
import sys
from pathlib import Path

SPEC = Path(__file__).resolve().parents[2] / "packaging" / "concern-logger.spec"


def excluded_modules(spec: Path = SPEC) -> list[str]:
    """The spec's EXCLUDES, evaluated from its own assignments (the spec itself runs only inside PyInstaller)."""
    tree = ast.parse(spec.read_text(encoding="utf-8"))
    wanted = {"QT_EXCLUDES", "PIL_EXCLUDES", "EXCLUDES"}
    statements = [
        node
        for node in tree.body
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id in wanted for t in node.targets)
    ]
    namespace: dict[str, object] = {}
    exec(compile(ast.Module(body=statements, type_ignores=[]), str(spec), "exec"), namespace)
    return list(namespace["EXCLUDES"])  # type: ignore[arg-type]


class LeftOut(importlib.abc.MetaPathFinder):
    """Refuses the excluded modules and everything under them, as a bundle without them would."""

    def __init__(self, names: list[str]) -> None:
        self._names = tuple(names)

    def find_spec(self, fullname: str, path: object, target: object = None) -> None:
        if any(fullname == name or fullname.startswith(f"{name}.") for name in self._names):
            raise ModuleNotFoundError(f"No module named {fullname!r} (left out of the bundle)", name=fullname)
        return None


if __name__ == "__main__":
    sys.meta_path.insert(0, LeftOut(excluded_modules()))
    from desktop_app.crypto import kdf

    kdf.use_test_cost()
    runpy.run_module("desktop_app", run_name="__main__", alter_sys=True)
