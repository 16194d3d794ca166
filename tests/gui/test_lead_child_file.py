"""The child's file driven through real widgets: front sheet, chronology order and filters, the full record, the
body-map history with its time range, and exporting a referral pack."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop_app.domain.chronology import RowKind
from desktop_app.services.audit import file_access_log
from desktop_app.services.concerns import add_addendum
from desktop_app.services.households import link_household
from desktop_app.services.state import load_state
from desktop_app.ui.app import AppShell
from desktop_app.ui.bodymap.painting import mark_radius
from desktop_app.ui.lead.bodymap_history_model import RegionCountsModel
from desktop_app.ui.lead.chronology_model import ChronologyModel
from desktop_app.ui.lead.install import LeadWorkspaceUi
from tests.conftest import School
from tests.gui.test_lead_queue import JAKUB, ZOFIA, lead_window, queue_rows, record

ARM = {"view": "front", "x": 0.725, "y": 0.324, "region": "upper-arm-left", "type": "bruise"}
CHEEK = {"view": "front", "x": 0.591, "y": 0.136, "region": "cheek-left", "type": "bruise", "size_cm": 2}


def _history(school: School) -> dict[str, str]:
    """Zofia (aged 4 or so): hunger, then a bruise on the same arm three times over two months, one with her cheek."""
    ids = {
        "hunger": record(school, ZOFIA, "Hungry at breakfast club; took toast from another child", 60),
        "arm1": record(school, ZOFIA, "Bruise on her upper arm", 40, category="physical-abuse",
                       injuries=[{**ARM, "explanation": "She said she fell on the stairs"}]),
        "arm2": record(school, ZOFIA, "Another bruise on the arm and one on her cheek", 20, category="physical-abuse",
                       injuries=[{**ARM, "explanation": "Mummy grabbed me"}, CHEEK]),
        "arm3": record(school, ZOFIA, "A third bruise on the same arm", 5, category="physical-abuse",
                       injuries=[{**ARM, "explanation": ""}]),
    }  # fmt: skip
    staff, lead = school.staff(), school.lead()
    try:
        add_addendum(staff, load_state(staff), ids["arm1"], "Her mother later said it was a fall at the park.")
        state = load_state(lead)
        link_household(lead, state, [state.pupil_by_upn(ZOFIA).pupil_id, state.pupil_by_upn(JAKUB).pupil_id])
    finally:
        staff.close()
        lead.close()
    return ids


def _open_zofia(qtbot: Any, workspace: LeadWorkspaceUi, concern_id: str = "") -> None:
    pupil_id = next(r["item"].pupil_id for r in queue_rows(workspace) if r["item"].upn == ZOFIA)
    workspace.open_child_file(pupil_id, concern_id)
    assert workspace.child_file is not None
    qtbot.waitUntil(lambda: workspace.child_file.view() is not None and not workspace.child_file._busy, timeout=10_000)


def _shown(page: Any) -> list[Any]:
    proxy = page.ui.chronologyTable.model()
    return [proxy.index(row, 0).data(ChronologyModel.ItemRole) for row in range(proxy.rowCount())]


def test_the_file_shows_the_front_sheet_and_one_chronology_in_order_filtered_with_each_record_in_full(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    ids = _history(school)
    _window, workspace = lead_window(qtbot, make_shell)
    _open_zofia(qtbot, workspace, ids["hunger"])
    page = workspace.child_file
    assert page is not None

    sheet = page.ui.frontSheetBrowser.toPlainText()
    for words in ("Zofia Łuczak", "04 Mar 2021", "12 Mill Lane Coventry", "Jakub (Kuba) Łuczak", "Sibling"):
        assert words in sheet
    assert "UPN A123456789012" in page.ui.subtitleLabel.text() and "4 concerns (4 open)" in page.ui.subtitleLabel.text()

    rows = _shown(page)
    concerns = [r.entry_id for r in rows if r.kind == RowKind.CONCERN]
    assert concerns == [ids["hunger"], ids["arm1"], ids["arm2"], ids["arm3"]]  # in the order they happened
    assert [r.occurred_at for r in rows] == sorted(r.occurred_at for r in rows)
    assert any(r.kind == RowKind.ADDENDUM for r in rows)
    flagged = [r.entry_id for r in rows if page.model.flags_at(r.entry_id)]
    assert ids["arm3"] in flagged and ids["hunger"] not in flagged
    flag_cell = page.ui.chronologyTable.model().index(
        [r.entry_id for r in rows].index(ids["arm3"]), ChronologyModel.COLUMN_FLAGS
    )
    assert "injur" in flag_cell.data()  # the reason in words, in the row
    assert page.selected_entry_id() == ids["hunger"]

    page.set_filter(kind=RowKind.INJURY)
    assert [r.entry_id for r in _shown(page)] == [ids["arm1"], ids["arm2"], ids["arm3"]]
    assert page.ui.countLabel.text().startswith("3 of ")
    page.set_filter(category="neglect")
    assert [r.entry_id for r in _shown(page)] == [ids["hunger"]]
    page.set_filter()
    assert len(_shown(page)) == len(rows)

    table = page.ui.chronologyTable
    index = table.model().index([r.entry_id for r in rows].index(ids["arm1"]), ChronologyModel.COLUMN_WHAT)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    record_text = page.ui.recordBrowser.toPlainText()
    for words in ("Bruise on her upper arm", "bruise on the left upper arm", "She said she fell on the stairs",
                  "Her mother later said it was a fall at the park.", "Carys Teacher (Year 1 teacher)"):  # fmt: skip
        assert words in record_text

    page.ui.familyCheck.click()  # the family chronology: both children, audited as such
    qtbot.waitUntil(lambda: page.view() is not None and page.view().family and not page._busy, timeout=10_000)
    assert not table.isColumnHidden(ChronologyModel.COLUMN_CHILD)
    lead = school.lead()
    try:
        looked = file_access_log(lead, page.view().pupil_id)
    finally:
        lead.close()
    assert len(looked) == 2 and all(row.who == "Alice Lead (lead)" for row in looked)


def _pixel(canvas: Any, view: str, number: int) -> QColor:
    """The colour of a mark's badge beside its number (at the centre the number is drawn in white)."""
    point = canvas.mark_point(view, number)
    assert point is not None
    inside = 0.6 * mark_radius(canvas.rects()[view])
    return canvas.grab().toImage().pixelColor(round(point.x() - inside), round(point.y()))


def test_the_body_map_history_layers_every_mark_and_the_time_range_narrows_it(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    _history(school)
    window, workspace = lead_window(qtbot, make_shell)
    window.resize(1366, 768)
    _open_zofia(qtbot, workspace)
    page = workspace.child_file
    assert page is not None
    page.ui.tabs.setCurrentWidget(page.ui.bodyMapTab)
    history = page.bodymap
    qtbot.waitUntil(lambda: history.canvas.isVisible())

    shown = history.shown()
    assert shown is not None and shown.total == 4 and len(history.occasions()) == 3
    assert [m.number for m in shown.marks["front"]] == [1, 2, 3, 4]  # all on one outline, oldest first
    counts = history.counts_model
    assert counts.counts() == {"upper-arm-left": 3, "cheek-left": 1}
    assert counts.index(0, RegionCountsModel.COLUMN_REGION).data() == "left upper arm"
    assert counts.index(0, RegionCountsModel.COLUMN_REGION).data(Qt.ItemDataRole.FontRole).bold()
    assert "same region more than once: left upper arm" in history.summary_label.text()
    newest, older = _pixel(history.canvas, "front", 4), _pixel(history.canvas, "front", 3)
    assert newest.red() > newest.green() and older.red() > older.green()  # marks are painted where they were made
    assert newest.lightness() < older.lightness()  # the newer mark is the stronger

    history.from_slider.setFocus()
    qtbot.keyClick(history.from_slider, Qt.Key.Key_End)  # from the last occasion only
    assert history.shown().total == 1 and counts.counts() == {"upper-arm-left": 1}
    assert history.to_slider.value() == history.from_slider.value() == 2
    qtbot.keyClick(history.from_slider, Qt.Key.Key_Home)
    qtbot.keyClick(history.to_slider, Qt.Key.Key_Left)  # up to the second occasion
    assert history.shown().total == 3 and counts.counts() == {"upper-arm-left": 2, "cheek-left": 1}


def test_a_referral_pack_is_exported_with_a_password_asked_twice_and_the_export_is_audited(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell], tmp_path: Path
) -> None:
    _history(school)
    _window, workspace = lead_window(qtbot, make_shell)
    _open_zofia(qtbot, workspace)
    page = workspace.child_file
    assert page is not None
    qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
    dialog = page.open_dialog()
    assert dialog is not None
    out = tmp_path / "pack.pdf"
    dialog.ui.pathEdit.setText(str(out))
    qtbot.keyClicks(dialog.ui.passwordEdit, "correct horse battery")
    qtbot.keyClicks(dialog.ui.repeatEdit, "correct horse batterx")
    assert not dialog.save_button().isEnabled() and "not the same" in dialog.ui.errorLabel.text()
    qtbot.keyClick(dialog.ui.repeatEdit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.ui.repeatEdit, "y")
    assert dialog.save_button().isEnabled() and dialog.ui.errorLabel.isHidden()
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.open_dialog() is None, timeout=20_000)
    assert "written to" in page.ui.noticeLabel.text()
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and b"/Encrypt" in data and "Łuczak".encode() not in data
    lead = school.lead()
    try:
        actions = [row.action for row in file_access_log(lead, page.view().pupil_id)]
    finally:
        lead.close()
    assert "exported (referral pack)" in actions
