"""What the concern form holds: its text fields by the name `Concern` declares, its content read and put back."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from desktop_app.domain.concern_input import TEXT_FIELDS
from desktop_app.domain.records import InjuryMark

if TYPE_CHECKING:
    from desktop_app.ui.concern_form.form import ConcernForm

DRAFT_FORM = "concern"
DRAFT_VERSION = 2  # 2: several pupils and categories, and the time as a choice (1 defaulted the time to now)
TextEdit = QLineEdit | QPlainTextEdit  # a text field's widget: one line, or several


def text_widgets(form: QWidget) -> dict[str, TextEdit]:
    """The widget of each text field a concern records, by the field's name (its `recordedField` property in
    forms/concern_form.ui), in the order `Concern` declares them; raises LookupError when a field has none or two."""
    found: dict[str, list[TextEdit]] = {}
    for widget in form.findChildren(QWidget):
        name = widget.property("recordedField")
        if isinstance(name, str) and isinstance(widget, QLineEdit | QPlainTextEdit):
            found.setdefault(name, []).append(widget)
    wrong = sorted(set(found) ^ set(TEXT_FIELDS)) + sorted(n for n, w in found.items() if len(w) > 1)
    if wrong:
        raise LookupError(f"the concern form has no widget, or more than one, for: {', '.join(wrong)}")
    return {name: found[name][0] for name in TEXT_FIELDS}


def text_of(widget: TextEdit) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def set_text(widget: TextEdit, value: str) -> None:
    if isinstance(widget, QLineEdit):
        widget.setText(value)
    else:
        widget.setPlainText(value)


def is_blank(content: dict[str, Any]) -> bool:
    """Whether a form's content holds nothing a person wrote or chose (the time alone does not count)."""
    return not (
        content.get("pupil")
        or content.get("pupils")
        or content.get("category")
        or content.get("categories")
        or any(str(content.get(name, "")).strip() for name in TEXT_FIELDS)
        or content.get("other_children")
        or content.get("injuries")
    )


def form_content(form: ConcernForm) -> dict[str, Any]:
    """Everything in the form as plain JSON-ready data: what a draft holds."""
    pupils = form.finder.chosen_upns()
    injuries = []
    for mark in form.body_map.marks():
        payload = mark.to_payload()
        payload["type"] = str(payload["type"])
        injuries.append(payload)
    return {
        "form": DRAFT_FORM,
        "version": DRAFT_VERSION,
        "pupil": pupils[0] if pupils else "",
        "pupils": pupils,
        **form.when.content(),
        "category": form.category_code(),
        "categories": form.categories.codes(),
        **{name: text_of(edit) for name, edit in form.texts.items()},
        "other_children": form.others.chosen_upns(),
        "injuries": injuries,
        "urgent": form.ui.urgentCheck.isChecked(),
    }


def fill_form(form: ConcernForm, content: dict[str, Any]) -> None:
    """Put every field and every mark of a draft's `content` into the form (a field it lacks is left empty)."""
    pupils = content.get("pupils") or ([content["pupil"]] if content.get("pupil") else [])
    form.finder.set_chosen_upns(str(upn) for upn in pupils)
    form.when.restore(content)
    chosen = content.get("categories") or [content.get("category") or ""]
    form.categories.set_codes(str(code) for code in chosen)
    for name, edit in form.texts.items():  # a draft saved before a field existed leaves it empty
        set_text(edit, str(content.get(name, "")))
    form.others.set_chosen_upns(content.get("other_children", []))
    form.ui.urgentCheck.setChecked(content.get("urgent") is True)
    form.body_map.set_marks(InjuryMark.from_payload(m) for m in content.get("injuries", []))
