"""The child's file page: front sheet, chronology with each record in full, body-map history, and the lead's work."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from desktop_app.domain import bodymap
from desktop_app.domain.decisions import open_flags
from desktop_app.domain.lead.child_file import ChildFile, child_file
from desktop_app.domain.records import SchoolState
from desktop_app.domain.taxonomy import Category
from desktop_app.services.concerns import file_state, read_child_file
from desktop_app.services.decisions import (
    DecisionRecorded,
    add_action,
    record_agency_contact,
    record_decision,
    record_referral,
    sign_off_decision,
)
from desktop_app.services.directory import categories as school_categories
from desktop_app.services.session import Session
from desktop_app.services.uow import now_utc
from desktop_app.ui.forms.ui_lead_child_file import Ui_LeadChildFilePage
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.bodymap_history import BodyMapHistoryView
from desktop_app.ui.lead.chronology_model import ChronologyModel, ChronologyProxy, kind_words
from desktop_app.ui.lead.common import LeadShell, category_name, error_words, fill_combo, person_words
from desktop_app.ui.lead.decision_dialog import DecisionDialog
from desktop_app.ui.lead.dialog_base import LeadDialog
from desktop_app.ui.lead.export_pack_dialog import ExportPackDialog
from desktop_app.ui.lead.file_html import front_sheet_html, record_html, subtitle, work_html
from desktop_app.ui.lead.sign_off_dialog import SignOffDialog
from desktop_app.ui.lead.work_dialogs import ActionDialog, AgencyContactDialog, ReferralDialog


def _tr(text: str) -> str:
    return translate("ChildFilePage", text)


Job = Callable[[Session, SchoolState], Any]


@dataclass(frozen=True, slots=True)
class FileView:
    """An opened file and what its dialogs need. `state` holds only this family's entries and the staff profiles;
    it is never changed once made (a reload makes a new one), so the GUI may read it."""

    pupil_id: str
    family: bool
    file: ChildFile
    state: SchoolState
    owners: tuple[tuple[str, str], ...]
    account_id: str
    categories: tuple[Category, ...]

    @property
    def category_map(self) -> dict[str, Category]:
        return {c.code: c for c in self.categories}


def load_file_view(session: Session, pupil_id: str, family: bool, *, audit: bool) -> FileView:
    """Read a child's file (and their family's entries). With `audit`, it is an opening: the access audit records
    it (the service does); without, it is the same viewing redrawn after the lead recorded something."""
    state = file_state(session, pupil_id)
    if audit:
        opened = read_child_file(session, pupil_id, family=family, state=state)
    else:
        opened = child_file(state, pupil_id, now_utc(), family=family, region_name=bodymap.region_name)
    accounts = session.keybook.accounts
    owners = tuple(
        (person_words(m), m.account_id)
        for m in sorted(state.staff.values(), key=lambda m: m.full_name.casefold())
        if (a := accounts.get(m.account_id)) is not None and a.active
    )
    return FileView(pupil_id, family, opened, state, owners, session.account_id, tuple(school_categories(state)))


class ChildFilePage(QWidget):
    """One child's file. Opening it is audited; recording a decision, action, contact or referral redraws it.

    Signals: `back_requested`; `access_requested(pupil_id)` (show who looked at this file); `recorded` (something
    was written: the queue should refresh).

    Private state: `_shell`, `_view` (None until opened, and after a lock), `_opening` (pupil id, entry to select,
    family: what to open again after an unlock), `_busy`, `_dialog`, the models and the body-map view.
    """

    back_requested = Signal()
    access_requested = Signal(str)
    recorded = Signal()

    def __init__(self, shell: LeadShell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LeadChildFilePage()
        self.ui.setupUi(self)
        self._shell = shell
        self._view: FileView | None = None
        self._opening: tuple[str, str, bool] | None = None
        self._busy = False
        self._dialog: LeadDialog | None = None
        self.model = ChronologyModel(self)
        self._proxy = ChronologyProxy(self)
        self._proxy.setSourceModel(self.model)
        table = self.ui.chronologyTable
        table.setModel(self._proxy)
        table.sortByColumn(ChronologyModel.COLUMN_WHEN, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (ChronologyModel.COLUMN_WHEN, 130),
            (ChronologyModel.COLUMN_CHILD, 120),
            (ChronologyModel.COLUMN_KIND, 120),
            (ChronologyModel.COLUMN_WHAT, 280),
            (ChronologyModel.COLUMN_CATEGORY, 110),
            (ChronologyModel.COLUMN_WHO, 170),
            (ChronologyModel.COLUMN_ACTION, 160),
            (ChronologyModel.COLUMN_FLAGS, 220),
        ):
            table.setColumnWidth(column, width)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().lineSpacing() * 2 + 8)
        self.ui.chronologySplitter.setStretchFactor(0, 3)
        self.ui.chronologySplitter.setStretchFactor(1, 2)
        self.bodymap = BodyMapHistoryView(self)
        self.ui.bodyMapLayout.addWidget(self.bodymap)
        table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.ui.categoryFilter.currentIndexChanged.connect(self._filter_changed)
        self.ui.kindFilter.currentIndexChanged.connect(self._filter_changed)
        self.ui.backButton.clicked.connect(self.back_requested)
        self.ui.accessButton.clicked.connect(self._access_clicked)
        self.ui.familyCheck.toggled.connect(self._family_toggled)
        self.ui.decisionButton.clicked.connect(self.ask_for_decision)
        self.ui.signOffButton.clicked.connect(self.ask_for_sign_off)
        self.ui.actionButton.clicked.connect(self.ask_for_action)
        self.ui.contactButton.clicked.connect(self.ask_for_contact)
        self.ui.referralButton.clicked.connect(self.ask_for_referral)
        self.ui.exportButton.clicked.connect(self.ask_for_export)
        self.clear()

    # --- opening ----------------------------------------------------------------------------------------------

    def open_child(self, pupil_id: str, select: str = "", family: bool = False) -> None:
        """Open a child's file (in the background; written to the access audit) and select a row if given."""
        self._opening = (pupil_id, select, family)
        if self._view is None or self._view.pupil_id != pupil_id:
            self.clear()
            self.ui.titleLabel.setText(_tr("Opening the file…"))
        self._load(pupil_id, family, select, audit=True)

    def _load(self, pupil_id: str, family: bool, select: str, *, audit: bool, notice: str = "") -> None:
        signed_in = self._shell.signed_in()
        if signed_in is None:
            return
        session = signed_in.session
        self._shell.run_op(
            lambda: load_file_view(session, pupil_id, family, audit=audit),
            lambda view: self._show(view, select, notice),
            lambda error: self._notice(error_words(error, _tr("The file could not be opened."))),
            self._set_busy,
        )

    def reopen(self) -> None:
        """Open the same file again (after an unlock: a new viewing, so audited again)."""
        if self._opening is not None:
            pupil_id, select, family = self._opening
            self.open_child(pupil_id, select, family)

    def view(self) -> FileView | None:
        return self._view

    def _show(self, view: FileView, select: str, notice: str) -> None:
        keep = select or self.selected_entry_id()
        self._view = view
        self._opening = (view.pupil_id, keep, view.family)
        opened = view.file
        today = date.today()
        self.ui.titleLabel.setText(opened.front_sheet.pupil.full_name)
        self.ui.subtitleLabel.setText(subtitle(opened, today))
        self.ui.familyCheck.blockSignals(True)
        self.ui.familyCheck.setChecked(view.family)
        self.ui.familyCheck.setEnabled(bool(opened.front_sheet.household_ids))
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
        self._notice(notice)
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
        if self._dialog is not None:
            self._dialog.reject()

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

    def _notice(self, text: str) -> None:
        self.ui.noticeLabel.setText(text)

    def _decision_to_sign(self) -> tuple[Any, bool] | None:
        """The standing decision on the selected row's concern if it still needs a second lead, and whether it is
        the signed-in lead's own."""
        view = self._view
        concern_id = self.selected_concern_id()
        if view is None or not concern_id:
            return None
        status = next((c for c in view.file.concerns if c.concern.concern_id == concern_id), None)
        if status is None or status.decision is None or status.decision.complete:
            return None
        return status.decision.decision, status.decision.decision.by == view.account_id

    def _update_controls(self) -> None:
        ready = self._view is not None and not self._busy
        has_concerns = (
            ready and self._view is not None and any(c.closed_outcome is None for c in self._view.file.concerns)
        )
        self.ui.decisionButton.setEnabled(has_concerns)
        self.ui.referralButton.setEnabled(has_concerns)
        for button in (self.ui.actionButton, self.ui.contactButton, self.ui.exportButton, self.ui.accessButton):
            button.setEnabled(ready)
        to_sign = self._decision_to_sign() if ready else None
        self.ui.signOffButton.setEnabled(to_sign is not None and not to_sign[1])
        self.ui.signOffButton.setToolTip(
            _tr("You made this decision: a different designated lead must sign it off.")
            if to_sign is not None and to_sign[1]
            else _tr("Agree with or challenge another lead's decision on the selected concern")
        )
        self.ui.familyCheck.setEnabled(ready and bool(self._view and self._view.file.front_sheet.household_ids))

    def _concern_items(self) -> list[tuple[str, str]]:
        view = self._view
        if view is None:
            return []
        items = []
        for status in reversed(view.file.concerns):
            if status.closed_outcome is not None:
                continue
            concern = status.concern
            first = concern.what_happened.strip().splitlines()[0] if concern.what_happened.strip() else ""
            first = first if len(first) <= 60 else first[:59] + "…"
            when = concern.occurred_at.astimezone().strftime("%d %b %Y")
            items.append(
                (f"{when} · {category_name(view.category_map, status.category)} · {first}", concern.concern_id)
            )
        return items

    def _about(self) -> str:
        view = self._view
        return view.file.front_sheet.pupil.full_name if view else ""

    def _open_dialog(self, dialog: LeadDialog, prepare: Callable[[], Job], done: Callable[[Any], str],
                     fallback: str) -> None:  # fmt: skip
        """Show `dialog`. On Save, `prepare()` reads the dialog (on the GUI thread) and gives the job; the job runs
        in the background with the session and the file's state, then the dialog closes, the file is redrawn and
        `done(result)` is said. On a refusal the dialog stays open with the service's sentence."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            signed_in, view = self._shell.signed_in(), self._view
            if signed_in is None or view is None:
                dialog.show_problem(_tr("The file is still opening; try again in a moment."))
                return
            session, state, job = signed_in.session, view.state, prepare()
            pupil_id, family = view.pupil_id, view.family

            def op() -> tuple[Any, FileView]:
                result = job(session, state)
                return result, load_file_view(session, pupil_id, family, audit=False)

            def saved(outcome: tuple[Any, FileView]) -> None:
                result, fresh = outcome
                dialog.accept()
                self._show(fresh, "", done(result))
                self.recorded.emit()

            self._shell.run_op(op, saved, lambda error: dialog.show_problem(error_words(error, fallback)),
                               dialog.set_busy)  # fmt: skip

        dialog.save_requested.connect(save)
        dialog.finished.connect(self._dialog_finished)
        self._dialog = dialog
        dialog.open()

    def open_dialog(self) -> LeadDialog | None:
        return self._dialog

    def _dialog_finished(self, _result: int) -> None:
        self._dialog = None

    def ask_for_decision(self) -> None:
        view = self._view
        if view is None or self._dialog is not None:
            return
        file, state = view.file, view.state

        def open_reasons(concern_id: str) -> list[str]:
            return [f.reason for f in open_flags(state, file.flags, concern_id)]

        dialog = DecisionDialog(
            _tr("A decision about {pupil}. The rationale is part of the record: why this decision, on what "
                "information.").format(pupil=self._about()),
            self._concern_items(),
            open_reasons,
            self.selected_concern_id(),
            self.window(),
        )  # fmt: skip

        def work() -> Job:
            concern_id, decision, rationale = dialog.concern_id(), dialog.decision(), dialog.rationale()
            return lambda session, state: record_decision(session, state, concern_id, decision, rationale)

        def done(result: DecisionRecorded) -> str:
            if result.needs_second_lead:
                return _tr(
                    "Decision recorded. It is not a referral while a red flag is open, so a second lead must sign it "
                    "off: it shows as awaiting a second lead in the queue until a different lead does."
                )
            return _tr("Decision recorded.")

        self._open_dialog(dialog, work, done, _tr("The decision could not be saved."))

    def ask_for_sign_off(self) -> None:
        view = self._view
        to_sign = self._decision_to_sign()
        if view is None or to_sign is None or self._dialog is not None:
            return
        decision, mine = to_sign
        if mine:
            self._notice(_tr("You made this decision: a different designated lead must sign it off."))
            return
        by = view.state.staff.get(decision.by)
        dialog = SignOffDialog(
            _tr("A decision about {pupil} needs a second lead.").format(pupil=self._about()),
            decision,
            person_words(by) if by else _tr("unknown account"),
            self.window(),
        )
        decision_id = decision.entry_id

        def work() -> Job:
            agrees, comment = dialog.agrees(), dialog.comment()
            return lambda session, state: sign_off_decision(session, state, decision_id, agrees, comment)

        self._open_dialog(dialog, work, lambda _r: _tr("Sign-off recorded."), _tr("The sign-off could not be saved."))

    def ask_for_action(self) -> None:
        view = self._view
        if view is None or self._dialog is not None:
            return
        dialog = ActionDialog(
            _tr("An action about {pupil}: what, who, by when.").format(pupil=self._about()),
            view.owners,
            self._concern_items(),
            owner=view.account_id,
            concern=self.selected_concern_id(),
            parent=self.window(),
        )
        pupil_id = view.pupil_id

        def work() -> Job:
            text, owner, due, concern = dialog.text(), dialog.owner_id(), dialog.due(), dialog.concern_id()
            return lambda session, state: add_action(session, state, pupil_id, text, owner, due, concern)

        self._open_dialog(dialog, work, lambda _r: _tr("Action added."), _tr("The action could not be saved."))

    def ask_for_contact(self) -> None:
        view = self._view
        if view is None or self._dialog is not None:
            return
        dialog = AgencyContactDialog(
            _tr("A conversation with another agency about {pupil}. Use full names and roles, never initials.").format(
                pupil=self._about()
            ),
            self._concern_items(),
            concern=self.selected_concern_id(),
            parent=self.window(),
        )
        pupil_id = view.pupil_id

        def work() -> Job:
            who, organisation, said = dialog.who(), dialog.organisation(), dialog.said()
            when, concern = dialog.when(), dialog.concern_id()
            return lambda session, state: record_agency_contact(session, state, pupil_id, who, organisation, said,
                                                                when, concern)  # fmt: skip

        self._open_dialog(dialog, work, lambda _r: _tr("Contact recorded."), _tr("The contact could not be saved."))

    def ask_for_referral(self) -> None:
        view = self._view
        if view is None or self._dialog is not None:
            return
        days = view.file.settings.referral_response_working_days
        expected = (
            _tr("A response is expected within 1 working day; the queue asks for a chase when it slips.")
            if days == 1
            else _tr("A response is expected within {days} working days; the queue asks for a chase when it slips.")
        ).format(days=days)
        dialog = ReferralDialog(
            _tr("A referral about {pupil} to another agency.").format(pupil=self._about()),
            self._concern_items(),
            expected,
            concern=self.selected_concern_id(),
            parent=self.window(),
        )

        def work() -> Job:
            concern, agency, reference, made = (
                dialog.concern_id(),
                dialog.agency(),
                dialog.reference(),
                dialog.made_at(),
            )
            return lambda session, state: record_referral(session, state, concern, agency, reference, made)

        self._open_dialog(dialog, work, lambda _r: _tr("Referral recorded."), _tr("The referral could not be saved."))

    def ask_for_export(self) -> None:
        view = self._view
        if view is None or self._dialog is not None:
            return
        from desktop_app.services.referral import ReferralOptions, export_referral_pack

        upn = view.file.front_sheet.pupil.upn
        suggested = Path.home() / f"referral-pack-{date.today().isoformat()}.pdf"
        dialog = ExportPackDialog(
            _tr("The referral pack for {pupil}: the front sheet, chronology, body maps, red flags and decisions, "
                "as a password-protected PDF. The export is written to the file's access audit.").format(
                pupil=self._about()),
            suggested,
            ReferralOptions().marking,
            self.window(),
        )  # fmt: skip

        def work() -> Job:
            path, options, password = dialog.path(), dialog.options(), dialog.password()  # the password is never kept
            return lambda session, state: export_referral_pack(session, upn, path, password, options, state=state)

        def done(pack: Any) -> str:
            return _tr("Referral pack {pack} written to {path} ({entries} records); the export is in the file's "
                       "access audit.").format(pack=pack.pack_id, path=pack.path, entries=pack.entries)  # fmt: skip

        self._open_dialog(dialog, work, done, _tr("The pack could not be written."))

    def _access_clicked(self) -> None:
        if self._view is not None:
            self.access_requested.emit(self._view.pupil_id)

    def _family_toggled(self, family: bool) -> None:
        view = self._view
        if view is not None and not self._busy:
            self.open_child(view.pupil_id, self.selected_entry_id(), family)
