"""The pupil finder's table model: the pupils matching what was typed, each with a precomputed search key."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop_app.domain.records import Pupil
from desktop_app.ui.table_base import RowsModel

# Letters that carry no combining mark to strip but that people type without their stroke or ligature.
_PLAIN_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"})
_WORD_BREAK = re.compile(r"[\s,;/()]+")
_PUNCTUATION = re.compile(r"[^\w]+")

Index = QModelIndex | QPersistentModelIndex


def fold_for_search(text: str) -> str:
    """Case-folded, accents stripped: 'Łuczak' -> 'luczak', 'Şeyma' -> 'seyma', 'Ахмед' -> 'ахмед'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.translate(_PLAIN_LETTERS)


def _words(text: str) -> list[str]:
    """Each word, and for 'Smith-Jones' or "O'Brien" also its parts and the word without punctuation."""
    out: list[str] = []
    for word in _WORD_BREAK.split(fold_for_search(text)):
        if not word:
            continue
        parts = [p for p in _PUNCTUATION.split(word) if p]
        joined = "".join(parts)
        out.extend(dict.fromkeys([joined, *parts]))
    return out


def search_key(pupil: Pupil) -> str:
    """A pupil's search key: ' ' before every word of forename, surname, preferred name and UPN."""
    words = _words(f"{pupil.forename} {pupil.preferred_name} {pupil.surname} {pupil.upn}")
    return " " + " ".join(words)


def query_tokens(text: str) -> list[str]:
    """What was typed, as folded word beginnings; every one must begin a word of the pupil's key."""
    return [
        " " + "".join(p for p in _PUNCTUATION.split(word) if p) for word in _WORD_BREAK.split(fold_for_search(text))
    ]


def _name_key(pupil: Pupil) -> str:
    """Forename and surname as a reader would compare them: 'Jakub Łuczak' and 'JAKUB LUCZAK' are the same."""
    return " ".join(_words(f"{pupil.forename} {pupil.surname}"))


