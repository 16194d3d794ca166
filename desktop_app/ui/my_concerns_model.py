"""The table model behind "My concerns": the signed-in person's own concerns, one row each."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from desktop_app.domain.ids import short_reference
from desktop_app.domain.records import SchoolState
from desktop_app.domain.taxonomy import Category
from desktop_app.services.concerns import RefusedConcern
from desktop_app.ui.i18n import translate
from desktop_app.ui.table_base import RowsModel, sort_text


def _tr(text: str) -> str:
    return translate("MyConcernsModel", text)


@dataclass(frozen=True, slots=True)
class MyConcernRow:
    """One of my concerns as the table shows it."""

    concern_id: str
    occurred_at: datetime
    pupil_name: str
    category_name: str
    addenda: int
    acknowledged_at: datetime | None = None
    refused: str | None = None  # why the school refused it, in plain words (it is then not sent to anyone)

    @property
    def reference(self) -> str:
        return short_reference(self.concern_id)

    @property
    def status(self) -> str:
        if self.refused is not None:
            return _tr("Refused by the school: {reason}").format(reason=self.refused)
        if self.acknowledged_at is None:
            return _tr("Sent to the safeguarding team")
        when = self.acknowledged_at.astimezone().strftime("%a %d %b %Y, %H:%M")
        return _tr("Acknowledged by a designated lead, {when}").format(when=when)


def my_concern_rows(
    state: SchoolState, account_id: str, categories: Iterable[Category], refused: Iterable[RefusedConcern] = ()
) -> list[MyConcernRow]:
    """The concerns `account_id` wrote, newest first; a lead's state holds others' too, and they are left out.
    `refused`: my concerns the school does not use (never in the folded state), shown with why."""
    names = {c.code: c.name for c in categories}
    rows = []
    for held in refused:
        concern = held.concern
        pupil = state.pupils.get(concern.pupil_id)
        rows.append(
            MyConcernRow(
                concern_id=concern.concern_id,
                occurred_at=concern.occurred_at,
                pupil_name=pupil.full_name if pupil else _tr("(pupil not in the directory)"),
                category_name=names.get(concern.category, concern.category),
                addenda=0,
                refused=held.reason,
            )
        )
    for concern in state.concerns.values():
        if concern.author_id != account_id:
            continue
        pupil = state.pupils.get(concern.pupil_id)
        rows.append(
            MyConcernRow(
                concern_id=concern.concern_id,
                occurred_at=concern.occurred_at,
                pupil_name=pupil.full_name if pupil else _tr("(pupil not in the directory)"),
                category_name=names.get(concern.category, concern.category),
                addenda=sum(1 for a in state.addenda.get(concern.concern_id, ()) if a.author_id == account_id),
                acknowledged_at=acknowledged.at
                if (acknowledged := state.lead.acknowledgement(concern.concern_id))
                else None,
            )
        )
    rows.sort(key=lambda r: (r.occurred_at, r.concern_id), reverse=True)
    return rows


def when_text(moment: datetime) -> str:
    """A time as staff read it, in this PC's time zone: `Tue 04 Mar 2025, 10:15`."""
    return moment.astimezone().strftime("%a %d %b %Y, %H:%M")


class MyConcernsModel(RowsModel[MyConcernRow]):
    """Rows of `MyConcernRow`, in the order given (the view sorts through a proxy). No tooltips."""

    COLUMN_OCCURRED, COLUMN_PUPIL, COLUMN_CATEGORY, COLUMN_REFERENCE, COLUMN_ADDENDA, COLUMN_STATUS = range(6)
    ConcernIdRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = [
            _tr("When it happened"),
            _tr("Pupil"),
            _tr("Category"),
            _tr("Reference"),
            _tr("Addenda"),
            _tr("Status"),
        ]

    def headers(self) -> list[str]:
        return self._headers

    def row_for(self, concern_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.concern_id == concern_id), -1)

    def concern_at(self, row: int) -> MyConcernRow | None:
        return self.row_at(row)

    def note_addendum(self, concern_id: str) -> None:
        """An addendum to one concern is on disk: count it, and tell views about that one cell only."""
        row = self.row_for(concern_id)
        if row < 0:
            return
        counted = replace(self._rows[row], addenda=self._rows[row].addenda + 1)
        self.replace_row(row, counted, [self.COLUMN_ADDENDA], [Qt.ItemDataRole.DisplayRole, self.SortRole])

    def tooltip(self, row: MyConcernRow, column: int) -> str | None:
        return None

    def role_data(self, row: MyConcernRow, index: QModelIndex | QPersistentModelIndex, role: int) -> Any:
        if role == self.ConcernIdRole:
            return row.concern_id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COLUMN_ADDENDA:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def text(self, row: MyConcernRow, column: int) -> str:
        if column == self.COLUMN_OCCURRED:
            return when_text(row.occurred_at)
        if column == self.COLUMN_PUPIL:
            return row.pupil_name
        if column == self.COLUMN_CATEGORY:
            return row.category_name
        if column == self.COLUMN_REFERENCE:
            return row.reference
        if column == self.COLUMN_ADDENDA:
            return str(row.addenda) if row.addenda else ""
        if column == self.COLUMN_STATUS:
            return row.status
        return ""

    def sort_key(self, row: MyConcernRow, column: int) -> Any:
        if column == self.COLUMN_OCCURRED:
            return row.occurred_at.timestamp()
        if column == self.COLUMN_ADDENDA:
            return row.addenda
        return sort_text(self.text(row, column))


class MyConcernsProxy(QSortFilterProxyModel):
    """Sorts my concerns by `MyConcernsModel.SortRole` (time as a number, names without case or accents)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(MyConcernsModel.SortRole)
