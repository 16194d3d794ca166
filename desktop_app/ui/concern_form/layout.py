"""The concern form put together around its Designer form: the pupil finders, the body map and the columns, Tab's
reading order, the keyboard shortcuts, hints read whole, and the question before a discard."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QListWidget, QMessageBox, QPushButton, QWidget

from desktop_app.domain.records import Pupil
from desktop_app.ui.bodymap import BodyMapEditor
from desktop_app.ui.hint_fit import fit_hint
from desktop_app.ui.i18n import translate
from desktop_app.ui.pupil_finder import PupilFinder

if TYPE_CHECKING:
    from desktop_app.ui.concern_form.form import ConcernForm


def _tr(text: str) -> str:
    return translate("ConcernForm", text)


def add_pupil_finders(form: ConcernForm, pupils: list[Pupil]) -> tuple[PupilFinder, PupilFinder]:
    """The finder of the pupils the concern is about, and the finder of other children involved, in their hosts."""
    ui = form.ui
    finder = PupilFinder(pupils, multiple=True, parent=ui.pupilHost)
    finder.setObjectName("pupilFinder")
    ui.pupilHostLayout.addWidget(finder)
    ui.pupilLabel.setBuddy(finder.search_box)
    others = PupilFinder(pupils, multiple=True, parent=ui.othersHost)
    others.setObjectName("otherChildrenFinder")
    ui.othersHostLayout.addWidget(others)
    ui.othersLabel.setBuddy(others.search_box)
    finder.search_box.setAccessibleName(_tr("Find a pupil this is about"))
    for chosen in finder.findChildren(QListWidget, "chosenList"):
        chosen.setAccessibleName(_tr("Pupils this is about (each gets a record in their own file)"))
    for button in (*finder.findChildren(QPushButton), *others.findChildren(QPushButton)):
        button.setText(button.text().replace("&", ""))  # two finders' "&Remove" would share Alt+R (Delete works)
    return finder, others


def add_body_map(form: ConcernForm) -> BodyMapEditor:
    """The body map beside the fields, the two columns sharing the width evenly until the form first shows."""
    ui = form.ui
    body_map = BodyMapEditor(ui.bodyMapGroup)
    body_map.setObjectName("bodyMap")
    ui.bodyMapLayout.addWidget(body_map)
    ui.columnsSplitter.setStretchFactor(0, 1)
    ui.columnsSplitter.setStretchFactor(1, 1)
    return body_map


def share_columns(form: ConcernForm) -> None:
    """At first show, a little over a third of the width to the fields: the body map needs the room more."""
    ui = form.ui
    width = ui.columnsSplitter.width()
    fields = max(ui.fieldsScroll.minimumWidth(), int(width * 0.36))
    ui.columnsSplitter.setSizes([fields, max(width - fields, 1)])


def focus_chain_inside(container: QWidget) -> list[QWidget]:
    """The widgets inside `container` that Tab can reach, in their present focus-chain order."""
    found: list[QWidget] = []
    start = widget = container.window()
    while True:
        following = widget.nextInFocusChain()
        if following is None or following is start:
            return found
        widget = following
        reachable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None
        if reachable and container.isAncestorOf(widget) and widget not in found:
            found.append(widget)


def set_tab_order(form: ConcernForm) -> None:
    """Reading order: the offer of a draft, the pupil, the fields, other children, the body map, the buttons."""
    ui = form.ui
    chain = [
        ui.resumeButton,
        *focus_chain_inside(form.finder),
        ui.whenChoice,
        ui.whenDateEdit,
        ui.whenTimeEdit,
        ui.whereEdit,
        ui.categoryList,
        ui.factsEdit,
        ui.wordsEdit,
        ui.opinionEdit,
        ui.presentEdit,
        ui.actionEdit,
        ui.sharedEdit,
        *focus_chain_inside(form.others),
        ui.urgentCheck,
        *focus_chain_inside(form.body_map),
        ui.submitButton,
        ui.closeButton,
        ui.discardButton,
    ]
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)


def add_shortcuts(form: ConcernForm) -> None:
    """Ctrl+Enter sends from anywhere in the form; Alt+B goes to the body map."""
    send = QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), form)
    send.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    send.activated.connect(form.submit)
    form.ui.submitButton.setToolTip(_tr("Send now (Ctrl+Enter)"))
    to_map = QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_B), form)
    to_map.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    to_map.activated.connect(lambda: form.body_map.canvas.setFocus(Qt.FocusReason.ShortcutFocusReason))


def fit_hints(form: ConcernForm) -> None:
    """Widen the one-line fields to their hints: "d…" and "ti…" at 1024x768 before, and a hint is read whole or it
    is no help."""
    ui = form.ui
    for edit in (
        ui.whenDateEdit,
        ui.whenTimeEdit,
        *(line for line in form.texts.values() if isinstance(line, QLineEdit)),
        form.finder.search_box,
        form.others.search_box,
    ):
        fit_hint(edit)


def confirm_discard(form: ConcernForm) -> bool:
    """Whether the person, asked, chose to discard the record (Cancel is the default)."""
    answer = QMessageBox.question(
        form,
        _tr("Discard this record?"),
        _tr("Discard this record? Everything typed in it will be deleted and cannot be recovered."),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard
