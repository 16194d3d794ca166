"""The child's file driven through real widgets: front sheet, chronology order and filters, the full record, the
body-map history with its time range, and exporting a referral pack."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop_app.domain.chronology.items import RowKind
from desktop_app.services.audit import file_access_log
from desktop_app.services.concerns import add_addendum
from desktop_app.services.households import link_household
from desktop_app.services.state import load_state
from desktop_app.ui.app import AppShell
from desktop_app.ui.bodymap.painting import mark_radius
from desktop_app.ui.lead.bodymap_history_model import RegionCountsModel
from desktop_app.ui.lead.chronology_model import ChronologyModel
from desktop_app.ui.lead.install import LeadWorkspaceUi
from tests.conftest import LEAD, LEAD_PASS, School
from tests.gui.conftest import sign_in_with_keys
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
    window, workspace = lead_window(qtbot, make_shell)
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

    window.lock()  # nothing of the file stays on the page behind the lock
    assert page.view() is None and page.model.rowCount() == 0 and page.bodymap.shown() is None
    assert page.ui.recordBrowser.toPlainText() == "" and page.ui.frontSheetBrowser.toPlainText() == ""
    sign_in_with_keys(qtbot, window.lock_screen(), LEAD, LEAD_PASS)
    qtbot.waitUntil(lambda: page.view() is not None and not page._busy, timeout=10_000)
    assert page.ui.titleLabel.text() == "Zofia Łuczak"  # the same file, opened again for the same lead


def _pixel(canvas: Any, view: str, number: int) -> QColor:
    """The colour of a mark's badge above its number (a badge may hold several numbers across its middle)."""
    point = canvas.mark_point(view, number)
    assert point is not None
    radius = mark_radius(canvas.rects()[view])
    return canvas.grab().toImage().pixelColor(round(point.x() - 0.55 * radius), round(point.y() - 0.6 * radius))


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
    qtbot.waitUntil(lambda: page.open_dialog() is None and not page._busy, timeout=20_000)
    assert "written to" in page.ui.noticeLabel.text()
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and b"/Encrypt" in data and "Łuczak".encode() not in data
    lead = school.lead()
    try:
        actions = [row.action for row in file_access_log(lead, page.view().pupil_id)]
    finally:
        lead.close()
    assert "exported (referral pack)" in actions


def _select_kind(qtbot: Any, page: Any, kind: str) -> Any:
    rows = _shown(page)
    row = next(i for i, r in enumerate(rows) if r.kind == kind)
    page.ui.chronologyTable.setCurrentIndex(page.ui.chronologyTable.model().index(row, 0))
    return rows[row]


def _save(qtbot: Any, page: Any, dialog: Any) -> None:
    assert dialog.save_button().isEnabled()
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.open_dialog() is None and not page._busy, timeout=10_000)


