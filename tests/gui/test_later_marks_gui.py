"""Driven through real widgets: "My concerns" shows what a teacher sent in full; an addendum adds a mark noticed
later on a body map; Escape asks before throwing typed text away; the lead's body-map history, chosen by a click."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QWidget

from desktop_app.domain import bodymap
from desktop_app.domain.records import InjuryMark
from desktop_app.services.concerns import add_addendum
from desktop_app.services.state import load_state
from desktop_app.services.triage import acknowledge
from desktop_app.ui.app import AppShell
from desktop_app.ui.lead.bodymap_history_model import HistoricMarksModel
from tests.conftest import STAFF, STAFF_PASS, School
from tests.gui.conftest import record_concern, signed_in_window
from tests.gui.test_bodymap_widget import interior_point
from tests.gui.test_lead_child_file import _open_zofia
from tests.gui.test_lead_queue import ZOFIA, lead_window, record

FULL_MARK = {
    "view": "front", "x": 0.725, "y": 0.324, "region": "upper-arm-left", "type": "bruise", "size_cm": 3,
    "shape": "four oval marks in a row", "colour": "blue-purple", "skin_broken": False,
    "explanation": "Dad grabbed me", "explanation_by": "child", "witnessed_by": "Mrs Patel, lunchtime supervisor",
    "first_aid": "Cold compress", "observed_by": "Carys Teacher",
}  # fmt: skip


def test_my_concerns_shows_every_detail_sent_the_addenda_and_who_acknowledged_it_when(
    qtbot: Any, make_shell: Any, school: School
) -> None:
    recorded = record_concern(school, STAFF, STAFF_PASS, ZOFIA, "Bruises on her arm after lunch.",
                              childs_words="Dad grabbed me", injuries=[FULL_MARK])  # fmt: skip
    staff = school.staff()
    later = InjuryMark("hands-back", *interior_point("hands-back", "hand-left"), "hand-left", "burn", 0.8,
                       "round, clear edges", "red-brown", True, "", "Cool water")  # fmt: skip
    add_addendum(staff, load_state(staff), recorded.entry_id, "Next day I saw a small burn too.", [later])
    staff.close()
    lead = school.lead()
    acknowledge(lead, load_state(lead), recorded.entry_id)
    lead.close()

    window = signed_in_window(qtbot, make_shell(), STAFF, STAFF_PASS)
    details = window.my_concerns.ui.detailsBrowser.toPlainText()
    for words in (
        "1. Bruise: left upper arm, 3 cm", "Shape: four oval marks in a row", "Colour(s): blue-purple",
        "Skin broken: no", "Explanation, given by the child: “Dad grabbed me”",
        "Seen happening by: Mrs Patel, lunchtime supervisor", "First aid: Cold compress", "On the map: front view",
        "Next day I saw a small burn too.", "Marks noticed later, added to the body map:",
        "2. Burn: left hand, 0.8 cm", "On the map: hands, backs", "Skin broken: yes", "Explanation: none was given",
        "First aid: Cool water", "Acknowledged by ",
    ):  # fmt: skip
        assert words in details, words
    assert "Dad grabbed me" in details and "Not yet acknowledged" not in details


def _mnemonics(dialog: Any) -> list[str]:
    """The Alt+letters of every visible label and button of the dialog (the body map's included)."""
    keys = []
    for widget in dialog.findChildren(QWidget):
        text = widget.text() if isinstance(widget, QLabel | QAbstractButton) and widget.isVisible() else ""
        found = re.search(r"&([^&])", text.replace("&&", ""))
        if found:
            keys.append(found.group(1).lower())
    return sorted(keys)


def _open_addendum(qtbot: Any, window: Any) -> Any:
    page = window.my_concerns
    qtbot.mouseClick(page.ui.addAddendumButton, Qt.MouseButton.LeftButton)
    dialog = page.addendum_dialog()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_an_addendum_adds_a_mark_noticed_later_on_the_backs_of_the_hands(
    qtbot: Any, make_shell: Any, school: School
) -> None:
    first_burn = {"view": "hands-back", "x": 0.74, "y": 0.6, "region": "hand-right", "type": "burn"}
    recorded = record_concern(school, STAFF, STAFF_PASS, ZOFIA, "A small round burn on her hand.",
                              occurred_at="2024-03-04T10:15", injuries=[first_burn])  # fmt: skip
    window = signed_in_window(qtbot, make_shell(), STAFF, STAFF_PASS)
    dialog = _open_addendum(qtbot, window)
    qtbot.keyClicks(dialog.ui.textEdit, "This morning I saw a second burn.")
    assert dialog.ui.marksButton.isVisible() and not dialog.ui.marksHolder.isVisible()
    qtbot.mouseClick(dialog.ui.marksButton, Qt.MouseButton.LeftButton)
    editor = dialog.body_map
    assert editor is not None and dialog.ui.marksHolder.isVisible()
    qtbot.waitUntil(lambda: editor.canvas.width() > 100)
    assert "mark 1 here becomes mark 2" in dialog.ui.explainLabel.text()
    room = dialog.screen().availableGeometry()
    save = next(b for b in dialog.ui.buttonBox.buttons() if "Save" in b.text())
    assert room.contains(dialog.frameGeometry()), (room, dialog.frameGeometry())  # grown for the map, on screen
    assert room.contains(QRect(save.mapToGlobal(QPoint(0, 0)), save.size())), "Save must stay on screen"
    assert dialog.minimumSizeHint().height() <= 768 - 100, dialog.minimumSizeHint()  # 1024x768, a taskbar, a title
    backs = bodymap.VIEWS.index("hands-back")
    assert editor.views.tabText(backs).startswith("Hands (backs)") or editor.views.tabText(backs).startswith("Backs")
    qtbot.mouseClick(editor.views, Qt.MouseButton.LeftButton, pos=editor.views.tabRect(backs).center())
    assert editor.view() == "hands-back"
    where = editor.canvas.point_for(*interior_point("hands-back", "hand-left")).toPoint()
    qtbot.mouseClick(editor.canvas, Qt.MouseButton.LeftButton, pos=where)
    [mark] = editor.marks()
    assert (mark.view, mark.region) == ("hands-back", "hand-left")
    assert where.x() < editor.canvas.width() / 2, "the child's left hand is on the viewer's left, seen from behind"
    keys = _mnemonics(dialog)  # the dialog's own, and the mark's details now shown beside the map
    assert {"d", "n", "s", "c", "a", "h"} <= set(keys) and keys == sorted(set(keys)), keys
    editor.panel.shape.setFocus()
    qtbot.keyClicks(editor.panel.shape, "round, clear edges")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.my_concerns.addendum_dialog() is None)
    qtbot.waitUntil(lambda: "hands, backs" in window.my_concerns.ui.detailsBrowser.toPlainText())

    lead = school.lead()
    concern = load_state(lead).concerns[recorded.entry_id]
    lead.close()
    written, later = concern.injuries
    assert (later.view, later.region, later.shape) == ("hands-back", "hand-left", "round, clear edges")
    assert concern.written_marks == (written,) and written.region == "hand-right"
    assert [m.mark for m in concern.later_marks] == [later]


