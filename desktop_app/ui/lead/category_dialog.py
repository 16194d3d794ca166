"""Setting or correcting a concern's category, with an optional reason."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from desktop_app.domain.taxonomy import Category
from desktop_app.ui.forms.ui_lead_category import Ui_LeadCategoryDialog
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.common import fill_combo
from desktop_app.ui.lead.dialog_base import LeadDialog


def _tr(text: str) -> str:
    return translate("CategoryDialog", text)


class CategoryDialog(LeadDialog):
    """Choose a category other than the one the concern has now. Private state: `_current` (its category code)."""

    def __init__(self, about: str, categories: Sequence[Category], current: str, parent: QWidget | None = None) -> None:
        super().__init__(Ui_LeadCategoryDialog(), parent, _tr("&Set category"))
        self._current = current
        self.ui.aboutLabel.setText(about)
        fill_combo(self.ui.categoryCombo, [(c.name, c.code) for c in categories], current)
        self.ui.categoryCombo.currentIndexChanged.connect(self.update_save)
        self.update_save()
        self.ui.categoryCombo.setFocus()

    def category(self) -> str:
        return self.ui.categoryCombo.currentData() or ""

    def reason(self) -> str:
        return self.ui.reasonEdit.toPlainText()

    def can_save(self) -> bool:
        return bool(self.category()) and self.category() != self._current
