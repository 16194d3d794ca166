"""Compile every Qt Designer form `forms/*.ui` into `desktop_app/ui/forms/ui_<name>.py` with pyside6-uic."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
COMPILED = ROOT / "desktop_app" / "ui" / "forms"


def uic_command() -> str:
    """pyside6-uic beside this Python (the venv), or on PATH."""
    beside = Path(sys.executable).with_name("pyside6-uic")
    if beside.exists():
        return str(beside)
    found = shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("error: pyside6-uic not found; install PySide6-Essentials into this Python")
    return found


def compiled_name(form: Path) -> str:
    return f"ui_{form.stem}.py"


def compile_form(form: Path, out_dir: Path) -> Path:
    """Compile one form into `out_dir`; the form is named relative to the checkout so the header is stable."""
    target = out_dir / compiled_name(form)
    subprocess.run(
        [uic_command(), str(form.relative_to(ROOT)), "-o", str(target)], cwd=ROOT, check=True, capture_output=True
    )
    return target


def forms() -> list[Path]:
    return sorted(FORMS.glob("*.ui"))


def main() -> int:
    COMPILED.mkdir(parents=True, exist_ok=True)
    for form in forms():
        try:
            target = compile_form(form, COMPILED)
        except subprocess.CalledProcessError as exc:
            print(f"error: {form.relative_to(ROOT)}: {exc.stderr.decode(errors='replace').strip()}", file=sys.stderr)
            return 1
        print(f"{form.relative_to(ROOT)} -> {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