def _question(dialog: Any) -> QMessageBox:
    box = dialog.discard_box
    assert box is not None
    return box


def test_escape_on_the_addendum_asks_before_throwing_typed_text_away(
    qtbot: Any, make_shell: Any, school: School
) -> None:
    record_concern(school, STAFF, STAFF_PASS, ZOFIA, "Zofia had a bruise on her arm.")
    window = signed_in_window(qtbot, make_shell(), STAFF, STAFF_PASS)
    page = window.my_concerns

    empty = _open_addendum(qtbot, window)
    qtbot.keyClick(empty.ui.textEdit, Qt.Key.Key_Escape)  # nothing typed: nothing to lose, no question
    qtbot.waitUntil(lambda: page.addendum_dialog() is None)

    dialog = _open_addendum(qtbot, window)
    qtbot.keyClicks(dialog.ui.textEdit, "Her mother said she fell off her bike.")
    qtbot.keyClick(dialog.ui.textEdit, Qt.Key.Key_Escape)
    box = _question(dialog)
    qtbot.waitExposed(box)
    assert "Discard this addendum?" in box.text() and dialog.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Escape on the question keeps writing
    qtbot.waitUntil(lambda: dialog.discard_box is None)
    assert page.addendum_dialog() is dialog and dialog.text() == "Her mother said she fell off her bike."
    cancel = next(b for b in dialog.ui.buttonBox.buttons() if "Cancel" in b.text())
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # Cancel asks too
    box = _question(dialog)
    qtbot.waitExposed(box)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.addendum_dialog() is None)
    assert page.model.index(0, 4).data() in ("", None), "nothing was saved"


