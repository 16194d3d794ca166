"""Bring the translation files up to date: `pyside6-lupdate` over the app's windows into
desktop_app/resources/translations/*.ts, then `pyside6-lrelease` into the .qm files the app loads.

    python tools/update_translations.py            # update the .ts files (translations kept) and compile the .qm
    python tools/update_translations.py --check    # exit 1 if a .ts or .qm is not what the sources make today

lupdate finds `self.tr("…")`, `QCoreApplication.translate("Context", "…")` and the Designer forms by itself. Most
modules say `_tr("…")`, a one-line helper calling `translate("Context", text)`, which lupdate cannot see through; for
those this tool writes each call out as `QCoreApplication.translate("Context", "…")` in a scratch file it hands to
lupdate beside the real sources (the context is read from the module's own `_tr`).
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop_app" / "ui"
FORMS = ROOT / "forms"
TRANSLATIONS = ROOT / "desktop_app" / "resources" / "translations"
CATALOGUE = "concern_logger"
LANGUAGES = ("cy",)  # Welsh first; the pseudo-locale (ui/i18n.py) needs no file


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python (the venv), or on PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"error: {name} not found; install PySide6 into this Python")
    return found


def python_sources() -> list[Path]:
    """The app's window code, without the compiled forms (lupdate reads the .ui files themselves)."""
    return sorted(p for p in SOURCES.rglob("*.py") if "forms" not in p.relative_to(SOURCES).parts)


def helper_context(tree: ast.Module) -> str | None:
    """The context of a module's `_tr` helper: `def _tr(text): return translate("MainWindow", text)`."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_tr":
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Name | ast.Attribute)
                    and (call.func.id if isinstance(call.func, ast.Name) else call.func.attr) == "translate"
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                    and isinstance(call.args[0].value, str)
                ):
                    return call.args[0].value
    return None


def helper_calls(path: Path) -> list[tuple[str, str]]:
    """Every `_tr("literal")` in a module, with the module's context."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    context = helper_context(tree)
    if context is None:
        return []
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "_tr"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((context, node.args[0].value))
    return found


def _literal(text: str) -> str:
    """A double-quoted Python literal lupdate reads back exactly."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{escaped}"'


def write_helper_calls(folder: Path) -> Path:
    lines = ["from PySide6.QtCore import QCoreApplication", ""]
    for path in python_sources():
        for context, text in helper_calls(path):
            lines.append(f"QCoreApplication.translate({_literal(context)}, {_literal(text)})")
    scratch = folder / "helper_calls.py"
    scratch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return scratch


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{CATALOGUE}_{language}.ts"


def qm_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{CATALOGUE}_{language}.qm"


def run_lupdate(ts_file: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="concern-logger-lupdate-") as tmp:
        scratch = write_helper_calls(Path(tmp))
        sources = [str(p) for p in python_sources()] + [str(p) for p in sorted(FORMS.glob("*.ui"))] + [str(scratch)]
        command = [tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none", "-ts", str(ts_file)]
        subprocess.run(command, check=True, capture_output=True, text=True)


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    command = [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, check=True, capture_output=True, text=True)


def update() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        run_lupdate(ts_path(language))
        run_lrelease(ts_path(language), qm_path(language))
        print(f"{ts_path(language).relative_to(ROOT)} -> {qm_path(language).relative_to(ROOT)}")


def stale() -> list[str]:
    """What `update` would change: .ts files behind the sources, .qm files behind their .ts."""
    problems = []
    with tempfile.TemporaryDirectory(prefix="concern-logger-ts-check-") as tmp:
        folder = Path(tmp)
        for language in LANGUAGES:
            committed_ts, fresh_ts = ts_path(language), ts_path(language, folder)
            if not committed_ts.exists():
                problems.append(f"{committed_ts.relative_to(ROOT)} is missing")
                continue
            shutil.copy(committed_ts, fresh_ts)
            run_lupdate(fresh_ts)
            if fresh_ts.read_bytes() != committed_ts.read_bytes():
                problems.append(f"{committed_ts.relative_to(ROOT)} is behind the sources")
            fresh_qm = qm_path(language, folder)
            run_lrelease(committed_ts, fresh_qm)
            committed_qm = qm_path(language)
            if not committed_qm.exists() or committed_qm.read_bytes() != fresh_qm.read_bytes():
                problems.append(f"{committed_qm.relative_to(ROOT)} is not compiled from its .ts")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="report stale files instead of updating them")
    args = parser.parse_args()
    if args.check:
        problems = stale()
        for problem in problems:
            print(f"error: {problem}; run python tools/update_translations.py", file=sys.stderr)
        return 1 if problems else 0
    update()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
