"""The concern form driven as a member of staff would: find a pupil, fill it in, mark a body map, send it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop_app.domain import bodymap
from desktop_app.domain.ids import short_reference
from desktop_app.domain.records import Pupil
from desktop_app.services.directory import load_directory
from desktop_app.services.drafts import list_drafts
from desktop_app.services.state import load_state
from desktop_app.ui.app import AppShell
from desktop_app.ui.bodymap import BodyMapEditor
from desktop_app.ui.concern_form import ConcernForm, install_concern_form
from desktop_app.ui.main_window import PAGE_CONCERN_FORM
from desktop_app.ui.ops import wait_for_ops
from desktop_app.ui.pupil_finder import PupilFinder
from tests.conftest import STAFF, STAFF2, STAFF2_PASS, STAFF_PASS, School
from tests.gui.conftest import signed_in_window
from tests.gui.draft_child import interior_point, type_text


class Teacher:
    """Uses the form like a person: clicks and keys go where the mouse is or where the keyboard focus is.

    Counting rule for the interaction count: every mouse click counts one and every key press that is not typing
    text counts one (Enter, Tab, arrows, shortcuts). Typing words into a text field (the pupil finder's box, the
    free-text fields, a mark's explanation, a size in centimetres) counts nothing, however long: that is the record
    itself. Typing only ever goes to the widget that has the keyboard focus, and the test checks it is the one meant,
    so no field is filled without the click or key that a person would need to reach it.
    """

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        self.count += 1
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos if pos is not None else widget.rect().center())

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.count += 1
        self.qtbot.keyClick(QApplication.focusWidget(), key, modifier)

    def type(self, expected: QWidget, text: str) -> None:
        focused = QApplication.focusWidget()
        assert focused is expected or expected.isAncestorOf(focused), f"typing would go to {focused!r}"
        type_text(focused, text)

    def click_text(self, edit: QPlainTextEdit) -> None:
        self.click(edit.viewport())

    def choose(self, combo: QComboBox, key: Qt.Key, text: str) -> None:
        """From the field before it, Tab to a list and press the first letter of the choice wanted."""
        self.press(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is combo
        self.press(key)
        assert combo.currentText() == text

    def tick(self, form: ConcernForm, key: Qt.Key, code: str) -> None:
        """From the field before it, Tab to the categories, press a first letter to go there, Space to tick it."""
        self.press(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is form.ui.categoryList
        self.press(key)
        self.press(Qt.Key.Key_Space)
        assert code in form.categories.codes()

    def just_now(self, form: ConcernForm) -> None:
        """With the keyboard on "When it happened" (where choosing a pupil puts it), J chooses "Just now"."""
        assert QApplication.focusWidget() is form.ui.whenChoice
        self.press(Qt.Key.Key_J)
        assert form.when.code() == "just-now"
        self.press(Qt.Key.Key_Tab)

    def mark(self, editor: BodyMapEditor, view: str, code: str) -> None:
        if editor.view() != view:
            self.click(editor.views, editor.views.tabRect(bodymap.VIEWS.index(view)).center())
            assert editor.view() == view
        with self.qtbot.waitSignal(editor.changed, timeout=1000):
            self.click(editor.canvas, editor.canvas.point_for(*interior_point(view, code)).toPoint())


def another_day(qtbot: QtBot, form: ConcernForm, moment: datetime) -> None:
    """Choose "Another day…" and type the day and time, as a person would."""
    ui = form.ui
    qtbot.keyClicks(ui.whenChoice, "a")
    assert form.when.code() == "another-day"
    qtbot.keyClicks(ui.whenDateEdit, moment.strftime("%d/%m/%Y"))
    qtbot.keyClicks(ui.whenTimeEdit, moment.strftime("%H:%M"))


@pytest.fixture
def form(qtbot: QtBot, school: School) -> Iterator[ConcernForm]:
    session = school.staff()
    widget = ConcernForm(session, load_directory(session))
    qtbot.addWidget(widget)
    widget.resize(1366, 720)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)
    yield widget
    wait_for_ops()


def test_a_concern_with_two_marks_on_two_views_is_recorded_and_confirmed_only_once_on_disk(
    qtbot: QtBot, school: School, form: ConcernForm
) -> None:
    t = Teacher(qtbot)
    ui = form.ui
    # Find the pupil from the keyboard alone: two Łuczaks match; Down and Up move, Enter chooses.
    t.type(form.finder.search_box, "łuc")
    shown = [form.finder.model.describe(form.finder.model.pupil_at(r)) for r in range(form.finder.model.rowCount())]
    assert shown == [
        "Jakub (Kuba) Łuczak, Year 3, 3B, born 10 Jun 2018",
        "Zofia Łuczak, Reception, RA, born 4 Mar 2021",
    ]
    t.press(Qt.Key.Key_Down)
    t.press(Qt.Key.Key_Up)
    t.press(Qt.Key.Key_Return)
    assert form.finder.chosen_upns() == ["A123456789013"]
    t.just_now(form)
    t.type(ui.whereEdit, "Year 3 classroom, by the coat pegs")
    t.tick(form, Qt.Key.Key_P, "physical-abuse")
    t.press(Qt.Key.Key_Tab)
    t.type(ui.factsEdit, "At 9:05 I (Carys Teacher, Year 1 teacher) saw Kuba wince as he took off his coat.")
    t.press(Qt.Key.Key_Tab)
    t.type(ui.wordsEdit, "Tata złapał mnie za rękę. It hurts when I do this.")
    t.press(Qt.Key.Key_Tab)
    t.type(ui.opinionEdit, "I think he was frightened to go home.")
    t.press(Qt.Key.Key_Tab)
    t.type(ui.presentEdit, "Sarah Khan (teaching assistant)")
    t.press(Qt.Key.Key_Tab)
    t.type(ui.actionEdit, "Told Alice Lead (DSL) in person at 9:20.")
    t.press(Qt.Key.Key_Tab)
    t.type(ui.sharedEdit, "Alice Lead (DSL); Mrs Anna Łuczak (mother) by phone at 15:30")
    t.press(Qt.Key.Key_Tab)
    t.type(form.others.search_box, "zofia")
    t.press(Qt.Key.Key_Return)
    assert form.others.chosen_upns() == ["A123456789012"]

    t.mark(form.body_map, "front", "forearm-left")
    t.click_text(form.body_map.panel.explanation)
    t.type(form.body_map.panel.explanation, "I fell off my bike")
    t.mark(form.body_map, "back", "upper-back-left")

    shown_after_disk = []
    form.submitted.connect(
        lambda entry_id: shown_after_disk.append(
            (school.store.log.get(entry_id) is not None, ui.pages.currentWidget() is ui.sentPage)
        )
    )
    with qtbot.waitSignal(form.submitted, timeout=5000) as sent:
        t.click(ui.submitButton)
    entry_id = sent.args[0]
    assert shown_after_disk == [(True, True)]
    assert short_reference(entry_id) in ui.sentLabel.text()
    assert ui.sentTitle.text() == "Sent to the safeguarding team"
    assert ui.sentLabel.text().startswith("A designated lead will")
    assert list_drafts(form.session) == []  # the draft became the entry

    state = load_state(school.staff())
    concern = state.concerns[entry_id]
    kuba = state.pupil_by_upn("A123456789013")
    assert concern.pupil_id == kuba.pupil_id
    assert concern.author_id == form.session.account_id
    assert (concern.category, concern.location) == ("physical-abuse", "Year 3 classroom, by the coat pegs")
    assert concern.childs_words == "Tata złapał mnie za rękę. It hurts when I do this."
    assert concern.opinion == "I think he was frightened to go home."
    assert concern.shared_with == "Alice Lead (DSL); Mrs Anna Łuczak (mother) by phone at 15:30"
    assert concern.other_children == (state.pupil_by_upn("A123456789012").pupil_id,)
    assert [(m.view, m.region, m.type, m.explanation) for m in concern.injuries] == [
        ("front", "forearm-left", "bruise", "I fell off my bike"),
        ("back", "upper-back-left", "bruise", ""),
    ]
    assert abs(concern.occurred_at - datetime.now(UTC)) < timedelta(minutes=2)
    assert entry_id in load_state(school.lead()).concerns
    assert entry_id not in load_state(school.sign_in(STAFF2, STAFF2_PASS)).concerns


def test_a_concern_with_one_mark_takes_few_interactions(
    qtbot: QtBot, school: School, form: ConcernForm, capsys: pytest.CaptureFixture[str]
) -> None:
    """Counts what a teacher does to record a concern with one injury mark, and prints the count.

    Counting rule: every mouse click counts one, and every key press that is not typing text counts one (Enter,
    Tab, arrows, a letter pressed to pick from a list, Ctrl+A). Typing words into a text box counts nothing,
    however long: the pupil finder's box, the free-text fields, the mark's size and the child's explanation are
    the record itself. The Teacher helper only ever types into the widget that has the keyboard focus, so every
    click or key needed to get there is counted.

    The scenario is a complete record: pupil, place, category, facts, the child's words, who else was present,
    action taken, one mark with its size and the child's explanation, then Send. The form opens with the keyboard
    in the pupil finder; choosing a pupil with Enter moves on to "When it happened" (nothing is chosen until the
    teacher chooses); a new mark is a bruise unless changed. Counted: Enter (pupil), J and Tab (just now), Tab, P
    and Space (category), clicks into facts, child's words, present and action, a click on the map, a click into
    the size and Ctrl+A over "not measured", a click into the explanation, and Send: 15.
    """
    t = Teacher(qtbot)
    ui, panel = form.ui, form.body_map.panel
    t.type(form.finder.search_box, "kuba")
    t.press(Qt.Key.Key_Return)  # 1
    t.just_now(form)  # 2, 3
    t.type(ui.whereEdit, "Year 3 classroom")
    t.tick(form, Qt.Key.Key_P, "physical-abuse")  # 4, 5, 6
    t.click_text(ui.factsEdit)  # 7
    t.type(ui.factsEdit, "I (Carys Teacher, Year 1 teacher) saw a bruise on Kuba's left forearm at 9:05.")
    t.click_text(ui.wordsEdit)  # 8
    t.type(ui.wordsEdit, "Tata złapał mnie")
    t.click(ui.presentEdit)  # 9
    t.type(ui.presentEdit, "Sarah Khan (teaching assistant)")
    t.click_text(ui.actionEdit)  # 10
    t.type(ui.actionEdit, "Told Alice Lead (DSL) in person.")
    t.mark(form.body_map, "front", "forearm-left")  # 11
    t.click(panel.size)  # 12
    t.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # 13: select "not measured" to type over it
    t.type(panel.size, "3")
    t.click_text(panel.explanation)  # 14
    t.type(panel.explanation, "Tata złapał mnie")
    with qtbot.waitSignal(form.submitted, timeout=5000) as sent:
        t.click(ui.submitButton)  # 15
    [mark] = load_state(school.staff()).concerns[sent.args[0]].injuries
    assert (mark.region, mark.size_cm, mark.explanation) == ("forearm-left", 3.0, "Tata złapał mnie")
    with capsys.disabled():
        print(f"\nInteractions to record a concern with one injury mark: {t.count} (clicks and non-text keys)")
    assert t.count <= 15


def test_gentle_prompts_appear_as_the_record_is_written_but_never_stop_it_being_sent(
    qtbot: QtBot, school: School, form: ConcernForm
) -> None:
    ui = form.ui
    form.finder.set_chosen_upns(["C123456789015"])
    form.categories.set_codes(["disclosure"])
    another_day(qtbot, form, datetime.now() - timedelta(days=10))
    ui.factsEdit.setFocus()
    type_text(ui.factsEdit, "J.S. said Şeyma was obviously neglected. I think she is probably hungry.")
    ui.presentEdit.setFocus()
    type_text(ui.presentEdit, "Mrs B")
    qtbot.waitUntil(ui.promptFrame.isVisible, timeout=2000)
    assert ui.promptList.text().split("\n") == [
        "• What you saw or heard: write full names and roles instead of initials (J.S.).",
        "• Who else was present: write full names and roles instead of initials (Mrs B).",
        "• This is a disclosure: write the child's own words, exactly as they said them.",
        "• “What you saw or heard” contains opinion (obviously, neglected, I think, probably): keep it to facts and"
        " put your view under “Your opinion”.",
        "• It happened more than 7 days ago: check the date, and say in the facts why it is being recorded now.",
    ]
    ui.wordsEdit.setFocus()
    type_text(ui.wordsEdit, "Nie ma jedzenia w domu")
    qtbot.waitUntil(lambda: "disclosure" not in ui.promptList.text(), timeout=2000)
    with qtbot.waitSignal(form.submitted, timeout=5000) as sent:  # Ctrl+Enter sends from any field
        qtbot.keyClick(ui.wordsEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    concern = load_state(school.staff()).concerns[sent.args[0]]
    assert concern.what_happened.startswith("J.S. said")
    assert datetime.now(UTC) - concern.occurred_at > timedelta(days=9)


def test_a_time_in_the_future_is_prompted_and_then_refused_by_the_store(
    qtbot: QtBot, school: School, form: ConcernForm
) -> None:
    ui = form.ui
    form.finder.set_chosen_upns(["C123456789015"])
    form.categories.set_codes(["physical-abuse"])
    ui.factsEdit.setPlainText("I saw Şeyma Yılmaz crying by the gate.")
    another_day(qtbot, form, datetime.now() + timedelta(days=1))
    form.show_prompts()
    assert ui.promptList.text() == "• The time is in the future: check the date and time."
    entries = school.store.log.count()
    with qtbot.assertNotEmitted(form.submitted, wait=100):
        qtbot.mouseClick(ui.submitButton, Qt.MouseButton.LeftButton)
    assert "occurred_at: is in the future" in ui.problemLabel.text()
    assert school.store.log.count() == entries


def test_sending_without_pupil_category_or_facts_says_what_is_missing_and_sends_nothing(
    qtbot: QtBot, school: School, form: ConcernForm
) -> None:
    ui = form.ui
    entries = school.store.log.count()
    ui.whereEdit.setFocus()
    with qtbot.assertNotEmitted(form.submitted, wait=100):
        qtbot.mouseClick(ui.submitButton, Qt.MouseButton.LeftButton)
    assert ui.problemLabel.isVisible()
    assert ui.problemLabel.text() == (
        "Not sent yet: Choose the pupil this is about. Choose when it happened (just now, earlier today, yesterday "
        "or another day). Tick a category (the nearest will do). Write what you saw or heard."
    )
    assert QApplication.focusWidget() is form.finder.search_box
    assert school.store.log.count() == entries
    assert ui.pages.currentWidget() is ui.formPage


def test_if_recording_fails_nothing_is_confirmed_and_the_draft_is_kept(
    qtbot: QtBot, school: School, form: ConcernForm
) -> None:
    ui = form.ui
    form.finder.set_chosen_upns(["B123456789014"])
    form.categories.set_codes(["physical-abuse"])
    qtbot.keyClicks(ui.whenChoice, "j")
    ui.factsEdit.setPlainText("I saw a red mark on Ахмед Krężołek's neck.")
    author = school.staff()  # the same person, signed in again: the form's session is about to lock
    form.session.close()  # keys dropped: the entry cannot be signed
    with qtbot.assertNotEmitted(form.submitted, wait=200):
        qtbot.mouseClick(ui.submitButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: ui.problemLabel.isVisible() and ui.formPage.isEnabled(), timeout=5000)
    assert ui.problemLabel.text().startswith("Not sent: Signed out: sign in again.")
    assert ui.pages.currentWidget() is ui.formPage
    [draft] = list_drafts(author)
    assert draft.draft_id == form.draft_id
    assert draft.content == form.content()


def test_the_form_is_saved_as_a_draft_after_a_pause_in_typing(qtbot: QtBot, school: School) -> None:
    session = school.staff()
    form = ConcernForm(session, load_directory(session), autosave_ms=200)
    qtbot.addWidget(form)
    form.show()
    assert list_drafts(session) == []  # nothing typed: no draft
    form.ui.factsEdit.setFocus()
    with qtbot.waitSignal(form.draft_saved, timeout=3000):
        type_text(form.ui.factsEdit, "Kuba came in without a coat again.")
    [draft] = list_drafts(session)
    assert (draft.draft_id, draft.content) == (form.draft_id, form.content())
    assert draft.content["what_happened"] == "Kuba came in without a coat again."
    assert form.ui.draftStatusLabel.text().startswith("Draft saved privately at ")
    assert not form.has_unsaved_changes()
    form.ui.factsEdit.clear()  # every word rubbed out: nothing left to offer back
    qtbot.waitUntil(lambda: not form.has_unsaved_changes(), timeout=3000)
    assert list_drafts(session) == []


def test_every_focus_change_saves_the_draft_at_once(qtbot: QtBot, school: School) -> None:
    session = school.staff()
    form = ConcernForm(session, load_directory(session), autosave_ms=600_000)  # the timer never fires here
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=2000)
    form.ui.whereEdit.setFocus()
    type_text(form.ui.whereEdit, "Dining hall")
    assert form.has_unsaved_changes()
    with qtbot.waitSignal(form.draft_saved, timeout=1000):
        qtbot.mouseClick(form.ui.factsEdit.viewport(), Qt.MouseButton.LeftButton)
    assert list_drafts(session)[0].content["location"] == "Dining hall"
    type_text(form.ui.factsEdit, "Şeyma Yılmaz ate very quickly and asked for more.")
    with qtbot.waitSignal(form.draft_saved, timeout=1000):
        form.body_map.canvas.setFocus()  # moving into the body map
    assert list_drafts(session)[0].content == form.content()


def test_restore_draft_puts_every_field_and_mark_back_exactly(qtbot: QtBot, school: School, form: ConcernForm) -> None:
    content = {
        "form": "concern",
        "version": 2,
        "pupil": "A123456789013",
        "pupils": ["A123456789013"],
        "when": "another-day",
        "when_day": "03/02/2026",
        "when_time": "08:47",
        "occurred_at": datetime(2026, 2, 3, 8, 47).astimezone().isoformat(timespec="minutes"),
        "location": "Front gate",
        "category": "neglect",
        "categories": ["neglect"],
        "what_happened": "Line one\nline two, with a tab\there",
        "childs_words": "Nie jadłem śniadania",
        "opinion": "I am worried.",
        "present": "Sarah Khan (teaching assistant)",
        "action_taken": "Breakfast club place offered.",
        "shared_with": "Alice Lead (DSL)",
        "other_children": ["A123456789012", "C123456789015"],
        "urgent": True,
        "injuries": [
            {
                "view": "head-left",
                "x": 0.3125,
                "y": 0.55,
                "region": "cheek-left",
                "type": "scratch",
                "size_cm": 1.5,
                "shape": "a line",
                "colour": "red",
                "skin_broken": True,
                "explanation": "the cat",
                "first_aid": "cleaned",
                "observed_by": "",
                "explanation_by": "parent",
                "witnessed_by": "",
            },
            {
                "view": "back",
                "x": 0.5,
                "y": 0.3,
                "region": "upper-back",
                "type": "bruise",
                "size_cm": None,
                "shape": "",
                "colour": "",
                "skin_broken": None,
                "explanation": "",
                "first_aid": "",
                "observed_by": "",
                "explanation_by": "parent",
                "witnessed_by": "",
            },
        ],
    }
    with qtbot.assertNotEmitted(form.draft_saved, wait=50):
        form.restore_draft(content, draft_id="0190f000-0000-7000-8000-000000000001")
    assert form.content() == content
    assert form.ui.sharedEdit.text() == "Alice Lead (DSL)"
    older = {name: value for name, value in content.items() if name != "shared_with"}  # saved before it existed
    form.restore_draft(older, draft_id="0190f000-0000-7000-8000-000000000002")
    assert form.content() == {**older, "shared_with": ""}
    form.restore_draft(content, draft_id="0190f000-0000-7000-8000-000000000001")
    assert form.draft_id == "0190f000-0000-7000-8000-000000000001"
    assert not form.has_unsaved_changes()
    ui = form.ui
    assert form.finder.chosen_upns() == ["A123456789013"]
    assert ui.categoriesChosenLabel.text() == "Ticked: Neglect"
    assert (ui.whenDateEdit.text(), ui.whenTimeEdit.text()) == ("03/02/2026", "08:47")
    assert ui.whenSummary.text() == "Recorded as Tuesday 03 February 2026 at 08:47"
    assert [m.region for m in form.body_map.marks()] == ["cheek-left", "upper-back"]
    assert form.body_map.view() == "head-left"
    # Without its id, a restored draft is kept as a new draft straight away.
    form.restore_draft(content)
    assert form.draft_id != "0190f000-0000-7000-8000-000000000001"
    assert form.has_unsaved_changes()


def test_close_keeps_the_draft_and_discard_deletes_it_after_asking(
    qtbot: QtBot, school: School, form: ConcernForm, monkeypatch: pytest.MonkeyPatch
) -> None:
    form.ui.factsEdit.setPlainText("A first line.")
    with qtbot.waitSignal(form.cancelled, timeout=1000):
        qtbot.mouseClick(form.ui.closeButton, Qt.MouseButton.LeftButton)
    assert [d.content["what_happened"] for d in list_drafts(form.session)] == ["A first line."]

    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Cancel
    )
    qtbot.mouseClick(form.ui.discardButton, Qt.MouseButton.LeftButton)
    assert asked and "cannot be recovered" in asked[0]
    assert len(list_drafts(form.session)) == 1  # cancelled: kept

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Discard)
    with qtbot.waitSignal(form.cancelled, timeout=1000):
        qtbot.mouseClick(form.ui.discardButton, Qt.MouseButton.LeftButton)
    assert list_drafts(form.session) == []
    assert form.ui.factsEdit.toPlainText() == ""


def test_after_sending_another_concern_starts_empty_with_a_new_draft(
    qtbot: QtBot, school: School, form: ConcernForm
) -> None:
    def send(upn: str, facts: str) -> str:
        form.finder.set_chosen_upns([upn])
        form.categories.set_codes(["physical-abuse"])
        qtbot.keyClick(form.ui.whenChoice, Qt.Key.Key_Down)  # the first choice: just now (a second J within the
        form.ui.factsEdit.setPlainText(facts)  # keyboard-search interval would look for "jj")
        assert form.when.code() == "just-now"
        with qtbot.waitSignal(form.submitted, timeout=5000) as sent:
            qtbot.mouseClick(form.ui.submitButton, Qt.MouseButton.LeftButton)
        assert form.sent_reference and form.sent_reference in form.ui.sentLabel.text()
        return sent.args[0]

    first_draft = form.draft_id
    send("C123456789015", "I saw Şeyma Yılmaz with a bandaged wrist.")
    qtbot.mouseClick(form.ui.anotherButton, Qt.MouseButton.LeftButton)
    assert form.ui.pages.currentWidget() is form.ui.formPage
    assert form.draft_id != first_draft
    assert form.finder.pupil() is None and form.ui.factsEdit.toPlainText() == "" and form.body_map.marks() == []
    second = send("B123456789014", "Ахмед Krężołek arrived at 10:40 without breakfast.")
    with qtbot.waitSignal(form.done, timeout=1000) as done:
        qtbot.mouseClick(form.ui.doneButton, Qt.MouseButton.LeftButton)
    assert done.args == [second]
    assert form.ui.pages.currentWidget() is form.ui.formPage and form.finder.pupil() is None
    assert len(load_state(school.staff()).concerns) == 2


def test_the_finder_tells_same_name_pupils_apart_and_works_from_the_keyboard(qtbot: QtBot) -> None:
    twins = [
        Pupil("p1", "A000000000001", "Amelia", "Smith", "", date(2017, 5, 1), year_group="4", reg_group="4K"),
        Pupil("p2", "A000000000002", "Amelia", "Smith", "Millie", date(2019, 9, 9), year_group="2", reg_group="2W"),
        Pupil("p3", "A000000000003", "Amir", "Smart", "", date(2016, 1, 1), year_group="5", reg_group="5A"),
    ]
    finder = PupilFinder(twins, multiple=True)
    qtbot.addWidget(finder)
    finder.show()
    finder.search_box.setFocus()
    type_text(finder.search_box, "amelia sm")
    model = finder.model
    assert [model.describe(model.pupil_at(r)) for r in range(model.rowCount())] == [
        "Amelia Smith, Year 4, 4K, born 1 May 2017, UPN ending 0001",
        "Amelia (Millie) Smith, Year 2, 2W, born 9 Sep 2019, UPN ending 0002",
    ]
    qtbot.keyClick(finder.search_box, Qt.Key.Key_Down)
    with qtbot.waitSignal(finder.changed, timeout=1000):
        qtbot.keyClick(finder.search_box, Qt.Key.Key_Return)
    type_text(finder.search_box, "sma")
    qtbot.keyClick(finder.search_box, Qt.Key.Key_Return)
    assert finder.chosen_upns() == ["A000000000002", "A000000000003"]
    type_text(finder.search_box, "zz")
    assert finder.findChild(QWidget, "finderStatus").isVisible()
    qtbot.keyClick(finder.search_box, Qt.Key.Key_Escape)
    assert finder.search_box.text() == "" and not finder.results_view.isVisible()
    chosen_list = finder.findChild(QWidget, "chosenList")
    chosen_list.setFocus()
    chosen_list.setCurrentRow(0)
    qtbot.keyClick(chosen_list, Qt.Key.Key_Delete)
    assert finder.chosen_upns() == ["A000000000003"]


def test_in_the_app_a_sent_concern_shows_in_my_concerns_and_a_lock_saves_the_draft(
    qtbot: QtBot, school: School, make_shell: Callable[..., AppShell]
) -> None:
    window = signed_in_window(qtbot, make_shell(installers=[install_concern_form]), STAFF, STAFF_PASS)
    qtbot.mouseClick(window.ui.recordButton, Qt.MouseButton.LeftButton)
    assert window.current_page() == PAGE_CONCERN_FORM
    form = window.page(PAGE_CONCERN_FORM)
    assert isinstance(form, ConcernForm) and not form.ui.draftOfferFrame.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.finder.search_box, timeout=2000)
    t = Teacher(qtbot)
    t.type(form.finder.search_box, "krez")
    t.press(Qt.Key.Key_Return)
    assert form.finder.pupil().upn == "B123456789014"
    t.just_now(form)
    t.tick(form, Qt.Key.Key_N, "neglect")
    t.press(Qt.Key.Key_Tab)
    t.type(form.ui.factsEdit, "Ахмед Krężołek told me he had no tea last night.")
    with qtbot.waitSignals([form.submitted, window.state_reloaded], timeout=10_000):
        t.click(form.ui.submitButton)
    entry_id = form.sent_entry_id
    assert QApplication.focusWidget() is form.ui.doneButton
    t.press(Qt.Key.Key_Return)  # Return on the focused Done, as a person presses it
    assert window.current_page() == "my-concerns"
    assert window.my_concerns.selected_concern_id() == entry_id

    # Lock in the middle of a second record: the draft is written before the keys go.
    t.click(window.ui.recordButton)
    assert form.finder.pupil() is None and form.ui.pages.currentWidget() is form.ui.formPage
    t.click_text(form.ui.factsEdit)
    t.type(form.ui.factsEdit, "Half a sentence when the bell went")
    window.lock()
    [draft] = list_drafts(school.staff())
    assert draft.content["what_happened"] == "Half a sentence when the bell went"


def test_tab_goes_through_the_form_in_reading_order_and_every_control_is_named(qtbot: QtBot, form: ConcernForm) -> None:
    assert QApplication.focusWidget() is form.finder.search_box  # the form opens ready to type a name
    visited = []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        visited.append(widget.objectName() or type(widget).__name__)
        if widget is form.ui.discardButton:
            break
    assert visited[:13] == [
        "whenChoice",  # the day and time fields show once a choice needs them
        "whereEdit",
        "categoryList",
        "factsEdit",
        "wordsEdit",
        "opinionEdit",
        "presentEdit",
        "actionEdit",
        "sharedEdit",
        "searchBox",  # other children involved
        "urgentCheck",
        "bodyMapViews",
        "BodyMapCanvas",
    ]
    assert visited[-3:] == ["submitButton", "closeButton", "discardButton"]
    controls = (QAbstractButton, QLineEdit, QAbstractItemView, QPlainTextEdit, QComboBox)
    for control in form.findChildren(QWidget):
        if isinstance(control, controls) and control.objectName() and not control.objectName().startswith("qt_"):
            assert control.accessibleName(), f"{control.objectName()} has no accessible name"


def test_a_draft_that_cannot_be_written_is_said_plainly_and_tried_again(
    qtbot: QtBot, school: School, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = school.staff()
    form = ConcernForm(session, load_directory(session), autosave_ms=300)
    qtbot.addWidget(form)

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("desktop_app.ui.concern_form.drafts.save_draft", disk_full)
    form.ui.factsEdit.setPlainText("Words that must not be lost.")
    assert not form.save_draft_now()
    assert form.ui.draftStatusLabel.text().startswith("Draft NOT saved (")
    assert form.has_unsaved_changes() and form.ui.factsEdit.toPlainText() == "Words that must not be lost."
    monkeypatch.undo()
    with qtbot.waitSignal(form.draft_saved, timeout=3000):
        pass  # the autosave tries again by itself
    assert list_drafts(form.session)[0].content["what_happened"] == "Words that must not be lost."
