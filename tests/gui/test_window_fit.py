"""The window on a 1024x768 school PC and a 1366x768 laptop: it opens within the screen, every button on every
page lies inside it, no control's words are cut short or squashed, the body map's view tabs all show, the queue
and chronology need no sideways scrolling, and a child's name is never cut short."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QTableView

from desktop_app.domain import bodymap
from desktop_app.services.directory import import_roster
from desktop_app.services.households import link_household
from desktop_app.services.state import load_state
from desktop_app.ui.app import AppShell
from desktop_app.ui.concern_form import install_concern_form
from desktop_app.ui.fit_columns import lines_needed, name_shown_whole, width_for_lines
from desktop_app.ui.lead.chronology_model import ChronologyModel
from desktop_app.ui.lead.queue_model import TriageQueueModel
from desktop_app.ui.main_window import PAGE_CONCERN_FORM, MainWindow
from desktop_app.ui.my_concerns_model import MyConcernsModel
from desktop_app.ui.settings import fitted_geometry, is_small_screen
from tests.conftest import STAFF, STAFF_PASS, School
from tests.gui.conftest import record_concern, signed_in_window
from tests.gui.test_bodymap_widget import interior_point
from tests.gui.test_lead_queue import lead_window, queue_rows, record
from tests.gui.window_checks import cut_short, each_view, outside_the_window

SIZES = [(1024, 768), (1366, 768)]
TITLE_BAR = 30  # what a window manager takes from the screen's height (the offscreen screen has none)
LONG = "F123456789020"
TWIN_A, TWIN_B = "F123456789021", "F123456789022"
LONG_ROSTER = (
    "upn,forename,surname,preferred_name,date_of_birth,gender,year_group,reg_group,address,postcode\n"
    f"{LONG},Maksymilian-Aleksander,Łuczak-Krężołek-Wiśniewski,,2017-02-03,Male,4,4K,1 Long Road Coventry,CV1 1AA\n"
    f"{TWIN_A},Ахмед,Hussain,,2016-04-05,Male,5,5A,2 Short St Coventry,CV1 1AB\n"
    f"{TWIN_B},Ахмед,Hussain,,2019-08-09,Male,2,2C,3 Short St Coventry,CV1 1AC\n"
).encode()


@pytest.fixture
def long_names(school: School) -> School:
    lead = school.lead()
    try:
        import_roster(lead, LONG_ROSTER)
        state = load_state(lead)
        link_household(lead, state, [state.pupil_by_upn(LONG).pupil_id, state.pupil_by_upn(TWIN_A).pupil_id])
    finally:
        lead.close()
    return school


# --- where the window opens ----------------------------------------------------------------------------------


SCREEN_1024 = QRect(0, 0, 1024, 768)
FRAME = QMargins(4, 30, 4, 4)


def test_with_nothing_saved_the_window_takes_the_preferred_size_shrunk_to_the_screen_and_centred() -> None:
    assert fitted_geometry(SCREEN_1024, FRAME, None, QSize(1100, 720)) == QRect(4, 30, 1016, 720)
    big = QRect(0, 0, 1920, 1080)
    assert fitted_geometry(big, FRAME, None, QSize(1100, 720)) == QRect(409, 179, 1100, 720)


def test_a_place_saved_on_a_bigger_screen_is_brought_onto_this_one() -> None:
    saved = QRect(1500, 600, 1400, 900)  # a 1920x1080 screen's lower right
    fitted = fitted_geometry(SCREEN_1024, FRAME, saved, QSize(1100, 720))
    assert fitted == QRect(4, 30, 1016, 734)
    outer = fitted.marginsAdded(FRAME)
    assert SCREEN_1024.contains(outer)


def test_a_small_screen_opens_the_window_maximised_and_a_large_one_does_not() -> None:
    preferred = QSize(1100, 720)
    assert is_small_screen(QRect(0, 0, 1024, 768), preferred)
    assert is_small_screen(QRect(0, 0, 1366, 740), preferred)  # a 1366x768 laptop, less its panel
    assert not is_small_screen(QRect(0, 0, 1920, 1050), preferred)


def test_a_place_that_fits_is_kept_and_a_second_screen_is_respected() -> None:
    saved = QRect(100, 80, 800, 600)
    assert fitted_geometry(SCREEN_1024, FRAME, saved, QSize(1100, 720)) == saved
    right = QRect(1024, 0, 1366, 768)  # a second screen to the right
    fitted = fitted_geometry(right, FRAME, QRect(-50, -20, 900, 700), QSize(1100, 720))
    assert right.contains(fitted.marginsAdded(FRAME))


def test_the_main_window_opens_within_the_offscreen_screen(qtbot: Any, make_shell: Callable[..., AppShell]) -> None:
    window = signed_in_window(qtbot, make_shell(), STAFF, STAFF_PASS)
    available = window.screen().availableGeometry()
    assert available.contains(window.geometry()), (window.geometry(), available)
    assert window.isMaximized(), "a screen smaller than the preferred size opens the window maximised"


# --- every page at 1024 and 1366 -----------------------------------------------------------------------------


def _at(window: MainWindow, width: int, height: int) -> None:
    window.showNormal()
    window.resize(width, height - TITLE_BAR)
    QApplication.processEvents()
    assert (window.width(), window.height()) == (width, height - TITLE_BAR), "the window cannot shrink this far"


def _every_page_fits(window: MainWindow) -> dict[str, list[str]]:
    problems = {}
    for view in each_view(window):
        QApplication.processEvents()
        found = outside_the_window(window) + cut_short(window)
        if found:
            problems[view] = found
    return problems


def _no_sideways_scrolling(table: QTableView) -> None:
    QApplication.processEvents()
    assert table.horizontalScrollBar().maximum() == 0, "the table scrolls sideways"


def _names_whole(table: QTableView, column: int, lines: int = 2) -> None:
    for row in range(table.model().rowCount()):
        assert name_shown_whole(table, row, column, lines), table.model().index(row, column).data()


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_a_teachers_window_fits_and_the_finder_shows_every_name_whole(
    qtbot: Any, make_shell: Callable[..., AppShell], long_names: School, width: int, height: int
) -> None:
    record(long_names, LONG, "Maks said he had not eaten since yesterday lunchtime", 2)
    window = signed_in_window(qtbot, make_shell(installers=[install_concern_form]), STAFF, STAFF_PASS)
    _at(window, width, height)
    mine = window.my_concerns.ui.concernsTable
    qtbot.waitUntil(lambda: mine.model().rowCount() == 1)
    _no_sideways_scrolling(mine)
    _names_whole(mine, MyConcernsModel.COLUMN_PUPIL, lines=1)
    window.open_concern_form()
    form = window.page(PAGE_CONCERN_FORM)
    finder = form.finder
    qtbot.keyClicks(finder.search_box, "lucz")  # every Łuczak, and the longest name on the roll
    assert finder.results_view.isVisible() and finder.model.rowCount() >= 3
    assert finder.names_cut() == []
    shown = [finder.model.pupil_at(r).upn for r in range(finder.model.rowCount())]
    assert LONG in shown
    finder.search_box.clear()
    qtbot.keyClicks(finder.search_box, "hussain")
    details = [finder.model.details(finder.model.pupil_at(r)) for r in range(finder.model.rowCount())]
    assert details == [
        "Year 5 · 5A · born 5 Apr 2016 · UPN ending 9021",
        "Year 2 · 2C · born 9 Aug 2019 · UPN ending 9022",
    ]
    assert finder.names_cut() == []
    assert _every_page_fits(window) == {}
    finder.search_box.clear()  # as the box's clear button does: the matches go with the text
    assert not finder.results_view.isVisible()


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_a_leads_window_fits_with_a_busy_queue_and_no_sideways_scrolling(
    qtbot: Any, make_shell: Callable[..., AppShell], long_names: School, width: int, height: int
) -> None:
    for n in range(14):
        record(long_names, LONG, f"Concern number {n}: he said he was hungry and had not slept", 30 - 2 * n)
    window, workspace = lead_window(qtbot, make_shell)
    _at(window, width, height)
    queue = workspace.queue.ui.queueTable
    assert queue.model().rowCount() == 14
    _no_sideways_scrolling(queue)
    _names_whole(queue, TriageQueueModel.COLUMN_PUPIL)

    pupil_id = next(r["item"].pupil_id for r in queue_rows(workspace) if r["item"].upn == LONG)
    workspace.open_child_file(pupil_id, "")
    page = workspace.child_file
    qtbot.waitUntil(lambda: page.view() is not None and not page._busy, timeout=10_000)
    page.ui.tabs.setCurrentWidget(page.ui.chronologyTab)
    chronology = page.ui.chronologyTable
    _no_sideways_scrolling(chronology)
    page.ui.familyCheck.click()  # the family chronology names each child
    qtbot.waitUntil(lambda: not chronology.isColumnHidden(ChronologyModel.COLUMN_CHILD) and not page._busy)
    _no_sideways_scrolling(chronology)
    _names_whole(chronology, ChronologyModel.COLUMN_CHILD)
    assert _every_page_fits(window) == {}


def test_a_name_is_measured_to_fit_two_lines_and_a_cut_name_is_caught(qapp: Any) -> None:
    table = QTableView()
    metrics = table.fontMetrics()
    name = "Maksymilian-Aleksander Łuczak-Krężołek-Wiśniewski"
    width = width_for_lines(metrics, name, 2)
    assert lines_needed(metrics, name, width) == 2
    assert lines_needed(metrics, name, width - 1) > 2
    assert lines_needed(metrics, name, metrics.horizontalAdvance(name)) == 1


def _whole(root: Any) -> bool:
    for _ in range(5):  # as a person sees it: after the layouts, each in turn, have caught up
        QApplication.processEvents()
    cut = cut_short(root)
    assert cut == [], "\n".join(cut)
    return True


def _place_mark(qtbot: Any, form: Any, view: str, region: str) -> None:
    editor = form.body_map
    tab = bodymap.VIEWS.index(view)
    qtbot.mouseClick(editor.views, Qt.MouseButton.LeftButton, pos=editor.views.tabRect(tab).center())
    assert editor.view() == view
    where = editor.canvas.point_for(*interior_point(view, region)).toPoint()
    qtbot.mouseClick(editor.canvas, Qt.MouseButton.LeftButton, pos=where)


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_the_concern_form_shows_every_controls_words_whole_with_another_day_and_a_mark_chosen(
    qtbot: Any, make_shell: Callable[..., AppShell], school: School, width: int, height: int
) -> None:
    window = signed_in_window(qtbot, make_shell(installers=[install_concern_form]), STAFF, STAFF_PASS)
    _at(window, width, height)
    window.open_concern_form()
    form = window.page(PAGE_CONCERN_FORM)
    qtbot.mouseClick(form.ui.whenChoice, Qt.MouseButton.LeftButton)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # the list closed, the box keeps the keyboard
    qtbot.keyClick(form.ui.whenChoice, Qt.Key.Key_A)  # "Another day…": the day and the time are asked for
    assert form.ui.whenDateEdit.isVisible() and form.ui.whenTimeEdit.isVisible()
    assert _whole(window)  # the map's view tabs all show, before a mark and after
    _place_mark(qtbot, form, "back", "upper-arm-left")
    assert form.body_map.panel.stack.currentIndex() == 1, "the mark's details are shown"
    assert _whole(window)
    assert outside_the_window(window) == []
    panel = form.body_map.panel
    for field in (panel.type, panel.size, panel.shape, panel.colour, panel.first_aid, panel.witnessed_by,
                  panel.explanation, panel.explanation_by, panel.remove_button):  # fmt: skip
        assert field.height() >= field.minimumSizeHint().height(), f"{field.accessibleName()} is squashed"
    viewport = panel.details_scroll.viewport()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(form.body_map.canvas, Qt.Key.Key_Tab)  # from the mark just placed, through every field by Tab
    assert QApplication.focusWidget() is panel.type
    reached = []
    while QApplication.focusWidget() is not panel.remove_button and len(reached) < 20:
        QApplication.processEvents()
        focused = QApplication.focusWidget()
        box = QRect(focused.mapTo(viewport, QPoint(0, 0)), focused.size())
        assert viewport.rect().contains(box), f"{focused.accessibleName()} is reached but not in view"
        reached.append(focused.accessibleName())
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.remove_button, reached
    qtbot.keyClicks(form.ui.whenDateEdit, "3/11")  # typed into, the fields keep their room
    qtbot.keyClicks(form.ui.whenTimeEdit, "9:05")
    assert form.when.moment() is not None and _whole(window)


def test_the_addendums_body_map_fits_a_1024_by_768_screen_without_scrolling(
    qtbot: Any, make_shell: Callable[..., AppShell], school: School
) -> None:
    burn = {"view": "front", "x": 0.725, "y": 0.324, "region": "upper-arm-left", "type": "burn"}
    record_concern(school, STAFF, STAFF_PASS, "A123456789012", "A small round burn on her hand.", injuries=[burn])
    window = signed_in_window(qtbot, make_shell(), STAFF, STAFF_PASS)
    page = window.my_concerns
    qtbot.waitUntil(lambda: page.ui.concernsTable.model().rowCount() == 1)
    qtbot.mouseClick(page.ui.addAddendumButton, Qt.MouseButton.LeftButton)
    dialog = page.addendum_dialog()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.ui.textEdit, "This morning I saw a second burn.")
    qtbot.mouseClick(dialog.ui.marksButton, Qt.MouseButton.LeftButton)
    dialog.resize(900, 768 - TITLE_BAR - 40)  # as on a 1024x768 screen with a taskbar: what _fit_to_screen gives
    QApplication.processEvents()
    editor = dialog.body_map
    assert editor is not None
    qtbot.mouseClick(editor.canvas, Qt.MouseButton.LeftButton,
                     pos=editor.canvas.point_for(*interior_point("front", "upper-arm-right")).toPoint())  # fmt: skip
    QApplication.processEvents()
    scrolling = [s.objectName() for s in dialog.findChildren(QScrollArea) if s.isAncestorOf(editor.canvas)]
    assert scrolling == [], "the addendum's body map scrolls"
    assert QRect(QPoint(0, 0), dialog.size()).contains(QRect(editor.mapTo(dialog, QPoint(0, 0)), editor.size()))
    assert editor.canvas.height() >= editor.canvas.minimumSizeHint().height()
    assert _whole(dialog)
    assert outside_the_window(dialog) == []
    dialog.reject()