class PupilFinderModel(RowsModel[Pupil]):
    """Pupils whose names or UPN begin with what was typed, at most `limit` rows, ordered by surname.

    Private state: `_pupils` and `_keys` (search keys, same order: by surname, forename, year), `_sharing` (the
    pupils, by id(), whose forename and surname another pupil has) and `_details` (each pupil's second line, made
    once), `_query` (the folded text last filtered), `_matches` (indices
    of every match, uncapped, kept to narrow the next keystroke), `_shown` (indices of the pupils shown) and
    `_rows` (those pupils).
    """

    NAME, YEAR, REG_GROUP, BORN = range(4)
    COLUMN_COUNT = 4

    PupilRole = RowsModel.RowRole
    UpnRole = Qt.ItemDataRole.UserRole + 3
    SearchKeyRole = Qt.ItemDataRole.UserRole + 4
    DetailsRole = Qt.ItemDataRole.UserRole + 5  # year, class, birth date (and the UPN's tail for a shared name)

    DEFAULT_LIMIT = 50

    def __init__(self, pupils: Iterable[Pupil] = (), parent: QObject | None = None, limit: int = DEFAULT_LIMIT) -> None:
        super().__init__(parent)
        self._limit = limit
        self._pupils: list[Pupil] = []
        self._keys: list[str] = []
        self._sharing: frozenset[int] = frozenset()  # id() of each pupil whose name another pupil has
        self._details: dict[int, str] = {}  # a pupil's second line, by id(), made once per directory
        self._query = ""
        self._matches: list[int] = []
        self._shown: list[int] = []
        self.set_pupils(pupils)

    # Filling and filtering -------------------------------------------------------------------------------------

    def set_pupils(self, pupils: Iterable[Pupil]) -> None:
        """A new directory: keys are computed once here, not per keystroke."""
        ordered = sorted(pupils, key=lambda p: (fold_for_search(p.surname), fold_for_search(p.forename), p.upn))
        self.beginResetModel()
        self._pupils = ordered
        self._keys = [search_key(p) for p in ordered]
        seen: set[str] = set()
        shared: set[str] = set()
        for pupil in ordered:
            name = _name_key(pupil)
            (shared if name in seen else seen).add(name)
        self._sharing = frozenset(id(p) for p in ordered if _name_key(p) in shared)
        self._details.clear()
        self._query = ""
        self._matches = []
        self._shown = []
        self._rows = []
        self.endResetModel()

    def set_query(self, text: str) -> None:
        """Show the pupils matching `text` (nothing for blank text)."""
        tokens = [t for t in query_tokens(text) if t != " "]
        folded = "".join(tokens)
        if not tokens:
            matches: list[int] = []
        else:
            narrowing = bool(self._query) and folded.startswith(self._query)
            candidates = self._matches if narrowing else range(len(self._keys))
            keys = self._keys
            if len(tokens) == 1:
                token = tokens[0]
                matches = [i for i in candidates if token in keys[i]]
            else:
                matches = [i for i in candidates if all(t in keys[i] for t in tokens)]
        rows = matches[: self._limit]
        self._query = folded
        self._matches = matches
        if rows == self._shown:
            return  # another letter, the same pupils: the view has nothing to redraw
        self._shown = rows
        self.set_rows([self._pupils[i] for i in rows])

    @property
    def match_count(self) -> int:
        """How many pupils match, including any beyond the rows shown."""
        return len(self._matches)

    @property
    def pupil_count(self) -> int:
        return len(self._pupils)

    def pupil_at(self, row: int) -> Pupil | None:
        return self.row_at(row)

    def pupil_by_upn(self, upn: str) -> Pupil | None:
        wanted = upn.strip().upper()
        return next((p for p in self._pupils if p.upn.upper() == wanted), None)

    # Qt model ----------------------------------------------------------------------------------------------------

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Year"), self.tr("Reg group"), self.tr("Born")]

    def tooltip(self, row: Pupil, column: int) -> str | None:
        return self.describe(row)

    def accessible_text(self, row: Pupil, column: int) -> str:
        return self.describe(row)

    def role_data(self, row: Pupil, index: Index, role: int) -> Any:
        if role == self.UpnRole:
            return row.upn
        if role == self.SearchKeyRole:
            return self._keys[self._shown[index.row()]]
        if role == self.DetailsRole:
            return self.details(row)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # Words -----------------------------------------------------------------------------------------------------

    def text(self, pupil: Pupil, column: int) -> str:
        if column == self.NAME:
            return pupil.full_name
        if column == self.YEAR:
            return self.year_words(pupil.year_group)
        if column == self.REG_GROUP:
            return pupil.reg_group
        if column == self.BORN:
            return self.date_words(pupil.date_of_birth)
        return ""

    def year_words(self, year_group: str) -> str:
        if year_group == "N":
            return self.tr("Nursery")
        if year_group == "R":
            return self.tr("Reception")
        return self.tr("Year {number}").format(number=year_group) if year_group else ""

    @staticmethod
    def date_words(day: date | None) -> str:
        """A date with the month in words, which no reader can misread as month-first: '10 Jun 2018'."""
        if day is None:
            return ""
        return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")

    def shares_name(self, pupil: Pupil) -> bool:
        """Whether another child in the directory has the same name (then the UPN's tail tells them apart)."""
        return id(pupil) in self._sharing

    def detail_parts(self, pupil: Pupil) -> list[str]:
        """What tells this pupil apart, after the name: year, class, birth date, and for a shared name the UPN."""
        if pupil.on_roll:
            year = self.year_words(pupil.year_group)
            # "Year 3, 3B", but "Reception, RA" and never "Year 2 2C" run together
            parts = [year, pupil.reg_group] if pupil.reg_group != pupil.year_group else [year]
        else:  # a household member a lead added: a baby, a toddler, a sibling at another school
            parts = [self.tr("not on roll ({relationship})").format(relationship=pupil.relationship)]
        if pupil.date_of_birth:
            parts.append(self.tr("born {date}").format(date=self.date_words(pupil.date_of_birth)))
        if self.shares_name(pupil) and pupil.upn:
            parts.append(self.tr("UPN ending {tail}").format(tail=pupil.upn[-4:]))
        return [p for p in parts if p]

    def details(self, pupil: Pupil) -> str:
        """The second line of a match: 'Year 3 · 3B · born 10 Jun 2018' (made once per pupil and directory)."""
        made = self._details.get(id(pupil))
        if made is None:
            made = self._details[id(pupil)] = " · ".join(self.detail_parts(pupil))
        return made

    def describe(self, pupil: Pupil) -> str:
        """One line telling this pupil apart from another of the same name."""
        return ", ".join([pupil.full_name, *self.detail_parts(pupil)])
