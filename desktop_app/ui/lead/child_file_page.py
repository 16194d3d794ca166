"""The child's file page: front sheet, chronology with each record in full, body-map history, and the lead's work."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from desktop_app.domain.chronology.items import ChronologyItem
from desktop_app.domain.households import family_of
from desktop_app.services.changes import Changes
from desktop_app.services.uow import now_utc
from desktop_app.ui.fit_columns import FitColumns
from desktop_app.ui.flow_layout import wrap_row
from desktop_app.ui.forms.ui_lead_child_file import Ui_LeadChildFilePage
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.bodymap_history import BodyMapHistoryView
from desktop_app.ui.lead.chronology_model import ChronologyModel, ChronologyProxy, kind_words, widest_late_words
from desktop_app.ui.lead.common import LeadShell, category_name, error_words, fill_combo, when_width
from desktop_app.ui.lead.document_actions import DocumentActions
from desktop_app.ui.lead.document_dialogs import DocumentPreviewDialog
from desktop_app.ui.lead.file_actions.decisions import DecisionActions
from desktop_app.ui.lead.file_actions.front_sheet import FrontSheetActions
from desktop_app.ui.lead.file_actions.host import FileDialogs, decision_to_sign, follow_ups
from desktop_app.ui.lead.file_actions.meetings import MeetingActions
from desktop_app.ui.lead.file_actions.packs import PackActions
from desktop_app.ui.lead.file_actions.work import FollowUps, WorkActions
from desktop_app.ui.lead.file_html import concern_html, front_sheet_html, record_html, subtitle, work_html
from desktop_app.ui.lead.file_view import FileView, load_file_view
from desktop_app.ui.lead.workspace import LeadWorkspaceController


def _tr(text: str) -> str:
    return translate("ChildFilePage", text)


def _when_column_width(metrics: QFontMetrics, header: QHeaderView) -> int:
    """Wide enough for the date and for "recorded <date>" under a row written down late, and for the title."""
    return max(when_width(metrics), metrics.horizontalAdvance(widest_late_words()) + 18, header.sectionSizeHint(0))


class ChildFilePage(QWidget):
    """One child's file. Opening it is audited; what a lead records here (or anywhere else in the window) that
    touches this child or their family redraws it: it subscribes to the window's change bus (`_concerns_me`).

    Signals: `back_requested`; `access_requested(pupil_id)` (show who looked at this file).

    With the lead's workspace `controller` once it is folded, the file is assembled from the workspace (a job on
    it, as are the dialogs' saves); before that, or without one, the family's entries are read from the store.

    The lead's work is done by small classes composed here, each given `dialogs` (the file shown, the one open
    dialog, and the write): `decisions`, `work`, `follow_ups`, `meetings`, `packs`, `front_sheet`, `documents`.

    Private state: `_shell`, `_controller`, `_view` (None until opened, and after a lock), `_opening` (pupil id,
    entry to select, family: what to open again after an unlock), `_busy`, the models and the body-map view.
    """

    back_requested = Signal()
    access_requested = Signal(str)

    def __init__(
        self, shell: LeadShell, parent: QWidget | None = None, controller: LeadWorkspaceController | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LeadChildFilePage()
        self.ui.setupUi(self)
        wrap_row(self.ui.actionsLayout, self)  # seven actions wrap onto a second row rather than be cut at 1024x768
        self._shell = shell
        self._controller = controller
        self._view: FileView | None = None
        self._opening: tuple[str, str, bool] | None = None
        self._busy = False
        self.model = ChronologyModel(self)
        self._proxy = ChronologyProxy(self)
        self._proxy.setSourceModel(self.model)
        self._set_up_chronology()
        self.bodymap = BodyMapHistoryView(self)
        self.ui.bodyMapLayout.addWidget(self.bodymap)
        self.bodymap.describe = self._concern_text
        self.bodymap.open_requested.connect(self.show_concern_in_chronology)
        self.dialogs = FileDialogs(shell, controller, self)
        self.decisions = DecisionActions(self.dialogs)
        self.work = WorkActions(self.dialogs)
        self.follow_ups = FollowUps(self.dialogs)
        self.meetings = MeetingActions(self.dialogs)
        self.packs = PackActions(self.dialogs)
        self.front_sheet = FrontSheetActions(self.dialogs)
        self.documents = DocumentActions(self.dialogs)
        self._connect_buttons()
        shell.changes.subscribe_page(self, self._concerns_me, self._redraw)
        self.clear()

    def _set_up_chronology(self) -> None:
        table = self.ui.chronologyTable
        table.setModel(self._proxy)
        table.sortByColumn(ChronologyModel.COLUMN_WHEN, Qt.SortOrder.AscendingOrder)
        chronology = ChronologyModel
        # No sideways scrolling at 1024 wide: the child's name whole (family chronology), the rest shares what is
        # left; the narrower the table, the more it leaves to the entry shown beside it.
        self._fit = FitColumns(
            table,
            name_column=chronology.COLUMN_CHILD,
            fixed={chronology.COLUMN_WHEN: _when_column_width(table.fontMetrics(), table.horizontalHeader())},
            weights={
                chronology.COLUMN_KIND: 0.9,
                chronology.COLUMN_WHAT: 2.4,
                chronology.COLUMN_CATEGORY: 0.8,
                chronology.COLUMN_WHO: 1.0,
                chronology.COLUMN_ACTION: 1.4,
                chronology.COLUMN_FLAGS: 1.2,
            },
            minimums={chronology.COLUMN_KIND: 100, chronology.COLUMN_WHAT: 180},
            hide_below={
                chronology.COLUMN_FLAGS: 1000,
                chronology.COLUMN_ACTION: 880,
                chronology.COLUMN_WHO: 760,
                chronology.COLUMN_CATEGORY: 660,
            },
        )
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().lineSpacing() * 2 + 8)
        self.ui.chronologySplitter.setStretchFactor(0, 3)
        self.ui.chronologySplitter.setStretchFactor(1, 2)
        for combo in (self.ui.categoryFilter, self.ui.kindFilter):
            combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToContents)
        table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.ui.categoryFilter.currentIndexChanged.connect(self._filter_changed)
        self.ui.kindFilter.currentIndexChanged.connect(self._filter_changed)

    def _connect_buttons(self) -> None:
        ui = self.ui
        ui.backButton.clicked.connect(self.back_requested)
        ui.accessButton.clicked.connect(self._access_clicked)
        ui.familyCheck.toggled.connect(self._family_toggled)
        for button, action in (
            (ui.decisionButton, self.decisions.ask_for_decision),
            (ui.signOffButton, self.decisions.ask_for_sign_off),
            (ui.actionButton, self.work.ask_for_action),
            (ui.contactButton, self.work.ask_for_contact),
            (ui.meetingButton, self.meetings.ask_for_meeting),
            (ui.referralButton, self.work.ask_for_referral),
            (ui.exportButton, self.packs.ask_for_export),
            (ui.transferButton, self.packs.ask_for_transfer),
            (ui.attachButton, self.documents.ask_to_attach),
            (ui.documentButton, self.documents.ask_to_view_document),
            (ui.fileStatusButton, self.front_sheet.ask_for_file_status),
            (ui.agencyButton, self.front_sheet.ask_for_agency_status),
            (ui.mobilityButton, self.front_sheet.ask_for_mobility),
            (ui.peopleButton, self.front_sheet.ask_for_people),
            (ui.factsButton, self.front_sheet.ask_for_referral_facts),
            (ui.closeButton, self.follow_ups.ask_to_close),
            (ui.doneButton, self.follow_ups.ask_action_done),
            (ui.chaseButton, self.follow_ups.ask_to_chase),
            (ui.outcomeButton, self.follow_ups.ask_for_outcome),
        ):
            button.clicked.connect(action)

    # --- opening ----------------------------------------------------------------------------------------------

    def open_child(self, pupil_id: str, select: str = "", family: bool = False) -> None:
        """Open a child's file (in the background; written to the access audit) and select a row if given."""
        self._opening = (pupil_id, select, family)
        self._shell.changes.fresh(self)  # read afresh now: a change it was hidden for needs no second reading
        if self._view is None or self._view.pupil_id != pupil_id:
            self.clear()
            self.ui.titleLabel.setText(_tr("Opening the file…"))
        self._load(pupil_id, family, select, audit=True)

    def _load(self, pupil_id: str, family: bool, select: str, *, audit: bool, notice: str | None = "") -> None:
        signed_in = self._shell.signed_in()
        if signed_in is None:
            return

        def failed(error: BaseException) -> None:
            self.notice(error_words(error, _tr("The file could not be opened.")))

        if self._controller is not None and self._controller.ready():  # from the folded workspace, as a job on it
            self._controller.run(
                lambda session, workspace: load_file_view(session, pupil_id, family, audit=audit, workspace=workspace),
                lambda view: self._show(view, select, notice),
                failed,
                self._set_busy,
            )
            return
        session = signed_in.session
        self._shell.run_op(
            lambda: load_file_view(session, pupil_id, family, audit=audit),
            lambda view: self._show(view, select, notice),
            failed,
            self._set_busy,
        )

    def reopen(self) -> None:
        """Open the same file again (after an unlock: a new viewing, so audited again)."""
        if self._opening is not None:
            pupil_id, select, family = self._opening
            self.open_child(pupil_id, select, family)

    def view(self) -> FileView | None:
        return self._view

    def _concerns_me(self, changes: Changes) -> bool:
        """Whether a change touches the file shown: this child, a child of their family, or the households."""
        view = self._view
        if view is None:
            return False
        family = (*view.file.pupil_ids, *family_of(view.state.lead, view.pupil_id))
        return changes.households or changes.touches_child(family)

    def _redraw(self) -> None:
        """Assemble the file shown again (not a new viewing: not audited), keeping the row and the notice."""
        view = self._view
        if view is not None:
            self._load(view.pupil_id, view.family, self.selected_entry_id(), audit=False, notice=None)

    def _show(self, view: FileView, select: str, notice: str | None) -> None:
        """Show an assembled file, selecting `select` (else the row selected); `notice` None keeps what is said."""
        keep = select or self.selected_entry_id()
        self._view = view
        self._opening = (view.pupil_id, keep, view.family)
        opened = view.file
        today = date.today()
        self.ui.titleLabel.setText(opened.front_sheet.pupil.full_name)
        self.ui.subtitleLabel.setText(subtitle(opened, today))
        self.ui.familyCheck.blockSignals(True)
        self.ui.familyCheck.setChecked(view.family)
        self._explain_family(True)
        self.ui.familyCheck.blockSignals(False)
        self.ui.frontSheetBrowser.setHtml(front_sheet_html(opened, today))
        self.ui.workBrowser.setHtml(work_html(opened, view.state, view.category_map, now_utc()))
        flags: dict[str, list[str]] = {}
        for flag in opened.flags:
            flags.setdefault(flag.at_entry, []).append(flag.reason)
        children = opened.pupil_names if len(opened.pupil_ids) > 1 else {}
        self.model.set_items(opened.chronology, flags, view.category_map, children)
        self.ui.chronologyTable.setColumnHidden(ChronologyModel.COLUMN_CHILD, not self.model.is_family())
        self._fill_filters(view)
        self.bodymap.set_history(opened.bodymap)
        if keep and not self.select_entry(keep):
            keep = ""
        if not keep and self.model.rowCount():
            last = self._proxy.index(self._proxy.rowCount() - 1, 0)
            self.ui.chronologyTable.setCurrentIndex(last)
            self.ui.chronologyTable.scrollTo(last)
        if notice is not None:
            self.notice(notice)
        self._update_controls()

    def clear(self) -> None:
        """Forget the file (on lock, or before opening another): no child data stays on the page."""
        self._view = None
        self.model.clear()
        self.bodymap.clear()
        for browser in (self.ui.frontSheetBrowser, self.ui.workBrowser, self.ui.recordBrowser):
            browser.clear()
        for label in (self.ui.titleLabel, self.ui.subtitleLabel, self.ui.noticeLabel, self.ui.countLabel):
            label.clear()
        for combo in (self.ui.categoryFilter, self.ui.kindFilter):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self._update_controls()

    def forget(self) -> None:
        """On lock: clear, but remember which file to open again for the same person."""
        self.clear()
        self.dialogs.slot.close()

    # --- chronology -------------------------------------------------------------------------------------------

    def _fill_filters(self, view: FileView) -> None:
        categories = view.category_map
        fill_combo(
            self.ui.categoryFilter,
            [(_tr("All categories"), "")] + [(category_name(categories, c), c) for c in self.model.category_codes()],
            self.ui.categoryFilter.currentData() or "",
        )
        fill_combo(
            self.ui.kindFilter,
            [(_tr("All kinds"), "")] + [(kind_words(k), k) for k in self.model.kinds()],
            self.ui.kindFilter.currentData() or "",
        )
        self._filter_changed()

    def set_filter(self, category: str = "", kind: str = "") -> None:
        """Choose the category and kind filters by code ("" for all), as the combo boxes do."""
        self.ui.categoryFilter.setCurrentIndex(max(0, self.ui.categoryFilter.findData(category)))
        self.ui.kindFilter.setCurrentIndex(max(0, self.ui.kindFilter.findData(kind)))

    def _filter_changed(self, _index: int = 0) -> None:
        category = self.ui.categoryFilter.currentData() or ""
        kind = self.ui.kindFilter.currentData() or ""
        self._proxy.set_filter([category] if category else [], [kind] if kind else [])
        total, shown = self.model.rowCount(), self._proxy.rowCount()
        self.ui.countLabel.setText(_tr("{shown} of {total} rows").format(shown=shown, total=total) if total else "")
        if shown and not self.ui.chronologyTable.currentIndex().isValid():
            self.ui.chronologyTable.setCurrentIndex(self._proxy.index(shown - 1, 0))
        self._show_record()

    def select_entry(self, entry_id: str) -> bool:
        row = self.model.row_for(entry_id)
        if row < 0:
            return False
        index = self._proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.ui.chronologyTable.setCurrentIndex(index)
        self.ui.chronologyTable.scrollTo(index)
        return True

    def show_concern_in_chronology(self, concern_id: str) -> bool:
        """Switch to the chronology with a concern's row selected (clearing the filters when they hide it)."""
        if not self.select_entry(concern_id):
            self.set_filter()
            if not self.select_entry(concern_id):
                return False
        self.ui.tabs.setCurrentWidget(self.ui.chronologyTab)
        self.ui.chronologyTable.setFocus()
        return True

    def _concern_text(self, concern_id: str) -> str:
        """A concern in full for the body-map history's reading pane."""
        view = self._view
        concern = view.state.concerns.get(concern_id) if view is not None else None
        if view is None or concern is None:
            return ""
        return concern_html(view.state, concern, view.category_map)

    def selected_entry_id(self) -> str:
        index = self.ui.chronologyTable.currentIndex()
        return index.data(ChronologyModel.EntryIdRole) or "" if index.isValid() else ""

    def selected_concern_id(self) -> str:
        index = self.ui.chronologyTable.currentIndex()
        return index.data(ChronologyModel.ConcernIdRole) or "" if index.isValid() else ""

    def _row_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_record()
        self._update_controls()

    def _show_record(self) -> None:
        view = self._view
        index = self.ui.chronologyTable.currentIndex()
        item = index.data(ChronologyModel.ItemRole) if index.isValid() else None
        if view is None or item is None:
            self.ui.recordBrowser.clear()
            return
        flags = self.model.flags_at(item.entry_id)
        self.ui.recordBrowser.setHtml(record_html(view.state, item, flags, view.category_map))

    # --- the lead's work --------------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_controls()

    def notice(self, text: str) -> None:
        """Say something under the file (what was recorded, or why not)."""
        self.ui.noticeLabel.setText(text)

    def open_dialog(self) -> QDialog | None:
        return self.dialogs.slot.dialog()

    def preview_dialog(self) -> DocumentPreviewDialog | None:
        return self.documents.preview_dialog()

    def _update_controls(self) -> None:
        ready = self._view is not None and not self._busy
        has_concerns = (
            ready and self._view is not None and any(c.closed_outcome is None for c in self._view.file.concerns)
        )
        self.ui.decisionButton.setEnabled(has_concerns)
        self.ui.referralButton.setEnabled(has_concerns)
        for button in (self.ui.actionButton, self.ui.contactButton, self.ui.meetingButton, self.ui.exportButton,
                       self.ui.transferButton,
                       self.ui.accessButton, self.ui.fileStatusButton, self.ui.agencyButton,
                       self.ui.mobilityButton, self.ui.peopleButton, self.ui.factsButton):  # fmt: skip
            button.setEnabled(ready)
        self.ui.attachButton.setEnabled(ready)
        self.ui.documentButton.setEnabled(ready and bool(self.documents.selected_document_id()))
        to_sign = decision_to_sign(self._view, self.selected_concern_id()) if ready else None
        self.ui.signOffButton.setEnabled(to_sign is not None and not to_sign[1])
        self.ui.signOffButton.setToolTip(
            _tr("You made this decision: a different designated lead must sign it off.")
            if to_sign is not None and to_sign[1]
            else _tr("Agree with or challenge another lead's decision on the selected concern")
        )
        self._explain_family(ready)
        follow = follow_ups(self._view, self.selected_item())
        for name, button in (
            ("close", self.ui.closeButton),
            ("done", self.ui.doneButton),
            ("chase", self.ui.chaseButton),
            ("outcome", self.ui.outcomeButton),
        ):
            button.setVisible(name in follow)
            button.setEnabled(ready)  # fmt: skip

    def selected_item(self) -> ChronologyItem | None:
        index = self.ui.chronologyTable.currentIndex()
        return index.data(ChronologyModel.ItemRole) if index.isValid() else None

    def _explain_family(self, ready: bool) -> None:
        """The family chronology is offered only for a child in a linked household; when it is not, say why."""
        linked = bool(self._view and self._view.file.front_sheet.household_ids)
        self.ui.familyCheck.setEnabled(ready and linked)
        if linked or self._view is None:
            self.ui.familyCheck.setText(_tr("Famil&y chronology"))
            self.ui.familyCheck.setToolTip(_tr("One chronology for every child in this child's household"))
        else:
            self.ui.familyCheck.setText(_tr("Family chronology: no household linked"))
            self.ui.familyCheck.setToolTip(
                _tr("This child is in no household yet. Link brothers and sisters on the Families page (Ctrl+4) to "
                    "see their files as one chronology.")
            )  # fmt: skip
        self.ui.familyCheck.setAccessibleDescription(self.ui.familyCheck.toolTip())

    def _access_clicked(self) -> None:
        if self._view is not None:
            self.access_requested.emit(self._view.pupil_id)

    def _family_toggled(self, family: bool) -> None:
        view = self._view
        if view is not None and not self._busy:
            self.open_child(view.pupil_id, self.selected_entry_id(), family)
