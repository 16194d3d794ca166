"""The table model behind a child's chronology: one row per event, in the order things happened, with red flags."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush

from desktop_app.domain.chronology.build import filter_chronology
from desktop_app.domain.chronology.items import ChronologyItem, RowKind
from desktop_app.domain.taxonomy import Category
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.common import category_name, short_when
from desktop_app.ui.lead.queue_model import RED_TEXT
from desktop_app.ui.table_base import RowsModel

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return translate("ChronologyModel", text)


def kind_words(kind: str) -> str:
    """A kind of chronology row in words (an unknown kind, from a newer app, as it is)."""
    words = {
        RowKind.CONCERN: _tr("Concern"),
        RowKind.INJURY: _tr("Concern with injuries"),
        RowKind.ADDENDUM: _tr("Addendum"),
        RowKind.ACKNOWLEDGEMENT: _tr("Acknowledged"),
        RowKind.CATEGORY: _tr("Category set"),
        RowKind.OWNER: _tr("Owner"),
        RowKind.DECISION: _tr("Decision"),
        RowKind.SIGN_OFF: _tr("Second lead"),
        RowKind.ACTION: _tr("Action"),
        RowKind.ACTION_DONE: _tr("Action done"),
        RowKind.AGENCY_CONTACT: _tr("Agency contact"),
        RowKind.REFERRAL: _tr("Referral"),
        RowKind.REFERRAL_CHASED: _tr("Referral chased"),
        RowKind.REFERRAL_OUTCOME: _tr("Referral outcome"),
        RowKind.OUTCOME: _tr("Concern closed"),
        RowKind.AGENCY_STATUS: _tr("Other agency"),
        RowKind.FILE_STATUS: _tr("File status"),
        RowKind.TRANSFER: _tr("Transfer"),
        RowKind.MOBILITY: _tr("Mobility"),
        RowKind.ATTENDANCE: _tr("Attendance"),
        RowKind.DOCUMENT: _tr("Document"),
        RowKind.DOCUMENT_WITHDRAWN: _tr("Document withdrawn"),
        RowKind.SIBLING: _tr("Sibling's concern"),
        RowKind.MEETING: _tr("Meeting"),
    }
    return words.get(kind, kind)


def widest_late_words() -> str:
    """The longest `late_words` can be, to size the column it sits in."""
    return _tr("recorded {when}").format(when="30 Sep 2026 22:58")


def late_words(item: ChronologyItem) -> str:
    """`recorded 10 Mar 2025` under a row written down more than a day after it happened, else nothing."""
    return _tr("recorded {when}").format(when=short_when(item.recorded_at)) if item.recorded_late else ""


class ChronologyModel(RowsModel[ChronologyItem]):
    """Rows of `ChronologyItem` in the order the domain gave (when it happened, then when recorded).

    Private state: `_rows`, `_flags` (entry id to the reasons of the red flags shown at it), `_categories`,
    `_children` (pupil id to name: filled for a family chronology, where a child column is shown).
    """

    COLUMN_WHEN, COLUMN_CHILD, COLUMN_KIND, COLUMN_WHAT, COLUMN_CATEGORY, COLUMN_WHO, COLUMN_ACTION, COLUMN_FLAGS = (
        range(8)
    )
    ItemRole = RowsModel.RowRole
    EntryIdRole = Qt.ItemDataRole.UserRole + 3
    ConcernIdRole = Qt.ItemDataRole.UserRole + 4
    KindRole = Qt.ItemDataRole.UserRole + 5
    GIVEN_ORDER_COLUMN = COLUMN_WHEN  # sorted by when: the domain's order (happened, then recorded)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._flags: dict[str, list[str]] = {}
        self._categories: dict[str, Category] = {}
        self._children: dict[str, str] = {}
        self._headers = [
            _tr("When it happened"),
            _tr("Child"),
            _tr("Kind"),
            _tr("What happened"),
            _tr("Category"),
            _tr("Who"),
            _tr("Action or outcome"),
            _tr("Red flags"),
        ]

    def headers(self) -> list[str]:
        return self._headers

    def set_items(
        self,
        items: Sequence[ChronologyItem],
        flags: Mapping[str, Sequence[str]] | None = None,
        categories: Mapping[str, Category] | None = None,
        children: Mapping[str, str] | None = None,
    ) -> None:
        """Replace every row; `flags` are red-flag reasons by the entry they show at."""
        self._flags = {k: list(v) for k, v in (flags or {}).items()}  # read by `text` once the rows are reset
        self._categories = dict(categories or {})
        self._children = dict(children or {})
        self.set_rows(items)

    def clear(self) -> None:
        self.set_items([])

    def is_family(self) -> bool:
        return len(self._children) > 1

    def item_at(self, row: int) -> ChronologyItem | None:
        return self.row_at(row)

    def row_for(self, entry_id: str) -> int:
        return next((i for i, item in enumerate(self._rows) if item.entry_id == entry_id), -1)

    def flags_at(self, entry_id: str) -> list[str]:
        return list(self._flags.get(entry_id, ()))

    def kinds(self) -> list[str]:
        """The kinds present, in the domain's order (for the kind filter); `injury` when a concern has marks."""
        present = {item.kind for item in self._rows}
        if any(item.injuries for item in self._rows):
            present.add(RowKind.INJURY)
        return [kind for kind in RowKind.ALL if kind in present]

    def category_codes(self) -> list[str]:
        return sorted({code for item in self._rows for code in item.all_categories})

    def tooltip(self, row: ChronologyItem, column: int) -> str | None:
        shown = column in (self.COLUMN_WHAT, self.COLUMN_FLAGS, self.COLUMN_ACTION)
        return (self.text(row, column) or None) if shown else None

    def role_data(self, row: ChronologyItem, index: _Index, role: int) -> Any:
        if role == self.EntryIdRole:
            return row.entry_id
        if role == self.ConcernIdRole:
            return row.concern_id
        if role == self.KindRole:
            return row.kind
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.column() == self.COLUMN_FLAGS
            and self._flags.get(row.entry_id)
        ):
            return QBrush(RED_TEXT)
        return None

    def text(self, item: ChronologyItem, column: int) -> str:
        if column == self.COLUMN_WHEN:
            late = late_words(item)
            return f"{short_when(item.occurred_at)}\n{late}" if late else short_when(item.occurred_at)
        if column == self.COLUMN_CHILD:
            return self._children.get(item.pupil_id, "")
        if column == self.COLUMN_KIND:
            return kind_words(RowKind.INJURY if item.kind == RowKind.CONCERN and item.injuries else item.kind)
        if column == self.COLUMN_WHAT:
            return item.summary
        if column == self.COLUMN_CATEGORY:
            return ", ".join(category_name(self._categories, code) for code in item.all_categories)
        if column == self.COLUMN_WHO:
            return item.recorded_by
        if column == self.COLUMN_ACTION:
            return item.action
        if column == self.COLUMN_FLAGS:
            return "\n".join(self._flags.get(item.entry_id, ()))
        return ""


class ChronologyProxy(QSortFilterProxyModel):
    """Sorts by `ChronologyModel.SortRole` and keeps the rows of the chosen categories and kinds (empty: all),
    as `domain.chronology.build.filter_chronology` decides. Private state: `_categories`, `_kinds`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(ChronologyModel.SortRole)
        self._categories: frozenset[str] = frozenset()
        self._kinds: frozenset[str] = frozenset()

    def set_filter(self, categories: Collection[str] = (), kinds: Collection[str] = ()) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self._categories, self._kinds = frozenset(categories), frozenset(kinds)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._categories, self._kinds = frozenset(categories), frozenset(kinds)
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._categories and not self._kinds:
            return True
        model = self.sourceModel()
        item = model.item_at(source_row) if isinstance(model, ChronologyModel) else None
        return item is not None and bool(filter_chronology([item], self._categories, self._kinds))
