"""'My actions' in the staff window, driven through real widgets: a member of staff sees only the plan action a lead
gave her (overdue in red), types what she did and marks it done, and the lead's fold then holds her note."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.domain.lead.meetings import Attendee
from desktop_app.services.meetings import PlanOwner, plan_owner, record_meeting
from desktop_app.services.state import load_state
from desktop_app.ui.main_window import PAGE_MY_ACTIONS
from desktop_app.ui.my_actions_model import OVERDUE_COLOUR, MyActionsModel
from tests.conftest import STAFF, STAFF2, STAFF2_PASS, STAFF_PASS, School
from tests.gui.conftest import signed_in_window
from tests.gui.window_checks import cut_short, outside_the_window

ZOFIA = "A123456789012"


def _plan(school: School) -> list[str]:
    lead = school.lead()
    try:
        state = load_state(lead)
        pupil = state.pupil_by_upn(ZOFIA)
        assert pupil is not None
        held = date.today() - timedelta(days=10)
        actions = [
            ("Weekly check-in with Zofia", plan_owner(lead, state, STAFF), held + timedelta(days=3)),
            ("Walk her to the gate at home time", plan_owner(lead, state, STAFF), held + timedelta(days=40)),
            ("Home visit", PlanOwner(name="Jo Bloggs (Children's Services)"), held + timedelta(days=5)),
        ]
        attendees = [Attendee("Jo Bloggs", "Social worker", "Children's Services")]
        recorded = record_meeting(lead, state, pupil.pupil_id, "core-group", held, attendees, "plan-continues",
                                  actions=actions)  # fmt: skip
        return list(recorded.action_ids)
    finally:
        lead.close()


def test_a_member_of_staff_marks_her_overdue_action_done_from_my_actions(
    qtbot: Any, make_shell: Any, school: School
) -> None:
    overdue, later, _ = _plan(school)
    window = signed_in_window(qtbot, make_shell(), STAFF, STAFF_PASS)
    button = window.ui.myActionsButton  # says how many open actions she has, before she opens the page
    assert button.text() == "My actions (2)\nCtrl+7" and button.accessibleName() == "My actions, 2 open"
    qtbot.mouseClick(window.ui.myActionsButton, Qt.MouseButton.LeftButton)
    assert window.current_page() == PAGE_MY_ACTIONS and window.ui.myActionsButton.isChecked()
    page = window.my_actions
    model = page.model
    rows = {r.action_id: r for r in model.rows()}
    assert set(rows) == {overdue, later}  # never the other agency's action
    first = model.index(model.row_for(overdue), MyActionsModel.COLUMN_STATUS)
    assert first.data() == "Overdue" and first.data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    assert model.index(model.row_for(later), MyActionsModel.COLUMN_STATUS).data() == "Open"
    assert model.index(model.row_for(overdue), MyActionsModel.COLUMN_PUPIL).data() == "Zofia Łuczak"
    window.showNormal()
    window.resize(1024, 768 - 40)  # a 1024x768 school PC, less its title bar
    QApplication.processEvents()
    assert outside_the_window(window) == [] and cut_short(window) == []

    assert page.select(overdue)
    qtbot.keyClicks(page.ui.noteEdit, "Checked in on Monday: she is settled.")
    qtbot.mouseClick(page.ui.markDoneButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.row_for(overdue) < 0)
    assert "Marked done" in page.ui.noticeLabel.text() and page.ui.noteEdit.text() == ""
    assert button.text() == "My actions (1)\nCtrl+7"
    assert cut_short(window) == []
    lead = school.lead()
    done = load_state(lead).lead.action_done(overdue)
    assert done is not None and done.note == "Checked in on Monday: she is settled."


def test_a_colleague_with_no_actions_is_told_so(qtbot: Any, make_shell: Any, school: School) -> None:
    _plan(school)
    window = signed_in_window(qtbot, make_shell(), STAFF2, STAFF2_PASS)
    window.ui.actionMyActions.trigger()
    assert window.my_actions.model.rowCount() == 0
    assert window.ui.myActionsButton.text() == "My actions\nCtrl+7"  # no count when there is nothing open
    assert window.my_actions.ui.emptyLabel.isVisible() and not window.my_actions.ui.markDoneButton.isEnabled()


def test_a_leads_my_actions_button_with_a_count_reads_whole_at_1024(
    qtbot: Any, make_shell: Any, school: School
) -> None:
    """A lead's navigation row is the fullest (design note 54): with "My actions (12)" it still reads whole."""
    from tests.conftest import LEAD
    from tests.gui.test_lead_queue import lead_window

    lead = school.lead()
    try:
        state = load_state(lead)
        pupil = state.pupil_by_upn(ZOFIA)
        held = date.today() - timedelta(days=3)
        mine = plan_owner(lead, state, LEAD)
        actions = [(f"Action {n}", mine, held + timedelta(days=n)) for n in range(1, 13)]
        record_meeting(lead, state, pupil.pupil_id, "core-group", held, [Attendee("Jo Bloggs", "SW", "CSC")],
                       "plan-continues", actions=actions)  # fmt: skip
    finally:
        lead.close()
    window, _workspace = lead_window(qtbot, make_shell)
    qtbot.waitUntil(lambda: window.ui.myActionsButton.text() == "My actions (12)\nCtrl+7", timeout=10_000)
    window.showNormal()
    window.resize(1024, 768 - 30)
    QApplication.processEvents()
    assert window.width() <= 1024
    assert outside_the_window(window) == [] and cut_short(window) == []
    from PySide6.QtWidgets import QPushButton

    navigation = [b for b in window.findChildren(QPushButton) if b.isVisible() and b.minimumHeight() == 48]
    assert len(navigation) >= 8 and window.ui.myActionsButton in navigation
    for button in navigation:  # every navigation button's longest line fits it
        widest = max(button.fontMetrics().horizontalAdvance(line) for line in button.text().splitlines())
        assert button.width() >= widest + 8, (button.text(), button.width(), widest)
