"""The concern form from the keyboard alone: keys counted, the time chosen on purpose, several children and
categories, the body map's keys shown and kept to the mark just placed, and every Alt key with one owner."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.domain import bodymap
from desktop_app.services.concerns import read_child_file
from desktop_app.services.directory import load_directory
from desktop_app.services.state import load_state
from desktop_app.ui.app import AppShell
from desktop_app.ui.concern_form import ConcernForm, install_concern_form
from desktop_app.ui.main_window import PAGE_CONCERN_FORM
from desktop_app.ui.ops import wait_for_ops
from tests.conftest import STAFF, STAFF_PASS, School
from tests.gui.conftest import signed_in_window
from tests.gui.draft_child import type_text

KUBA, ZOFIA, AHMED = "A123456789013", "A123456789012", "B123456789014"


class Keys:
    """Presses keys where the keyboard focus is, as a person would, and counts them.

    `count` is every key press that is not typing words (Enter, Tab, arrows, Space, a letter pressed to choose from
    a list, Alt+letter, Ctrl+Enter). `typed` counts the characters of words typed into a field (a name searched
    for, the facts, a time, a size, an explanation): that is the record itself, the same whatever the form. Words
    only ever go to the widget that has the focus, checked to be the one meant, so every key needed to get there
    is counted.
    """

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0
        self.typed = 0

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.count += 1
        self.qtbot.keyClick(QApplication.focusWidget(), key, modifier)

    def alt(self, key: Qt.Key) -> None:
        self.press(key, Qt.KeyboardModifier.AltModifier)

    def type(self, expected: QWidget, text: str) -> None:
        focused = QApplication.focusWidget()
        assert focused is not None, "nothing has the keyboard focus"
        assert focused is expected or expected.isAncestorOf(focused), f"typing would go to {focused!r}"
        self.typed += len(text)
        type_text(focused, text)  # qtbot.keyClicks, with key events of their own for letters beyond ASCII


@pytest.fixture
def form(qtbot: QtBot, school: School) -> Iterator[ConcernForm]:
    session = school.staff()
    widget = ConcernForm(session, load_directory(session))
    qtbot.addWidget(widget)
    widget.resize(1024, 700)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)
    yield widget
    wait_for_ops()


def test_a_concern_with_two_marks_takes_at_most_30_keys_and_the_keys_are_on_screen(
    qtbot: QtBot, school: School, form: ConcernForm, capsys: pytest.CaptureFixture[str]
) -> None:
    """Yesterday at 9:05, two categories, urgent, a measured and explained bruise on the front and a scratch on the
    back, sent: every key counted but the words themselves."""
    k, ui, editor = Keys(qtbot), form.ui, form.body_map
    canvas, panel = editor.canvas, editor.panel
    assert editor.keys.isVisible()
    for words in ("arrows move", "Enter places a mark", "Tab describes it", "Ctrl+Page Down"):
        assert words in editor.keys.text()
    assert "Alt+B" in ui.bodyMapGroup.title()

    k.type(form.finder.search_box, "kuba")
    k.press(Qt.Key.Key_Return)  # chosen; on to "When it happened", which holds nothing yet
    assert form.finder.chosen_upns() == [KUBA]
    assert QApplication.focusWidget() is ui.whenChoice and form.when.moment() is None
    k.press(Qt.Key.Key_Y)  # "Yesterday, at…"
    k.press(Qt.Key.Key_Tab)
    k.type(ui.whenTimeEdit, "905")
    yesterday = (datetime.now() - timedelta(days=1)).date()
    assert ui.whenSummary.text() == f"Recorded as {yesterday:%A %d %B %Y} at 09:05"
    k.press(Qt.Key.Key_Tab)
    k.type(ui.whereEdit, "Year 3 classroom")
    k.press(Qt.Key.Key_Tab)
    assert ui.categoryList.currentRow() == 0  # the keyboard's place shows at once
    k.press(Qt.Key.Key_P)
    k.press(Qt.Key.Key_Space)
    k.press(Qt.Key.Key_N)
    k.press(Qt.Key.Key_Space)
    assert ui.categoriesChosenLabel.text() == "Ticked: Physical abuse (main), Neglect"
    k.press(Qt.Key.Key_Tab)
    k.type(ui.factsEdit, "At 9:05 I (Carys Teacher, Year 1 teacher) saw Kuba wince as he took off his coat.")
    k.press(Qt.Key.Key_Tab)
    k.type(ui.wordsEdit, "Tata złapał mnie za rękę")
    k.alt(Qt.Key.Key_T)  # urgent ("Urgen&t: alert every designated lead now")
    qtbot.waitUntil(ui.urgentCheck.isChecked, timeout=1000)  # a mnemonic clicks as a button is seen pressed

    k.alt(Qt.Key.Key_B)  # the map
    assert canvas.hasFocus() and editor.view() == "front"
    for _ in range(5):
        k.press(Qt.Key.Key_Right)
    k.press(Qt.Key.Key_Return)
    assert [m.region for m in editor.marks()] == ["upper-arm-left"]
    k.press(Qt.Key.Key_Tab)  # on to mark 1's details (a new mark is a bruise)
    assert panel.type.hasFocus()
    k.press(Qt.Key.Key_Tab)
    k.type(panel.size, "3")
    k.alt(Qt.Key.Key_X)  # "The e&xplanation"
    k.type(panel.explanation, "Tata złapał mnie")

    k.press(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # the next view, with the keyboard on it
    assert canvas.hasFocus() and editor.view() == "back"
    k.press(Qt.Key.Key_Return)
    k.press(Qt.Key.Key_Tab)  # the mark just placed stays selected, on its own view
    assert (editor.marks_model().selected, editor.view()) == (1, "back")
    assert panel.type.hasFocus() and panel.title.text() == "Mark 2"
    k.press(Qt.Key.Key_S)  # "Scratch"
    assert editor.marks()[1].type == "scratch" and editor.marks()[0].type == "bruise"

    with qtbot.waitSignal(form.submitted, timeout=5000) as sent:
        k.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with capsys.disabled():
        print(f"\nKeys to record a concern with two marks: {k.count} (and {k.typed} characters of words)")
    assert k.count <= 30

    concern = load_state(school.staff()).concerns[sent.args[0]]
    assert concern.categories == ("physical-abuse", "neglect") and concern.urgent
    assert concern.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M") == f"{yesterday:%Y-%m-%d} 09:05"
    assert [(m.view, m.region, m.type, m.size_cm, m.explanation) for m in concern.injuries] == [
        ("front", "upper-arm-left", "bruise", 3.0, "Tata złapał mnie"),
        ("back", bodymap.region_at("back", *canvas.cursor_position()), "scratch", None, ""),
    ]


def test_when_it_happened_is_never_a_silent_now(qtbot: QtBot, school: School, form: ConcernForm) -> None:
    ui = form.ui
    assert ui.whenChoice.currentIndex() == -1 and not ui.whenTimeEdit.isVisible()
    qtbot.keyClicks(form.finder.search_box, "kuba")
    qtbot.keyClick(form.finder.search_box, Qt.Key.Key_Return)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # past the time without choosing it
    form.categories.set_codes(["neglect"])
    ui.factsEdit.setFocus()
    qtbot.keyClicks(ui.factsEdit, "Kuba came in without a coat.")
    entries = school.store.log.count()
    with qtbot.assertNotEmitted(form.submitted, wait=100):
        qtbot.keyClick(ui.factsEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert ui.problemLabel.text() == (
        "Not sent yet: Choose when it happened (just now, earlier today, yesterday or another day)."
    )
    assert QApplication.focusWidget() is ui.whenChoice and school.store.log.count() == entries

    qtbot.keyClick(ui.whenChoice, Qt.Key.Key_E)  # "Earlier today, at…": the time is still to come
    assert ui.whenTimeEdit.isVisible() and not ui.whenDateEdit.isVisible()
    with qtbot.assertNotEmitted(form.submitted, wait=100):
        qtbot.keyClick(ui.whenChoice, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Write the time it happened (for example 9:05 or 14:30)." in ui.problemLabel.text()
    assert QApplication.focusWidget() is ui.whenTimeEdit
    qtbot.keyClicks(ui.whenTimeEdit, "25:70")
    assert ui.whenSummary.text() == "Write the time it happened (for example 9:05 or 14:30)."
    ui.whenTimeEdit.clear()
    qtbot.keyClicks(ui.whenTimeEdit, "0:00")  # midnight today: always past
    today = datetime.now().date()
    assert ui.whenSummary.text() == f"Recorded as {today:%A %d %B %Y} at 00:00"
    with qtbot.waitSignal(form.submitted, timeout=5000) as sent:
        qtbot.keyClick(ui.whenTimeEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    concern = load_state(school.staff()).concerns[sent.args[0]]
    assert concern.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M") == f"{today:%Y-%m-%d} 00:00"


def test_one_concern_about_two_children_is_an_entry_in_each_file_linked_without_the_other_name(
    qtbot: QtBot, school: School, form: ConcernForm
) -> None:
    ui = form.ui
    qtbot.keyClicks(form.finder.search_box, "kuba")
    qtbot.keyClick(form.finder.search_box, Qt.Key.Key_Return)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # back for another
    assert QApplication.focusWidget() is form.finder.search_box
    qtbot.keyClicks(form.finder.search_box, "krez")
    qtbot.keyClick(form.finder.search_box, Qt.Key.Key_Return)
    assert form.finder.chosen_upns() == [KUBA, AHMED]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_J)
    assert form.when.code() == "just-now"
    qtbot.keyClick(ui.categoryList, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(ui.categoryList, Qt.Key.Key_C)  # "Child-on-child abuse"
    qtbot.keyClick(ui.categoryList, Qt.Key.Key_Return)  # Enter ticks too
    ui.factsEdit.setFocus()
    type_text(ui.factsEdit, "I saw Jakub Łuczak and Ахмед Krężołek pushed against the fence by older pupils.")
    with qtbot.waitSignal(form.submitted, timeout=5000):
        qtbot.keyClick(ui.factsEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    text = ui.sentLabel.text()
    assert "One record in each child's own file" in text
    assert "Jakub (Kuba) Łuczak" in text and "Ахмед Krężołek" in text  # the names the teacher chose

    state = load_state(school.lead())
    kuba, ahmed = state.pupil_by_upn(KUBA), state.pupil_by_upn(AHMED)
    [one] = state.concerns_for(kuba.pupil_id)
    [two] = state.concerns_for(ahmed.pupil_id)
    assert one.group_id and one.group_id == two.group_id and one.group_size == two.group_size == 2
    assert one.categories == two.categories == ("child-on-child",)
    lead = school.lead()
    opened = read_child_file(lead, kuba.pupil_id)
    [row] = [r for r in opened.chronology if r.kind == "concern"]
    assert row.summary.endswith("Also recorded for 1 other child (one concern about several children).")
    assert "Krężołek" not in row.summary.split("\n")[-1]


def test_the_category_list_shows_where_the_keyboard_is_and_down_goes_to_the_second(
    qtbot: QtBot, form: ConcernForm
) -> None:
    ui = form.ui
    ui.whereEdit.setFocus()
    qtbot.keyClick(ui.whereEdit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ui.categoryList
    assert ui.categoryList.currentItem().text() == "Physical abuse"
    qtbot.keyClick(ui.categoryList, Qt.Key.Key_Down)
    assert ui.categoryList.currentItem().text() == "Emotional abuse"
    qtbot.keyClick(ui.categoryList, Qt.Key.Key_Space)
    qtbot.keyClick(ui.categoryList, Qt.Key.Key_Up)
    qtbot.keyClick(ui.categoryList, Qt.Key.Key_Return)
    assert form.categories.codes() == ["emotional-abuse", "physical-abuse"]
    qtbot.keyClick(ui.categoryList, Qt.Key.Key_Down)
    qtbot.keyClick(ui.categoryList, Qt.Key.Key_Space)  # untick: the other becomes the main one
    assert form.categories.codes() == ["physical-abuse"]
    assert ui.categoriesChosenLabel.text() == "Ticked: Physical abuse"


def test_urgent_is_reached_and_ticked_by_the_keyboard(qtbot: QtBot, form: ConcernForm) -> None:
    ui = form.ui
    qtbot.keyClick(form.finder.search_box, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(ui.urgentCheck.isChecked, timeout=1000)
    assert ui.urgentCheck.hasFocus()
    qtbot.keyClick(ui.urgentCheck, Qt.Key.Key_Space)
    assert not ui.urgentCheck.isChecked()


def _mnemonics(root: QWidget) -> dict[str, list[str]]:
    """The Alt+letter keys of the visible labels, buttons and group boxes under `root`, with who owns each."""
    owners: dict[str, list[str]] = {}
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        found = re.search(r"&([^&\s])", text.replace("&&", ""))
        if found:
            owners.setdefault(found.group(1).lower(), []).append(text)
    return owners


def test_every_alt_key_on_the_form_page_has_one_owner_in_the_window(
    qtbot: QtBot, school: School, make_shell: Callable[..., AppShell]
) -> None:
    window = signed_in_window(qtbot, make_shell(installers=[install_concern_form]), STAFF, STAFF_PASS)
    window.open_concern_form()
    form = window.page(PAGE_CONCERN_FORM)
    assert isinstance(form, ConcernForm)
    form.finder.set_chosen_upns([KUBA])
    form.others.set_chosen_upns([ZOFIA])  # the finders' lists and Remove buttons show
    form.body_map.marks_model().add("front", *form.body_map.canvas.cursor_position())  # the mark's details show
    qtbot.waitUntil(form.body_map.panel.type.isVisible)
    owners = _mnemonics(window)
    clashes = {key: texts for key, texts in owners.items() if len(texts) > 1}
    assert clashes == {}
    assert "b" not in owners  # Alt+B is the form's own shortcut to the body map
    assert {"u", "w", "e", "c", "s", "t", "x", "g"} <= set(owners)


def test_a_second_concern_opens_at_the_top_with_the_pupil_finder_ready(qtbot: QtBot, form: ConcernForm) -> None:
    ui = form.ui
    form.resize(1024, 520)  # short enough for the fields to scroll
    qtbot.keyClicks(form.finder.search_box, "kuba")
    qtbot.keyClick(form.finder.search_box, Qt.Key.Key_Return)
    qtbot.keyClick(ui.whenChoice, Qt.Key.Key_J)
    form.categories.set_codes(["other"])
    ui.urgentCheck.setFocus()  # at the bottom of the fields: they scroll down to show it
    ui.factsEdit.setPlainText("I saw Kuba crying at the gate.")
    ui.fieldsScroll.ensureWidgetVisible(ui.urgentCheck)
    assert ui.fieldsScroll.verticalScrollBar().value() > 0
    with qtbot.waitSignal(form.submitted, timeout=5000):
        qtbot.keyClick(ui.urgentCheck, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(ui.anotherButton, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # "Record &another concern"
    qtbot.waitUntil(lambda: ui.pages.currentWidget() is ui.formPage)
    assert QApplication.focusWidget() is form.finder.search_box
    qtbot.waitUntil(lambda: ui.fieldsScroll.verticalScrollBar().value() == 0, timeout=1000)
    assert form.when.moment() is None and form.categories.codes() == [] and not ui.urgentCheck.isChecked()


def test_a_draft_from_before_the_time_was_a_choice_asks_for_it_again(qtbot: QtBot, form: ConcernForm) -> None:
    """A version-1 draft's time was the silent default of the old form: it is not taken as chosen."""
    form.restore_draft(
        {
            "form": "concern",
            "version": 1,
            "pupil": KUBA,
            "occurred_at": "2026-02-03T04:17:00",
            "category": "neglect",
            "what_happened": "Kuba came in without a coat.",
        }
    )
    ui = form.ui
    assert form.finder.chosen_upns() == [KUBA] and form.categories.codes() == ["neglect"]
    assert form.when.moment() is None and ui.whenChoice.currentIndex() == -1
    assert ui.whenSummary.text() == "Not chosen yet"


def test_just_now_keeps_the_minute_it_was_chosen_when_its_draft_comes_back(qtbot: QtBot, form: ConcernForm) -> None:
    qtbot.keyClick(form.ui.whenChoice, Qt.Key.Key_J)
    chosen = form.when.moment()
    assert chosen is not None
    saved = form.content()
    assert saved["when"] == "just-now" and saved["occurred_at"] == chosen.isoformat(timespec="minutes")
    earlier = {**saved, "occurred_at": (chosen - timedelta(hours=3)).isoformat(timespec="minutes")}
    form.restore_draft(earlier)
    assert form.when.moment() == chosen - timedelta(hours=3)  # that minute, not a new now
    assert form.content() == earlier
