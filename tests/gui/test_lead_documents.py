"""Documents from the child's file page through real widgets (issue 17, item 1): a lead attaches a PDF (typed path,
description), sees it in the chronology, views its pages rendered inside the app at 1024x768 and saves a copy; an
image on a concern with injury marks is refused with the form's own words, and nothing typed is lost."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from reportlab.pdfgen import canvas

from desktop_app.domain.chronology.items import RowKind
from desktop_app.ui.app import AppShell
from tests.conftest import School
from tests.gui.test_lead_child_file import _history, _open_zofia, _save, _shown
from tests.gui.test_lead_queue import lead_window
from tests.gui.window_checks import clashes, cut_short, outside_the_window
from tests.unit.test_reports import flat, open_pdf


def _pdf(pages: int) -> bytes:
    out = io.BytesIO()
    drawing = canvas.Canvas(out)
    for number in range(1, pages + 1):
        drawing.drawString(72, 720, f"Initial child protection conference, page {number}")
        drawing.showPage()
    drawing.save()
    return out.getvalue()


def test_a_lead_attaches_views_and_saves_a_document_and_no_injury_photograph_gets_in(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell], tmp_path: Path
) -> None:
    ids = _history(school)
    minutes = tmp_path / "conference minutes.pdf"
    minutes.write_bytes(_pdf(2))
    photo = tmp_path / "arm.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(200))
    window, workspace = lead_window(qtbot, make_shell)
    window.resize(1024, 768)
    _open_zofia(qtbot, workspace, ids["arm3"])
    page = workspace.child_file
    assert page is not None
    assert page.ui.attachButton.isEnabled() and not page.ui.documentButton.isEnabled()

    qtbot.mouseClick(page.ui.attachButton, Qt.MouseButton.LeftButton)
    dialog = page.open_dialog()
    assert dialog is not None and not dialog.save_button().isEnabled()
    assert dialog.record() == ids["arm3"]  # the selected concern, which has injury marks
    assert "No photographs of injuries" in dialog.ui.injuryLabel.text()
    assert not clashes(dialog), clashes(dialog)
    qtbot.keyClicks(dialog.ui.pathEdit, str(photo))
    qtbot.keyClicks(dialog.ui.descriptionEdit, "Photo of the bruise")
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.isVisible() and not page._busy, timeout=10_000)
    assert "Photographs of injuries are not kept" in dialog.ui.errorLabel.text()
    assert page.open_dialog() is dialog and dialog.description() == "Photo of the bruise"  # nothing lost

    dialog.ui.pathEdit.clear()
    qtbot.keyClicks(dialog.ui.pathEdit, str(minutes))
    dialog.ui.descriptionEdit.clear()
    qtbot.keyClicks(dialog.ui.descriptionEdit, "Minutes of the initial CP conference")
    _save(qtbot, page, dialog)
    assert page.ui.noticeLabel.text().startswith("Attached conference minutes.pdf")
    rows = [r for r in _shown(page) if r.kind == RowKind.DOCUMENT]
    assert len(rows) == 1 and "Minutes of the initial CP conference" in rows[0].summary
    assert page.select_entry(rows[0].entry_id)
    assert page.ui.documentButton.isEnabled()

    qtbot.mouseClick(page.ui.documentButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview_dialog() is not None, timeout=20_000)
    preview = page.preview_dialog()
    assert preview is not None and preview.windowTitle() == "conference minutes.pdf"
    assert len(preview.page_labels()) == 2  # both pages rendered inside the app
    assert preview.ui.stack.currentWidget() is preview.ui.pagesArea
    preview.resize(min(preview.width(), 1000), min(preview.height(), 740))
    assert not outside_the_window(window), outside_the_window(window)
    assert not cut_short(preview), cut_short(preview)
    out = tmp_path / "copy.pdf"
    preview.save_path = out  # what "Save a copy…" sets from the file dialog
    preview.accept()
    qtbot.waitUntil(lambda: out.exists() and "Saved a copy" in page.ui.noticeLabel.text(), timeout=20_000)
    assert out.read_bytes() == minutes.read_bytes()

    lead = school.lead()
    try:
        from desktop_app.services.audit import file_access_log

        pupil_id = rows[0].pupil_id
        actions = [row.action for row in file_access_log(lead, pupil_id)]
    finally:
        lead.close()
    assert "viewed a document" in actions and "exported (document)" in actions


def test_a_text_document_is_shown_read_only(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell], tmp_path: Path
) -> None:
    _history(school)
    letter = tmp_path / "letter from the GP.txt"
    letter.write_text("Dear DSL,\nI saw Zofia today.\n", encoding="utf-8")
    _window, workspace = lead_window(qtbot, make_shell)
    _open_zofia(qtbot, workspace)
    page = workspace.child_file
    assert page is not None
    qtbot.mouseClick(page.ui.attachButton, Qt.MouseButton.LeftButton)
    dialog = page.open_dialog()
    assert dialog is not None
    dialog.ui.recordCombo.setCurrentIndex(0)  # the child's file
    qtbot.keyClicks(dialog.ui.pathEdit, str(letter))
    _save(qtbot, page, dialog)
    [row] = [r for r in _shown(page) if r.kind == RowKind.DOCUMENT]
    assert page.select_entry(row.entry_id)
    qtbot.mouseClick(page.ui.documentButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview_dialog() is not None, timeout=20_000)
    preview = page.preview_dialog()
    assert preview is not None and preview.ui.stack.currentWidget() is preview.ui.textView
    assert preview.ui.textView.isReadOnly() and "I saw Zofia today." in preview.ui.textView.toPlainText()
    preview.reject()

    qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)  # the letter printed after the referral pack
    export = page.open_dialog()
    assert export is not None and export.ui.documentsList.isVisibleTo(export)
    assert export.ui.documentsList.count() == 1 and not export.options().documents  # none ticked at first
    assert not cut_short(export), cut_short(export)
    assert export.height() <= 740 and export.width() <= 1000  # the dialog with its list still fits 1024x768
    export.ui.documentsList.item(0).setCheckState(Qt.CheckState.Checked)
    assert export.options().documents == (row.entry_id,)
    out = tmp_path / "pack.pdf"
    export.ui.pathEdit.setText(str(out))
    qtbot.keyClicks(export.ui.passwordEdit, "correct horse battery")
    qtbot.keyClicks(export.ui.repeatEdit, "correct horse battery")
    _save(qtbot, page, export)
    _reader, text = open_pdf(out.read_bytes(), "correct horse battery")
    assert "Attached document 1 of 1" in flat(text) and "I saw Zofia today." in flat(text)


def test_a_lead_withdraws_a_document_from_its_view_saying_why(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell], tmp_path: Path
) -> None:
    _history(school)
    letter = tmp_path / "letter about another child.txt"
    letter.write_text("Dear DSL,\nThis is about a different child.\n", encoding="utf-8")
    window, workspace = lead_window(qtbot, make_shell)
    window.resize(1024, 768)
    _open_zofia(qtbot, workspace)
    page = workspace.child_file
    assert page is not None
    qtbot.mouseClick(page.ui.attachButton, Qt.MouseButton.LeftButton)
    dialog = page.open_dialog()
    assert dialog is not None
    dialog.ui.recordCombo.setCurrentIndex(0)
    qtbot.keyClicks(dialog.ui.pathEdit, str(letter))
    _save(qtbot, page, dialog)
    [row] = [r for r in _shown(page) if r.kind == RowKind.DOCUMENT]
    assert page.select_entry(row.entry_id)
    qtbot.mouseClick(page.ui.documentButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview_dialog() is not None, timeout=20_000)
    preview = page.preview_dialog()
    assert preview is not None and preview.withdraw_button().isVisible()
    assert not cut_short(preview), cut_short(preview)
    qtbot.mouseClick(preview.withdraw_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.open_dialog() is not None, timeout=10_000)
    ask = page.open_dialog()
    assert ask is not None and "letter about another child.txt" in ask.ui.aboutLabel.text()
    assert not ask.save_button().isEnabled()  # a reason is required
    assert not cut_short(ask), cut_short(ask)
    qtbot.keyClicks(ask.ui.textEdit, "Filed in the wrong child's file")
    assert ask.save_button().isEnabled()
    _save(qtbot, page, ask)
    assert page.ui.noticeLabel.text() == "Withdrew letter about another child.txt from the file."
    [gone] = [r for r in _shown(page) if r.kind == RowKind.DOCUMENT_WITHDRAWN]
    assert "Reason: Filed in the wrong child's file" in gone.summary
    assert page._view is not None and not page._view.file.documents  # gone from the pack dialogs' lists
    qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
    export = page.open_dialog()
    assert export is not None and export.ui.documentsList.count() == 0
    export.reject()
