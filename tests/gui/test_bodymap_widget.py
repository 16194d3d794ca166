"""The body-map editor driven like a member of staff would: mouse, keyboard and the side panel, offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QToolTip
from pytestqt.qtbot import QtBot

from desktop_app.domain import bodymap
from desktop_app.domain.records import InjuryMark
from desktop_app.ui.bodymap import BodyMapEditor, draw_body_map, fitted_rect
from desktop_app.ui.bodymap.painting import MARK, SKIN, mark_radius, point_for
from tests.gui.window_checks import cut_short


@cache
def interior_point(view: str, code: str) -> tuple[float, float]:
    """A point well inside a region: it and the points around it all fall in that region and no other."""
    [region] = [r for r in bodymap.regions_for(view) if r.code == code]
    xs, ys = [p[0] for p in region.polygon], [p[1] for p in region.polygon]
    margin = min(0.012, (max(xs) - min(xs)) / 6, (max(ys) - min(ys)) / 6)
    found = []
    for i in range(1, 20):
        for j in range(1, 20):
            x = min(xs) + (max(xs) - min(xs)) * i / 20
            y = min(ys) + (max(ys) - min(ys)) * j / 20
            around = [(x, y), (x - margin, y), (x + margin, y), (x, y - margin), (x, y + margin)]
            if all(bodymap.region_at(view, px, py) == code for px, py in around):
                found.append((x, y))
    assert found, f"no interior point for {code} on {view}"
    return found[len(found) // 2]


@pytest.fixture
def editor(qtbot: QtBot) -> Iterator[BodyMapEditor]:
    widget = BodyMapEditor()
    qtbot.addWidget(widget)
    widget.resize(900, 650)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def pixel(editor: BodyMapEditor, view: str, code: str) -> QPoint:
    assert editor.view() == view
    return editor.canvas.point_for(*interior_point(view, code)).toPoint()


def click_on(qtbot: QtBot, editor: BodyMapEditor, view: str, code: str) -> None:
    qtbot.mouseClick(editor.canvas, Qt.MouseButton.LeftButton, pos=pixel(editor, view, code))


def choose_view(qtbot: QtBot, editor: BodyMapEditor, view: str) -> None:
    index = bodymap.VIEWS.index(view)
    qtbot.mouseClick(editor.views, Qt.MouseButton.LeftButton, pos=editor.views.tabRect(index).center())
    assert editor.view() == view


def test_click_places_mark_one_on_the_region_under_it(qtbot: QtBot, editor: BodyMapEditor) -> None:
    with qtbot.waitSignal(editor.changed, timeout=1000):
        click_on(qtbot, editor, "front", "upper-arm-left")
    [mark] = editor.marks()
    assert (mark.view, mark.region, mark.type) == ("front", "upper-arm-left", "bruise")
    assert bodymap.region_at("front", mark.x, mark.y) == "upper-arm-left"
    assert editor.panel.title.text() == "Mark 1"
    assert editor.panel.region.text() == "left upper arm (front view)"
    assert editor.status.text() == "Mark 1 placed on left upper arm."
    assert editor.canvas.accessibleName() == "Body map, front view: 1 mark: 1 bruise on left upper arm"
    assert editor.views.tabText(0) == "Front (1)"


def test_click_off_the_outline_places_nothing(qtbot: QtBot, editor: BodyMapEditor) -> None:
    with qtbot.assertNotEmitted(editor.changed):
        qtbot.mouseClick(editor.canvas, Qt.MouseButton.LeftButton, pos=QPoint(15, 15))
    assert editor.marks() == []
    assert editor.status.text() == "Place marks on the outline itself."


def test_marks_on_two_views_keep_unique_numbers(qtbot: QtBot, editor: BodyMapEditor) -> None:
    click_on(qtbot, editor, "front", "upper-arm-left")
    choose_view(qtbot, editor, "back")
    assert editor.panel.stack.currentIndex() == 0  # the front's mark is not on this view: nothing selected
    click_on(qtbot, editor, "back", "upper-back-left")
    choose_view(qtbot, editor, "head-right")
    click_on(qtbot, editor, "head-right", "ear-right")
    choose_view(qtbot, editor, "front")
    click_on(qtbot, editor, "front", "shin-right")

    assert [(m.view, m.region) for m in editor.marks()] == [
        ("front", "upper-arm-left"),
        ("back", "upper-back-left"),
        ("head-right", "ear-right"),
        ("front", "shin-right"),
    ]
    assert editor.panel.title.text() == "Mark 4"
    assert editor.canvas.accessibleName() == (
        "Body map, front view: 2 marks: 1 bruise on left upper arm; 4 bruise on right shin"
    )
    editor.resize(1500, 650)  # room for the full names of the six views
    qtbot.waitUntil(lambda: editor.views.tabText(2) == "Head (left side)")
    assert [editor.views.tabText(i) for i in range(6)] == [
        "Front (2)",
        "Back (1)",
        "Head (left side)",
        "Head (right side) (1)",
        "Hands (palms)",
        "Hands (backs)",
    ]
    editor.resize(540, 650)  # narrower than the full names: short ones, so every tab shows
    qtbot.waitUntil(lambda: editor.views.tabText(2) == "Head L")
    qtbot.waitUntil(lambda: cut_short(editor) == [], timeout=2000)  # once the layout has caught up
    assert [editor.views.tabText(i) for i in range(6)] == [
        "Front (2)", "Back (1)", "Head L", "Head R (1)", "Palms", "Backs"
    ]  # fmt: skip
    editor.resize(900, 650)
    listed = [editor.panel.mark_list.item(i).text() for i in range(editor.panel.mark_list.count())]
    assert listed == [
        "1. Bruise, left upper arm (front view)",
        "2. Bruise, upper back, left side (back view)",
        "3. Bruise, right ear (head, right side)",
        "4. Bruise, right shin (front view)",
    ]
    # Choosing a mark in the list brings up its view.
    editor.panel.mark_list.setCurrentRow(1)
    assert editor.view() == "back"
    assert editor.views.currentIndex() == 1
    assert editor.panel.title.text() == "Mark 2"


def test_drag_moves_a_mark_and_derives_its_region_again(qtbot: QtBot, editor: BodyMapEditor) -> None:
    click_on(qtbot, editor, "front", "upper-arm-left")
    start = pixel(editor, "front", "upper-arm-left")
    target = pixel(editor, "front", "chest")
    with qtbot.waitSignal(editor.changed, timeout=1000):
        qtbot.mousePress(editor.canvas, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(editor.canvas, pos=QPoint((start.x() + target.x()) // 2, start.y()))
        qtbot.mouseMove(editor.canvas, pos=target)
        qtbot.mouseRelease(editor.canvas, Qt.MouseButton.LeftButton, pos=target)
    [mark] = editor.marks()
    assert mark.region == "chest"
    landed = editor.canvas.point_for(mark.x, mark.y)
    assert abs(landed.x() - target.x()) <= 1 and abs(landed.y() - target.y()) <= 1
    assert editor.panel.region.text() == "chest (front view)"
    assert editor.status.text() == "Mark 1 moved to chest."


def test_a_mark_cannot_be_dragged_off_the_outline(qtbot: QtBot, editor: BodyMapEditor) -> None:
    click_on(qtbot, editor, "front", "thigh-right")
    before = editor.marks()
    start = pixel(editor, "front", "thigh-right")
    qtbot.mousePress(editor.canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(editor.canvas, pos=QPoint(12, start.y()))
    qtbot.mouseRelease(editor.canvas, Qt.MouseButton.LeftButton, pos=QPoint(12, start.y()))
    assert editor.marks() == before


def test_delete_removes_the_selected_mark_and_ctrl_z_puts_it_back(qtbot: QtBot, editor: BodyMapEditor) -> None:
    click_on(qtbot, editor, "front", "upper-arm-left")
    click_on(qtbot, editor, "front", "knee-right")
    click_on(qtbot, editor, "front", "upper-arm-left")  # clicking a mark selects it; nothing new is placed
    assert len(editor.marks()) == 2
    assert editor.marks_model().selected == 0
    with qtbot.waitSignal(editor.changed, timeout=1000):
        qtbot.keyClick(editor.canvas, Qt.Key.Key_Delete)
    assert [m.region for m in editor.marks()] == ["knee-right"]  # mark 2 is now mark 1
    assert editor.panel.stack.currentIndex() == 0
    assert editor.status.text() == "Mark 1 removed. Press Ctrl+Z to put it back."
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [m.region for m in editor.marks()] == ["upper-arm-left", "knee-right"]
    assert editor.marks_model().selected == 0
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Backspace)
    assert [m.region for m in editor.marks()] == ["knee-right"]
    qtbot.mouseClick(editor.panel.mark_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=editor.panel.mark_list.visualItemRect(editor.panel.mark_list.item(0)).center())  # fmt: skip
    qtbot.mouseClick(editor.panel.remove_button, Qt.MouseButton.LeftButton)
    assert editor.marks() == []


def test_editing_the_side_panel_updates_the_mark(qtbot: QtBot, editor: BodyMapEditor) -> None:
    choose_view(qtbot, editor, "back")
    click_on(qtbot, editor, "back", "upper-back-left")
    panel = editor.panel
    with qtbot.waitSignal(editor.changed, timeout=1000):
        qtbot.keyClick(panel.type, Qt.Key.Key_Down)  # bruise -> burn
    qtbot.keyClick(panel.size, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(panel.size, "3.5")
    qtbot.keyClicks(panel.shape, "round, the size of a coin")
    qtbot.keyClicks(panel.colour, "red, blistered")
    qtbot.mouseClick(panel.skin_buttons[1], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.explanation, "I touched the iron at home")
    qtbot.keyClicks(panel.first_aid, "Cool water for 20 minutes")

    [mark] = editor.marks()
    assert mark == InjuryMark(
        view="back",
        x=mark.x,
        y=mark.y,
        region="upper-back-left",
        type="burn",
        size_cm=3.5,
        shape="round, the size of a coin",
        colour="red, blistered",
        skin_broken=True,
        explanation="I touched the iron at home",
        first_aid="Cool water for 20 minutes",
    )
    assert panel.list_label.text() == "Marks on this map"  # Alt+M is the window's "My concerns"
    assert panel.mark_list.item(0).text() == "1. Burn, upper back, left side (back view)"

    qtbot.mouseClick(panel.skin_buttons[2], Qt.MouseButton.LeftButton)
    assert editor.marks()[0].skin_broken is False
    qtbot.mouseClick(panel.skin_buttons[0], Qt.MouseButton.LeftButton)
    assert editor.marks()[0].skin_broken is None
    qtbot.keyClick(panel.size, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(panel.size, "0")
    qtbot.keyClick(panel.size, Qt.Key.Key_Return)
    assert editor.marks()[0].size_cm is None
    assert panel.size.text() == "not measured"


def test_set_marks_and_marks_round_trip_without_changed(qtbot: QtBot, editor: BodyMapEditor) -> None:
    given = [
        InjuryMark("head-left", 0.3, 0.55, "cheek-left", "bruise", 1.5, "oval", "blue", None, "Dad's ring", "", "C T"),
        InjuryMark("hands", 0.7, 0.6, "hand-left", "scratch", None, "", "", False, "", "plaster"),
        InjuryMark("front", 0.5, 0.3, "chest", "other", 12.0, "linear", "red; yellow", True, "line one\nline two", ""),
    ]
    with qtbot.assertNotEmitted(editor.changed):
        editor.set_marks(given)
    assert editor.marks() == given
    assert editor.view() == "head-left"
    assert editor.views.currentIndex() == 2
    # Opening each mark in the panel and leaving it alone changes nothing.
    with qtbot.assertNotEmitted(editor.changed):
        for row in range(3):
            editor.panel.mark_list.setCurrentRow(row)
    assert editor.marks() == given
    assert editor.panel.explanation.toPlainText() == "line one\nline two"
    assert editor.panel.size.value() == 12.0
    assert editor.panel.skin_buttons[1].isChecked()
    with qtbot.assertNotEmitted(editor.changed):
        editor.clear()
    assert editor.marks() == []
    assert editor.view() == "front"
    assert editor.panel.mark_list.item(0).text() == "None yet"


def test_keyboard_alone_places_selects_moves_and_removes(qtbot: QtBot, editor: BodyMapEditor) -> None:
    canvas = editor.canvas
    canvas.setFocus()
    start = canvas.cursor_position()
    assert bodymap.region_at("front", *start) == "chest"
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down):
        qtbot.keyClick(canvas, key)
    x, y = canvas.cursor_position()
    assert y == pytest.approx(start[1] + 5 * 0.02)
    expected = bodymap.region_at("front", x, y)
    assert expected == "abdomen"
    assert editor.status.text() == "Cursor on abdomen (tummy)."
    with qtbot.waitSignal(editor.changed, timeout=1000):
        qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert [(m.region, m.x, m.y) for m in editor.marks()] == [(expected, round(x, 4), round(y, 4))]

    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert canvas.cursor_position()[0] == pytest.approx(x + (2 * 0.02 + 0.005) / 0.5)
    qtbot.keyClick(canvas, Qt.Key.Key_Space)
    assert len(editor.marks()) == 2
    assert editor.marks()[1].region == bodymap.region_at("front", *canvas.cursor_position())

    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert editor.marks_model().selected == -1
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert editor.marks_model().selected == 0
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert editor.marks_model().selected == 1
    qtbot.keyClick(canvas, Qt.Key.Key_Backtab)
    assert editor.marks_model().selected == 0
    before = editor.marks()[0]
    qtbot.keyClick(canvas, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    moved = editor.marks()[0]
    assert moved.y == pytest.approx(before.y - 0.02) and moved.x == before.x
    assert moved.region == bodymap.nearest_region("front", moved.x, moved.y)
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert len(editor.marks()) == 1
    assert "Cursor on" in canvas.accessibleDescription()
    # Tab past the last mark leaves the map for that mark's details, keeping it selected: nobody is trapped, and
    # the mark described is the one just placed or stepped to.
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert editor.marks_model().selected == 0
    assert canvas.hasFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert editor.panel.type.hasFocus()
    assert editor.marks_model().selected == 0


def test_hover_names_the_region_under_the_mouse(qtbot: QtBot, editor: BodyMapEditor) -> None:
    qtbot.mouseMove(editor.canvas, pos=pixel(editor, "front", "neck"))
    assert editor.status.text() == "Pointer on neck."
    assert QToolTip.text() == "neck"
    qtbot.mouseMove(editor.canvas, pos=pixel(editor, "front", "hand-left"))
    assert editor.status.text() == "Pointer on left hand."
    image = editor.canvas.grab().toImage()
    hand = pixel(editor, "front", "hand-left")
    neck = pixel(editor, "front", "neck")
    assert image.pixelColor(hand) != image.pixelColor(neck)  # the hovered region is tinted


def test_the_map_never_asks_for_photographs(editor: BodyMapEditor) -> None:
    assert editor.note.text() == "Do not photograph injuries or remove clothing: this map is the record."
    assert editor.note.isVisible()
    words = [w.text().lower() for w in editor.findChildren(QAbstractButton)]
    words += [w.text().lower() for w in editor.findChildren(QLabel) if w is not editor.note]
    assert not [w for w in words if any(t in w for t in ("photo", "camera", "picture", "upload"))]


def test_changed_is_emitted_for_each_kind_of_edit(qtbot: QtBot, editor: BodyMapEditor) -> None:
    emitted: list[None] = []
    editor.changed.connect(lambda: emitted.append(None))
    click_on(qtbot, editor, "front", "forearm-right")
    assert len(emitted) == 1
    qtbot.keyClicks(editor.panel.colour, "ab")
    assert len(emitted) == 3
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert len(emitted) == 4
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Delete)
    assert len(emitted) == 5


def render(view: str, marks: list[InjuryMark], *, layered: bool = False) -> QImage:
    image = QImage(300, 400, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    draw_body_map(painter, QRectF(0, 0, 300, 400), view, marks, layered=layered)
    painter.end()
    return image


def test_draw_body_map_draws_the_outline_and_numbered_marks_the_same_way_every_time(qapp: object) -> None:
    rect = QRectF(0, 0, 300, 400)
    assert fitted_rect(rect, "front") == fitted_rect(rect, "back") == QRectF(50, 0, 200, 400)
    chest = interior_point("front", "chest")
    thigh = interior_point("front", "thigh-left")
    marks = [InjuryMark("back", 0.5, 0.3, "upper-back"), InjuryMark("front", *chest, "chest")]
    image = render("front", marks)
    outline = fitted_rect(rect, "front")
    badge = point_for(outline, *chest) - QPointF(mark_radius(rect) * 0.6, 0)  # inside the circle, beside the digit
    assert image.pixelColor(badge.toPoint()) == MARK
    assert image.pixelColor(point_for(outline, *thigh).toPoint()) == SKIN
    assert image == render("front", marks)  # the same map draws the same picture
    layered = render("front", marks, layered=True)
    assert layered.pixelColor(badge.toPoint()) == MARK
    assert layered.pixelColor(point_for(outline, *thigh).toPoint()) == QColor("#ffffff")  # no outline when layered


def test_who_gave_the_explanation_and_who_saw_it_happen_typed_and_chosen_with_the_keyboard(
    qtbot: QtBot, editor: BodyMapEditor
) -> None:
    click_on(qtbot, editor, "front", "cheek-left")
    panel = editor.panel
    assert panel.explanation_by.currentText() == "No one: no explanation was given"  # nothing typed yet
    qtbot.keyClicks(panel.explanation, "He walked into the door")
    [mark] = editor.marks()
    assert (mark.explanation_by, mark.given_by) == ("", "child")  # the default once an explanation is given
    assert panel.explanation_by.currentText() == "The child"

    panel.explanation.setFocus()
    qtbot.keyClick(panel.explanation, Qt.Key.Key_Tab)  # "Explanation given by" comes next
    assert panel.explanation_by.hasFocus()
    qtbot.keyClick(panel.explanation_by, Qt.Key.Key_Down)
    assert editor.marks()[0].explanation_by == "parent"
    qtbot.keyClicks(panel.explanation_by, "Another")
    assert editor.marks()[0].explanation_by == "other-adult"
    panel.witnessed_by.setFocus()  # "Witnessed by" has no Alt key: every letter of the page has an owner
    assert panel.witnessed_by.hasFocus()
    qtbot.keyClicks(panel.witnessed_by, "Karolina Nowak, midday supervisor")
    [mark] = editor.marks()
    assert (mark.explanation, mark.explanation_by, mark.witnessed_by) == (
        "He walked into the door",
        "other-adult",
        "Karolina Nowak, midday supervisor",
    )

    click_on(qtbot, editor, "front", "shin-right")  # a second mark, then back to the first: the panel shows it
    assert panel.explanation_by.currentText() == "No one: no explanation was given"
    panel.mark_list.setFocus()
    qtbot.keyClick(panel.mark_list, Qt.Key.Key_Up)
    assert editor.marks()[0].explanation_by == "other-adult"
    assert panel.explanation_by.currentText() == "Another adult"
    assert panel.witnessed_by.text() == "Karolina Nowak, midday supervisor"


def test_after_placing_a_mark_on_the_back_tab_describes_that_mark_on_the_back(
    qtbot: QtBot, editor: BodyMapEditor
) -> None:
    """Issue 15: after placing mark 2 on Back and pressing Tab, mark 1 was selected and the view flipped to Front,
    so the wrong mark was described."""
    canvas, panel = editor.canvas, editor.panel
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Return)  # mark 1 on the front
    qtbot.keyClick(canvas, Qt.Key.Key_PageDown)  # Page Down: the next view
    assert editor.view() == "back" and editor.views.currentIndex() == bodymap.VIEWS.index("back")
    assert editor.status.text() == "Now showing: Back. Arrows move the cross, Enter places a mark."
    qtbot.keyClick(canvas, Qt.Key.Key_Return)  # mark 2 on the back
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert (editor.marks_model().selected, editor.view()) == (1, "back")
    assert panel.type.hasFocus() and panel.title.text() == "Mark 2"
    qtbot.keyClick(panel.type, Qt.Key.Key_C)  # "Cut"
    assert [m.type for m in editor.marks()] == ["bruise", "cut"]
    # Tab on through the details to the list of marks: reaching it selects nothing else, and the view stays.
    for _ in range(20):
        if panel.mark_list.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert panel.mark_list.hasFocus()
    assert (editor.marks_model().selected, editor.view()) == (1, "back")
    qtbot.keyClick(panel.mark_list, Qt.Key.Key_Up)  # a row chosen on purpose does select its mark
    assert (editor.marks_model().selected, editor.view()) == (0, "front")


def test_ctrl_page_down_changes_the_view_from_the_details_and_puts_the_keyboard_on_the_map(
    qtbot: QtBot, editor: BodyMapEditor
) -> None:
    canvas, panel = editor.canvas, editor.panel
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert panel.type.hasFocus()
    qtbot.keyClick(panel.type, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.view() == "back" and canvas.hasFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(canvas, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)  # round the end
    assert editor.view() == bodymap.VIEWS[-1]
    assert "Ctrl+Page Down" in editor.keys.text() and editor.keys.isVisible()


def test_in_skin_broken_the_arrows_choose_and_tab_reaches_the_answer_chosen(
    qtbot: QtBot, editor: BodyMapEditor
) -> None:
    canvas, panel = editor.canvas, editor.panel
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    panel.colour.setFocus()
    qtbot.keyClick(panel.colour, Qt.Key.Key_Tab)
    assert panel.skin_buttons[0].hasFocus() and panel.skin_buttons[0].isChecked()  # "Not known", chosen
    qtbot.keyClick(panel.skin_buttons[0], Qt.Key.Key_Right)
    assert panel.skin_buttons[1].hasFocus() and panel.skin_buttons[1].isChecked()
    assert editor.marks()[0].skin_broken is True
    qtbot.keyClick(panel.skin_buttons[1], Qt.Key.Key_Down)
    assert editor.marks()[0].skin_broken is False
    qtbot.keyClick(panel.skin_buttons[2], Qt.Key.Key_Right)  # the end: stays
    assert editor.marks()[0].skin_broken is False and panel.skin_buttons[2].hasFocus()
    panel.shape.setFocus()
    qtbot.keyClick(panel.shape, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert panel.skin_buttons[2].hasFocus()  # the answer chosen, not the first of the row
    qtbot.keyClick(panel.skin_buttons[2], Qt.Key.Key_Left)
    assert editor.marks()[0].skin_broken is True