def test_choosing_a_mark_in_the_history_rings_it_shows_its_concern_and_opens_it_in_the_chronology(
    qtbot: Any, school: School, make_shell: Callable[..., AppShell]
) -> None:
    arm = {"view": "front", "x": 0.725, "y": 0.324, "region": "upper-arm-left", "type": "bruise"}
    cheek = {"view": "front", "x": 0.591, "y": 0.136, "region": "cheek-left", "type": "bruise"}
    first = record(school, ZOFIA, "A bruise on her upper arm", 40, category="physical-abuse", injuries=[arm])
    second = record(school, ZOFIA, "A bruise on her cheek, said she walked into a door", 20,
                    category="physical-abuse", injuries=[cheek])  # fmt: skip
    record(school, ZOFIA, "A third bruise on the same arm", 5, category="physical-abuse", injuries=[arm])
    record(school, ZOFIA, "Hungry at breakfast club", 50)  # neglect, no marks
    window, workspace = lead_window(qtbot, make_shell)
    window.resize(1024, 768)
    _open_zofia(qtbot, workspace)
    page = workspace.child_file
    assert page is not None
    qtbot.mouseClick(page.ui.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=page.ui.tabs.tabBar().tabRect(page.ui.tabs.indexOf(page.ui.bodyMapTab)).center())  # fmt: skip
    history = page.bodymap
    qtbot.waitUntil(lambda: history.marks_table.isVisible())
    table = history.marks_table
    proxy = table.model()
    canvas = history.canvas
    stacked = canvas.stacks("front", canvas.rects()["front"], history.shown().marks["front"])  # type: ignore[union-attr]
    assert [[m.number for m in group] for group in stacked] == [[1, 3], [2]]  # the same spot twice: one "1,3" badge

    def row_of(number: int) -> int:
        return next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == str(number))

    rect = table.visualRect(proxy.index(row_of(2), HistoricMarksModel.COLUMN_MARK))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    chosen = history.chosen()
    assert chosen is not None and (chosen.concern_id, chosen.number) == (second, 2)
    assert history.canvas.chosen() is chosen
    assert "walked into a door" in history.concern_browser.toPlainText()

    numbers = {proxy.index(r, 0).data(HistoricMarksModel.MarkRole).concern_id: proxy.index(r, 0).data()
               for r in range(proxy.rowCount())}  # fmt: skip
    history.from_slider.setFocus()
    qtbot.keyClick(history.from_slider, Qt.Key.Key_Right)  # from the second occasion: the first mark leaves
    shown = {proxy.index(r, 0).data(HistoricMarksModel.MarkRole).concern_id: proxy.index(r, 0).data()
             for r in range(proxy.rowCount())}  # fmt: skip
    assert first not in shown and shown.items() <= numbers.items(), "each mark keeps its number"
    assert history.chosen() is not None and history.chosen().concern_id == second  # still ringed

    point = history.canvas.mark_point("front", 3)
    assert point is not None
    qtbot.mouseClick(history.canvas, Qt.MouseButton.LeftButton, pos=QPoint(round(point.x()), round(point.y())))
    assert history.chosen().number == 3 and table.currentIndex().data() == "3"  # type: ignore[union-attr]

    rect = table.visualRect(proxy.index(row_of(2), HistoricMarksModel.COLUMN_MARK))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double-click: press first
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.ui.tabs.currentWidget() is page.ui.chronologyTab
    assert page.selected_entry_id() == second
    assert QApplication.focusWidget() is page.ui.chronologyTable

    page.ui.tabs.setCurrentWidget(page.ui.bodyMapTab)  # the keyboard: the row with the arrows, Enter opens it
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert history.chosen().number == 2  # type: ignore[union-attr]
    page.set_filter(category="neglect")  # a filter that hides the concern is cleared to show it
    assert page.ui.chronologyTable.model().rowCount() == 1
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert page.ui.tabs.currentWidget() is page.ui.chronologyTab and page.selected_entry_id() == second
