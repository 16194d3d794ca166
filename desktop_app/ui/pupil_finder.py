"""The pupil finder: type a few letters of a name or UPN, move with Up and Down, pick with Enter or a click."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.records import Pupil
from desktop_app.ui.pupil_finder_model import PupilFinderModel
from desktop_app.ui.pupil_match_delegate import PupilMatchDelegate

_VISIBLE_ROWS = 6
_MOVES = {
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_PageDown: _VISIBLE_ROWS,
    Qt.Key.Key_PageUp: -_VISIBLE_ROWS,
}


def _visible_part(widget: QWidget) -> QRect:
    """The part of `widget` (in its own coordinates) that its parents do not clip away, e.g. a scroll area's."""
    seen = widget.rect()
    parent = widget.parentWidget()
    while parent is not None:
        seen = seen.intersected(parent.rect().translated(-widget.mapTo(parent, QPoint(0, 0))))
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    return seen


class PupilFinder(QWidget):
    """Finds and chooses one pupil, or several (`multiple=True`, for other children involved).

    Each match shows the child's whole name (wrapped, never cut short) and a second line telling them apart: year,
    class, date of birth, and the UPN's last digits when another child has the same name.

    Keyboard only: type, Down/Up (or Page Down/Up) to move through the matches, Enter to choose, Escape to clear
    what was typed. A click on a match chooses it. With one pupil the box then shows the chosen name and a line
    below tells them apart (year, registration group, date of birth); typing again starts a new search. With several,
    each chosen pupil joins a list; Delete (or "Remove") takes the selected one off it.

    Signals: `changed` whenever the chosen pupils change; `picked(Pupil)` when one is chosen, with `by_keyboard`
    telling the form whether to move on to the next field.

    Private state: `_model` (PupilFinderModel), `_multiple`, `_chosen` (pupils in the order chosen) and the child
    widgets `search_box`, `_results` (one column drawn by `PupilMatchDelegate`; the model's other columns are
    hidden, their words are on each match's second line), `_status`, `_chosen_label` (one pupil) or `_chosen_list`
    and `_remove` (several).
    """

    changed = Signal()
    picked = Signal(object, bool)

    def __init__(self, pupils: Iterable[Pupil] = (), *, multiple: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._multiple = multiple
        self._chosen: list[Pupil] = []
        self._model = PupilFinderModel(pupils, self)

        self._make_search_box(multiple)
        self._make_results()

        self._status = QLabel(self)
        self._status.setObjectName("finderStatus")
        self._status.setWordWrap(True)
        self._status.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_box)
        layout.addWidget(self._results)
        layout.addWidget(self._status)

        self._chosen_label: QLabel | None = None
        self._chosen_list: QListWidget | None = None
        self._remove: QPushButton | None = None
        self._add_chosen(layout, multiple)
        self.setFocusProxy(self.search_box)

    def _make_search_box(self, multiple: bool) -> None:
        """The box a name or UPN is typed into (it keeps the keys: Down, Up and Enter move through the matches)."""
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(self.tr("Type part of a name or UPN"))
        self.search_box.setAccessibleName(self.tr("Find a pupil") if not multiple else self.tr("Find another child"))
        self.search_box.setAccessibleDescription(
            self.tr(
                "Type a few letters of a forename, surname, preferred name or UPN; Down and Up move through the "
                "matches, Enter chooses."
            )
        )
        self.search_box.installEventFilter(self)
        self.search_box.textEdited.connect(self._on_text_edited)
        # The box's clear button (and a program's clear()) empties it without an edit: the matches go with the text.
        self.search_box.textChanged.connect(lambda text: None if text.strip() else self._search(""))
        self.search_box.returnPressed.connect(self._choose_current)

    def _make_results(self) -> None:
        """The matches: one column drawn by `PupilMatchDelegate`, two lines a pupil, hidden until something is typed."""
        self._results = QTableView(self)
        self._results.setObjectName("results")
        self._results.setModel(self._model)
        self._results.setAccessibleName(self.tr("Matching pupils"))
        self._results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the search box
        self._results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._results.setAlternatingRowColors(True)
        self._results.setShowGrid(False)
        self._results.setWordWrap(True)
        self._results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._delegate = PupilMatchDelegate(self._results)
        self._results.setItemDelegateForColumn(PupilFinderModel.NAME, self._delegate)
        for column in (PupilFinderModel.YEAR, PupilFinderModel.REG_GROUP, PupilFinderModel.BORN):
            self._results.setColumnHidden(column, True)
        self._results.horizontalHeader().hide()
        self._results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Rows are two lines; one whose name or details must wrap at the list's width is made taller (`_size_rows`).
        self._results.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._results.verticalHeader().setDefaultSectionSize(self._delegate.two_line_height(self._results.font()))
        self._results.verticalHeader().hide()
        self._results.clicked.connect(self._on_clicked)
        self._results.verticalScrollBar().valueChanged.connect(lambda _value: self._size_rows())
        self._results.hide()

    def _add_chosen(self, layout: QVBoxLayout, multiple: bool) -> None:
        """Where the chosen pupil shows: one line, or (several) a list with a Remove button."""
        if multiple:
            self._chosen_list = QListWidget(self)
            self._chosen_list.setObjectName("chosenList")
            self._chosen_list.setAccessibleName(self.tr("Other children chosen"))
            self._chosen_list.installEventFilter(self)
            # A chosen child's whole name and details wrap: never cut, never a sideways scroll bar over the row.
            self._chosen_list.setWordWrap(True)
            self._chosen_list.setTextElideMode(Qt.TextElideMode.ElideNone)
            self._chosen_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self._chosen_list.setResizeMode(QListView.ResizeMode.Adjust)
            self._chosen_list.hide()
            self._remove = QPushButton(self.tr("Remove"), self)  # no Alt+letter: the form has none left; Delete removes
            self._remove.setObjectName("removeButton")
            self._remove.setAccessibleName(self.tr("Remove the selected child from the list"))
            self._remove.clicked.connect(self._remove_selected)
            self._remove.hide()
            row = QHBoxLayout()
            row.addWidget(self._chosen_list, 1)
            row.addWidget(self._remove, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)
        else:
            self._chosen_label = QLabel(self)
            self._chosen_label.setObjectName("chosenLabel")
            self._chosen_label.setWordWrap(True)
            self._chosen_label.hide()
            layout.addWidget(self._chosen_label)

    # Public -----------------------------------------------------------------------------------------------------

    @property
    def model(self) -> PupilFinderModel:
        return self._model

    @property
    def results_view(self) -> QTableView:
        return self._results

    def names_cut(self) -> list[str]:
        """The names of the matches on show that their row is too small to hold whole (for tests: none)."""
        view = self._results
        option = QStyleOptionViewItem()
        option.font = view.font()  # type: ignore[attr-defined]
        seen = _visible_part(view.viewport())
        cut = []
        for row in range(self._model.rowCount()):
            index = self._model.index(row, PupilFinderModel.NAME)
            rect = view.visualRect(index)
            if not self._delegate.name_shown_whole(option, index, rect):
                cut.append(str(index.data()))
            elif rect.intersects(seen) and (rect.left() < seen.left() or rect.right() > seen.right()):
                cut.append(str(index.data()))  # drawn whole, but a scroll area around the finder hides its end
        return cut

    def set_pupils(self, pupils: Iterable[Pupil]) -> None:
        self._model.set_pupils(pupils)
        self._hide_results()

    def chosen(self) -> list[Pupil]:
        return list(self._chosen)

    def pupil(self) -> Pupil | None:
        """The chosen pupil (the first, when several may be chosen)."""
        return self._chosen[0] if self._chosen else None

    def chosen_upns(self) -> list[str]:
        return [p.upn for p in self._chosen]

    def set_chosen_upns(self, upns: Iterable[str]) -> list[str]:
        """Choose pupils by UPN (a draft put back); returns the UPNs not in the directory, which are left out."""
        found, missing = [], []
        for upn in upns:
            pupil = self._model.pupil_by_upn(upn)
            if pupil is None:
                missing.append(upn)
            elif pupil not in found:
                found.append(pupil)
        if not self._multiple:
            found = found[:1]
        self.search_box.clear()
        self._model.set_query("")
        self._hide_results()
        self._set_chosen(found)
        return missing

    def clear(self) -> None:
        self.set_chosen_upns([])

    # Searching --------------------------------------------------------------------------------------------------

    def _on_text_edited(self, text: str) -> None:
        if not self._multiple and self._chosen:
            self._set_chosen([])  # typing again means choosing again
        self._search(text)

    def _search(self, text: str) -> None:
        self._model.set_query(text)
        if not text.strip():
            self._hide_results()
            return
        count = self._model.match_count
        self._results.setVisible(count > 0)
        if count:
            self._fit_height()
        if count and not self._results.currentIndex().isValid():
            self._results.selectRow(0)  # new rows: the first is the one Enter chooses
        if count == 0:
            self._show_status(self.tr("No pupil matches “{text}”.").format(text=text.strip()))
        elif count > self._model.rowCount():
            more = count - self._model.rowCount()
            self._show_status(self.tr("{count} more match: keep typing to narrow the list.").format(count=more))
        else:
            self._status.hide()
        current = self._model.pupil_at(self._current_row())
        self.search_box.setAccessibleDescription(self._model.describe(current) if current else "")

    def _size_rows(self) -> None:
        """Make taller the rows on show whose name or details would not fit on one line at the list's width (the
        rest are measured as the list scrolls to them)."""
        view, model = self._results, self._model
        header = view.verticalHeader()
        font, width = view.font(), view.viewport().width()
        first = max(view.rowAt(0), 0)
        for row in range(first, min(first + 2 * _VISIBLE_ROWS, model.rowCount())):  # the rows on show, and the next
            pupil = model.pupil_at(row)
            if pupil is None:
                continue
            height = self._delegate.row_height(font, pupil.full_name, model.details(pupil), width)
            if header.sectionSize(row) != height:  # after a new search every row is back at two lines
                header.resizeSection(row, height)

    def _fit_height(self) -> None:
        """As tall as the matches, up to six of them (rows are measured at the list's width)."""
        self._size_rows()
        rows = min(self._model.rowCount(), _VISIBLE_ROWS)
        header = self._results.verticalHeader()
        height = sum(header.sectionSize(row) for row in range(rows)) + 2 * self._results.frameWidth()
        if self._results.height() != height:
            self._results.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._results.isVisible():
            self._fit_height()  # a narrower finder wraps names onto more lines: the rows grow, never cut
        self._fit_chosen_list()  # and the chosen children's words too

    def _hide_results(self) -> None:
        self._results.hide()
        self._status.hide()

    def _show_status(self, text: str) -> None:
        if self._status.text() != text:
            self._status.setText(text)
        self._status.show()

    def _current_row(self) -> int:
        index = self._results.currentIndex()
        return index.row() if index.isValid() else -1

    def _move(self, step: int) -> None:
        rows = self._model.rowCount()
        if not rows or not self._results.isVisible():
            return
        row = min(max(self._current_row() + step, 0), rows - 1)
        self._results.selectRow(row)
        pupil = self._model.pupil_at(row)
        self.search_box.setAccessibleDescription(self._model.describe(pupil) if pupil else "")

    def _choose_current(self) -> None:
        if self._results.isVisible():
            self._choose(self._current_row(), by_keyboard=True)

    def _on_clicked(self, index: QModelIndex) -> None:
        self._choose(index.row(), by_keyboard=False)

    def _choose(self, row: int, *, by_keyboard: bool) -> None:
        pupil = self._model.pupil_at(row)
        if pupil is None:
            return
        self._model.set_query("")
        self._hide_results()
        if self._multiple:
            self.search_box.clear()
            chosen = self._chosen if pupil in self._chosen else [*self._chosen, pupil]
        else:
            chosen = [pupil]
        self._set_chosen(chosen)
        self.picked.emit(pupil, by_keyboard)

    # Chosen pupils ----------------------------------------------------------------------------------------------

    def _fit_chosen_list(self) -> None:
        """As tall as its first four children, each row as tall as its wrapped words need at the list's width."""
        chosen = self._chosen_list
        if chosen is None or not self._chosen:
            return
        chosen.doItemsLayout()
        rows = sum(max(chosen.sizeHintForRow(i), chosen.visualRect(chosen.model().index(i, 0)).height())
                   for i in range(min(len(self._chosen), 4)))  # fmt: skip
        chosen.setFixedHeight(rows + 2 * chosen.frameWidth() + 4)

    def _set_chosen(self, pupils: list[Pupil]) -> None:
        changed = pupils != self._chosen
        self._chosen = list(pupils)
        if self._multiple:
            assert self._chosen_list is not None and self._remove is not None
            self._chosen_list.clear()
            for pupil in self._chosen:
                item = QListWidgetItem(self._model.describe(pupil))
                item.setData(PupilFinderModel.UpnRole, pupil.upn)
                self._chosen_list.addItem(item)
            self._chosen_list.setVisible(bool(self._chosen))
            self._remove.setVisible(bool(self._chosen))
            if self._chosen:
                self._fit_chosen_list()
        else:
            assert self._chosen_label is not None
            pupil = self.pupil()
            if pupil is not None:
                self.search_box.setText(pupil.full_name)
                self.search_box.setCursorPosition(0)
                self._chosen_label.setText(self._model.describe(pupil))
                self.search_box.setAccessibleDescription(
                    self.tr("Chosen: {pupil}").format(pupil=self._model.describe(pupil))
                )
            self._chosen_label.setVisible(pupil is not None)
        if changed:
            self.changed.emit()

    def _remove_selected(self) -> None:
        if self._chosen_list is None:
            return
        row = self._chosen_list.currentRow()
        if 0 <= row < len(self._chosen):
            self._set_chosen(self._chosen[:row] + self._chosen[row + 1 :])
            if self._chosen:
                self._chosen_list.setCurrentRow(min(row, len(self._chosen) - 1))

    # Keys -------------------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search_box:
                if key in _MOVES and self._results.isVisible():
                    self._move(_MOVES[key])
                    return True
                if key == Qt.Key.Key_Escape and (self._results.isVisible() or self._status.isVisible()):
                    self.search_box.clear()
                    self._search("")
                    return True
            elif watched is self._chosen_list and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._remove_selected()
                return True
        return super().eventFilter(watched, event)