def test_actions_contacts_and_referrals_are_recorded_and_followed_up_until_the_concern_is_closed(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    concern = record(school, ZOFIA, "Said her dad hit her with a belt", 1, category="physical-abuse")
    _window, workspace = lead_window(qtbot, make_shell)
    _open_zofia(qtbot, workspace, concern)
    page = workspace.child_file
    assert page is not None

    qtbot.mouseClick(page.ui.actionButton, Qt.MouseButton.LeftButton)
    action = page.open_dialog()
    assert action is not None and not action.save_button().isEnabled() and action.concern_id() == concern
    qtbot.keyClicks(action.ui.textEdit, "Speak to the class teacher about her mood")
    _save(qtbot, page, action)
    assert page.ui.noticeLabel.text() == "Action added."

    qtbot.mouseClick(page.ui.contactButton, Qt.MouseButton.LeftButton)
    contact = page.open_dialog()
    assert contact is not None
    qtbot.keyClicks(contact.ui.whoEdit, "Sam Patel, duty social worker")
    qtbot.keyClicks(contact.ui.organisationEdit, "Coventry MASH")
    assert not contact.save_button().isEnabled()
    qtbot.keyClicks(contact.ui.saidEdit, "Advised a referral today")
    _save(qtbot, page, contact)

    qtbot.mouseClick(page.ui.referralButton, Qt.MouseButton.LeftButton)
    referral = page.open_dialog()
    assert referral is not None and "1 working day" in referral.ui.expectedLabel.text()
    qtbot.keyClicks(referral.ui.agencyEdit, "Children's social care (MASH)")
    qtbot.keyClicks(referral.ui.referenceEdit, "MASH-2291")
    _save(qtbot, page, referral)
    kinds = [r.kind for r in _shown(page)]
    for kind in (RowKind.ACTION, RowKind.AGENCY_CONTACT, RowKind.REFERRAL):
        assert kind in kinds

    row = _select_kind(qtbot, page, RowKind.REFERRAL)
    assert "MASH-2291" in page.ui.recordBrowser.toPlainText() and row.concern_id == concern
    assert page.ui.chaseButton.isVisible() and page.ui.outcomeButton.isVisible() and page.ui.closeButton.isHidden()
    qtbot.mouseClick(page.ui.chaseButton, Qt.MouseButton.LeftButton)
    _save(qtbot, page, page.open_dialog())  # a chase needs no words
    qtbot.mouseClick(page.ui.outcomeButton, Qt.MouseButton.LeftButton)
    outcome = page.open_dialog()
    assert outcome is not None and not outcome.save_button().isEnabled()  # an outcome does
    qtbot.keyClicks(outcome.ui.textEdit, "Strategy discussion; section 47 enquiry")
    _save(qtbot, page, outcome)
    assert {RowKind.REFERRAL_CHASED, RowKind.REFERRAL_OUTCOME} <= {r.kind for r in _shown(page)}
    assert page.selected_entry_id() == row.entry_id and page.ui.outcomeButton.isHidden()

    _select_kind(qtbot, page, RowKind.ACTION)
    qtbot.mouseClick(page.ui.doneButton, Qt.MouseButton.LeftButton)
    _save(qtbot, page, page.open_dialog())
    assert RowKind.ACTION_DONE in {r.kind for r in _shown(page)}

    page.select_entry(concern)
    assert page.ui.closeButton.isVisible()
    qtbot.mouseClick(page.ui.closeButton, Qt.MouseButton.LeftButton)
    closing = page.open_dialog()
    assert closing is not None
    qtbot.keyClicks(closing.ui.textEdit, "Child protection plan agreed")
    _save(qtbot, page, closing)
    assert "1 concern (0 open)" in page.ui.subtitleLabel.text()
    assert "Child protection plan agreed" in page.ui.workBrowser.toPlainText()
    qtbot.waitUntil(lambda: all(r["item"].concern_id != concern for r in queue_rows(workspace)), timeout=10_000)

    page.ui.tabs.setCurrentWidget(page.ui.frontSheetTab)  # the front sheet's facts, kept up to date by the lead
    qtbot.mouseClick(page.ui.agencyButton, Qt.MouseButton.LeftButton)
    agency = page.open_dialog()
    assert agency is not None
    agency.ui.statusCombo.setCurrentIndex(agency.ui.statusCombo.findData("cp-plan"))
    qtbot.keyClicks(agency.ui.agencyEdit, "Coventry children's services")
    _save(qtbot, page, agency)
    qtbot.mouseClick(page.ui.mobilityButton, Qt.MouseButton.LeftButton)
    mobility = page.open_dialog()
    assert mobility is not None
    mobility.ui.mobileCombo.setCurrentIndex(mobility.ui.mobileCombo.findData("no"))
    _save(qtbot, page, mobility)
    qtbot.mouseClick(page.ui.fileStatusButton, Qt.MouseButton.LeftButton)
    status = page.open_dialog()
    assert status is not None and not status.save_button().isEnabled()  # it is open already
    status.ui.statusCombo.setCurrentIndex(status.ui.statusCombo.findData("closed"))
    _save(qtbot, page, status)
    sheet = page.ui.frontSheetBrowser.toPlainText()
    assert "Child-protection plan since" in sheet and "Coventry children's services" in sheet
    assert "Independently mobile no" in " ".join(sheet.split())
    assert "file closed" in page.ui.subtitleLabel.text()


def test_a_file_opened_from_the_workspace_takes_in_what_arrived_since_and_is_audited_once(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell], monkeypatch: Any
) -> None:
    """Once the workspace is folded, a file is assembled from it (not read again from the store), after taking in
    the entries that reached the store since: here a concern recorded on another PC after the queue was drawn."""
    from desktop_app.ui.lead import file_view

    first = record(school, ZOFIA, "Zofia was hungry again at lunch", 3)
    _window, workspace = lead_window(qtbot, make_shell)
    assert workspace.controller is not None and workspace.controller.ready()
    read_from_store = []
    real = file_view.file_state
    monkeypatch.setattr(file_view, "file_state", lambda *a: read_from_store.append(a) or real(*a))
    late = record(school, ZOFIA, "Zofia said she slept in the car last night", 0.5)
    _open_zofia(qtbot, workspace)
    page = workspace.child_file
    assert page is not None
    assert [r.entry_id for r in _shown(page) if r.kind == RowKind.CONCERN] == [first, late]
    assert read_from_store == []
    lead = school.lead()
    try:
        pupil_id = load_state(lead).pupil_by_upn(ZOFIA).pupil_id
        openings = [a for a in file_access_log(lead, pupil_id) if a.action == "opened the file"]
    finally:
        lead.close()
    assert len(openings) == 1
