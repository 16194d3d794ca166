"""Every compiled form in desktop_app/ui/forms/ is what pyside6-uic makes from forms/*.ui today."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
_STAMP = re.compile(r"^#.*\b\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}")  # a header comment carrying a date and time, if any


def _build_forms() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_forms", ROOT / "tools" / "build_forms.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_forms = _build_forms()
FORMS = build_forms.forms()


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if not _STAMP.match(line)]


def test_there_are_forms_to_check() -> None:
    assert {"sign_in.ui", "main_window.ui"} <= {form.name for form in FORMS}


@pytest.mark.parametrize("form", FORMS, ids=[form.name for form in FORMS])
def test_compiled_form_is_current(form: Path, tmp_path: Path) -> None:
    committed = build_forms.COMPILED / build_forms.compiled_name(form)
    assert committed.exists(), f"{committed.relative_to(ROOT)} is missing: run tools/build_forms.py"
    fresh = build_forms.compile_form(form, tmp_path)
    assert _lines(committed) == _lines(fresh), (
        f"{committed.relative_to(ROOT)} is out of date with {form.relative_to(ROOT)}: run tools/build_forms.py"
    )
