"""The table models of the Families page: suggested households, and the households a lead confirmed."""

from __future__ import annotations

from desktop_app.domain.records import Pupil
from desktop_app.services.households import HouseholdView, SuggestionView
from desktop_app.ui.i18n import translate
from desktop_app.ui.table_base import RowsModel


def _tr(text: str) -> str:
    return translate("FamiliesModel", text)


def child_words(pupil: Pupil) -> str:
    """`Zofia Łuczak (year R)`: a name and what tells two children of the same name apart."""
    if not pupil.year_group:
        return pupil.full_name
    return f"{pupil.full_name} ({_tr('year {year}').format(year=pupil.year_group)})"


class SuggestionsModel(RowsModel[SuggestionView]):
    """One row per suggested household: the children, and why they are suggested."""

    COLUMN_CHILDREN, COLUMN_REASONS = range(2)

    def headers(self) -> list[str]:
        return [_tr("Children"), _tr("Why they are suggested")]

    def text(self, row: SuggestionView, column: int) -> str:
        if column == self.COLUMN_CHILDREN:
            return "; ".join(child_words(p) for p in row.pupils)
        if column == self.COLUMN_REASONS:
            reasons = "; ".join(row.reasons)
            return reasons + (" " + _tr("(some are linked already)") if row.household_id else "")
        return ""


class HouseholdsModel(RowsModel[HouseholdView]):
    """One row per confirmed household: the children, and the adults recorded around them."""

    COLUMN_CHILDREN, COLUMN_ADULTS = range(2)

    def headers(self) -> list[str]:
        return [_tr("Children"), _tr("Adults recorded")]

    def text(self, row: HouseholdView, column: int) -> str:
        if column == self.COLUMN_CHILDREN:
            return "; ".join(child_words(p) for p in row.pupils)
        if column == self.COLUMN_ADULTS:
            return "; ".join(f"{a.name} ({a.relationship})" for a in row.household.adults if not a.removed)
        return ""
