"""The triage queue page: what needs a lead now, by risk then time, with the urgent alert and what is new since
the lead last looked; acknowledging, categorising, owning, signing off."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QHeaderView, QWidget

from desktop_app.domain.ids import short_reference
from desktop_app.domain.triage.items import Clock, Stage, TriageItem
from desktop_app.services.changes import Changed, Changes
from desktop_app.services.decisions import sign_off_decision
from desktop_app.services.folded import LeadWorkspace
from desktop_app.services.session import Session
from desktop_app.services.triage import (
    acknowledge,
    assign_owner,
    mark_queue_seen,
    new_count,
    set_category,
    urgent_items,
)
from desktop_app.ui.fit_columns import FitColumns
from desktop_app.ui.forms.ui_lead_queue import Ui_LeadQueuePage
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.category_dialog import CategoryDialog
from desktop_app.ui.lead.common import category_name, error_words, fill_combo, person_words, when_text, when_width
from desktop_app.ui.lead.dialog_slot import DialogSlot, Start
from desktop_app.ui.lead.queue_imports import QueueImports
from desktop_app.ui.lead.queue_model import TriageQueueModel, TriageQueueProxy, clock_words, stage_words
from desktop_app.ui.lead.sign_off_dialog import SignOffDialog, decision_name
from desktop_app.ui.lead.workspace import LeadWorkspaceController, QueueView, R


def _tr(text: str) -> str:
    return translate("TriageQueuePage", text)


SIGN_OFF_STAGES = (Stage.AWAITING_SECOND_LEAD, Stage.CHALLENGED)


def _seen(session: Session, workspace: LeadWorkspace, key: str, result: R) -> R:
    """After the lead acted on an item (in the same job): it is no longer new to them."""
    mark_queue_seen(session, workspace, [key])
    return result


def _changes(item: TriageItem) -> Changes:
    """What acting on a queue item changes: the child's file, and what is new to this lead."""
    return Changes(children=frozenset({item.pupil_id}) if item.pupil_id else frozenset(), queue_seen=True)


OpenFile = Callable[[str, str], None]  # (pupil id, entry id to select in the chronology)


class TriageQueuePage(QWidget):
    """The queue table, the selected item in full, and the lead's actions on it.

    The queue is the workspace's view: it redraws with every `view_changed` (after each job, the page's own writes
    and any other view's change that concerns the workspace). Bringing records in is `imports` (`QueueImports`).

    Private state: `_controller` (the workspace: every action is a job on it), `_open_file`, `_view` (the last
    snapshot), `_model`, `_proxy`, `_busy`, `_slot` (the open category, sign-off or import dialog).
    """

    def __init__(self, controller: LeadWorkspaceController, open_file: OpenFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LeadQueuePage()
        self.ui.setupUi(self)
        self._controller = controller
        self._open_file = open_file
        self._view: QueueView | None = None
        self._busy = False
        self._slot = DialogSlot(self._notice)
        self.imports = QueueImports(controller, self._slot, self.window)
        self._alerted: set[str] = set()  # urgent concerns already alerted in this window (the banner stays)
        self.model = TriageQueueModel(self)
        self._proxy = TriageQueueProxy(self)
        self._proxy.setSourceModel(self.model)
        self._set_up_table()
        table = self.ui.queueTable
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        table.activated.connect(self._activated)
        self.ui.openFileButton.clicked.connect(self.open_selected_file)
        self.ui.acknowledgeButton.clicked.connect(self.acknowledge_selected)
        self.ui.categoryButton.clicked.connect(self.ask_for_category)
        self.ui.ownerButton.clicked.connect(self.assign_selected_owner)
        self.ui.signOffButton.clicked.connect(self.ask_for_sign_off)
        self.ui.refreshButton.clicked.connect(controller.refresh)
        self.ui.markSeenButton.clicked.connect(self.mark_all_seen)
        self.ui.receiveButton.clicked.connect(self.imports.ask_for_transfer_in)
        self.ui.rosterButton.clicked.connect(self.imports.ask_for_roster)
        self.ui.attendanceButton.clicked.connect(self.imports.ask_for_attendance)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, controller.refresh)
        controller.view_changed.connect(self.show_view)
        controller.cleared.connect(self.clear)
        controller.loading.connect(self._loading)
        self._update_controls()

    def _set_up_table(self) -> None:
        table = self.ui.queueTable
        table.setModel(self._proxy)
        table.sortByColumn(TriageQueueModel.COLUMN_CLOCK, Qt.SortOrder.AscendingOrder)
        bold = QFont(table.font())
        bold.setBold(True)  # rows new since the lead last looked are bold: the date must fit them too
        when = when_width(QFontMetrics(bold))
        queue = TriageQueueModel
        # No sideways scrolling at 1024 wide: the pupil's name whole, the rest shares what is left; who recorded it
        # and when are in the pane below when the table is narrow.
        self._fit = FitColumns(
            table,
            name_column=queue.COLUMN_PUPIL,
            fixed={queue.COLUMN_CLOCK: when, queue.COLUMN_RECORDED_AT: when},
            weights={
                queue.COLUMN_STAGE: 1.0,
                queue.COLUMN_FLAGS: 1.8,
                queue.COLUMN_CATEGORY: 0.8,
                queue.COLUMN_SUMMARY: 2.0,
                queue.COLUMN_RECORDED_BY: 1.0,
                queue.COLUMN_OWNER: 0.9,
            },
            minimums={queue.COLUMN_STAGE: 90, queue.COLUMN_FLAGS: 140, queue.COLUMN_SUMMARY: 140},
            hide_below={queue.COLUMN_RECORDED_AT: 1250, queue.COLUMN_RECORDED_BY: 1150},
        )
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().lineSpacing() * 2 + 8)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 1)

    # --- showing the queue ------------------------------------------------------------------------------------

    def show_view(self, view: QueueView) -> None:
        """Show a fresh snapshot, keeping the selected item selected if it is still in the queue."""
        keep = self.selected_item()
        self._view = view
        self.ui.trustBanner.setText("\n".join(view.warnings))
        self.ui.trustBanner.setVisible(bool(view.warnings))
        self.model.set_items(view.items, view.category_map)
        fill_combo(  # names only: "Priya Sharma (Designa…" was cut at 1024x768; the job title is the tooltip
            self.ui.ownerCombo,
            [(m.full_name, m.account_id) for m in view.leads],
            self.ui.ownerCombo.currentData() or view.account_id,
        )
        for index, member in enumerate(view.leads):
            self.ui.ownerCombo.setItemData(index, person_words(member), Qt.ItemDataRole.ToolTipRole)
        overdue = sum(1 for item in view.items if item.clock == Clock.RED)
        soon = sum(1 for item in view.items if item.clock == Clock.AMBER)
        fresh = new_count(view.items)
        if view.items:
            self.ui.summaryLabel.setText(
                (
                    _tr("1 item needs a lead: {overdue} overdue, {soon} due soon, {new} new since you last looked. "
                        "Updated {when}.")
                    if len(view.items) == 1
                    else _tr("{count} items need a lead: {overdue} overdue, {soon} due soon, {new} new since you last "
                             "looked. Updated {when}.")
                ).format(
                    count=len(view.items), overdue=overdue, soon=soon, new=fresh,
                    when=view.taken_at.astimezone().strftime("%H:%M"),
                )
            )  # fmt: skip
        else:
            self.ui.summaryLabel.setText(_tr("Nothing needs a lead just now."))
        self.ui.markSeenButton.setEnabled(fresh > 0)
        self._show_urgent(view)
        if (keep is None or not self.select(keep.entry_id)) and self.model.rowCount():
            self.ui.queueTable.setCurrentIndex(self._proxy.index(0, 0))
        self._update_controls()

    def _show_urgent(self, view: QueueView) -> None:
        """The alert: every concern ticked urgent that no lead has acknowledged, with who ticked it, in a banner
        above the queue; a newly found one also asks the desktop for attention (the taskbar flashes)."""
        urgent = urgent_items(view.items)
        words = _tr("URGENT: a concern about {pupil}, marked urgent by {who} at {when}, is waiting to be acknowledged.")
        lines = [
            words.format(pupil=item.pupil_name, who=item.urgent_by, when=when_text(item.recorded_at)) for item in urgent
        ]
        self.ui.urgentBanner.setText("\n".join(lines))
        self.ui.urgentBanner.setVisible(bool(lines))
        found = {item.concern_id for item in urgent} - self._alerted
        self._alerted |= found
        if found and self.window() is not None:
            QApplication.alert(self.window())

    def urgent_alert(self) -> str:
        """The urgent banner's words while it is shown, else ""."""
        return self.ui.urgentBanner.text() if self.ui.urgentBanner.isVisibleTo(self) else ""

    def mark_all_seen(self) -> None:
        """The lead has looked at the whole queue: the NEW markers go (kept for this lead on this PC, sealed)."""
        if self._view is None or self._busy:
            return
        self._controller.write(
            lambda session, workspace: Changed(mark_queue_seen(session, workspace), Changes(queue_seen=True)),
            lambda _left: self._notice(_tr("Every item in the queue is marked as seen.")),
            self._refused(_tr("Could not mark the queue as seen.")),
            self._set_busy,
        )

    def _mark_seen(self, item: TriageItem) -> None:
        if not item.new:
            return
        key = item.key
        self._controller.run(lambda session, workspace: mark_queue_seen(session, workspace, [key]))

    def clear(self) -> None:
        """Drop every row and the details (on lock)."""
        self._view = None
        self._alerted.clear()
        self.ui.urgentBanner.clear()
        self.ui.urgentBanner.setVisible(False)
        self.model.clear()
        self.ui.ownerCombo.clear()
        self.ui.detailsBrowser.clear()
        self.ui.summaryLabel.clear()
        self.ui.noticeLabel.clear()
        self.ui.trustBanner.clear()
        self.ui.trustBanner.setVisible(False)
        self._update_controls()

    def _loading(self, loading: bool) -> None:
        if loading and self._view is None:
            self.ui.summaryLabel.setText(_tr("Reading the school's records…"))

    def select(self, entry_id: str) -> bool:
        row = self.model.row_for(entry_id)
        if row < 0:
            return False
        index = self._proxy.mapFromSource(self.model.index(row, 0))
        self.ui.queueTable.setCurrentIndex(index)
        self.ui.queueTable.scrollTo(index)
        return True

    def selected_item(self) -> TriageItem | None:
        index = self.ui.queueTable.currentIndex()
        item = index.data(TriageQueueModel.ItemRole) if index.isValid() else None
        return item if isinstance(item, TriageItem) else None

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_controls()

    def _activated(self, _index: QModelIndex) -> None:
        self.open_selected_file()

    def _mine(self, item: TriageItem) -> bool:
        """True when the signed-in lead made the decision this item is about (so cannot sign it off)."""
        view = self._view
        decision = view.decisions.get(item.entry_id) if view else None
        return decision is not None and view is not None and decision.by == view.account_id

    def _update_controls(self) -> None:
        item = self.selected_item()
        view = self._view
        idle = not self._busy and view is not None
        concern = item is not None and bool(item.concern_id)
        self.ui.openFileButton.setEnabled(item is not None and bool(item.pupil_id) and idle)
        self.ui.acknowledgeButton.setEnabled(concern and item is not None and item.stage == Stage.NEW and idle)
        self.ui.categoryButton.setEnabled(concern and idle)
        self.ui.ownerCombo.setEnabled(concern and idle and self.ui.ownerCombo.count() > 0)
        self.ui.ownerButton.setEnabled(concern and idle and self.ui.ownerCombo.count() > 0)
        can_sign = (
            item is not None and item.stage in SIGN_OFF_STAGES and item.entry_id in (view.decisions if view else {})
        )
        mine = can_sign and item is not None and self._mine(item)
        self.ui.signOffButton.setEnabled(can_sign and not mine and idle)
        self.ui.signOffButton.setToolTip(
            _tr("You made this decision: a different designated lead must sign it off.")
            if mine
            else _tr("Agree with or challenge a decision another lead made")
        )
        self.ui.detailsBrowser.setHtml(self._details_html(item) if item is not None else "")

    def _details_html(self, item: TriageItem) -> str:
        view = self._view
        categories = view.category_map if view else {}
        clock = clock_words(item.clock)
        lines = [
            f"<h3>{html.escape(stage_words(item.stage))}: {html.escape(item.pupil_name)}</h3>",
            _paragraph(
                _tr("{clock}; due {due}.").format(clock=clock, due=when_text(item.due_at)) if item.due_at else clock
            ),
            _paragraph(
                _tr("Recorded by {who}, {recorded}; it happened {occurred}.").format(
                    who=item.recorded_by, recorded=when_text(item.recorded_at), occurred=when_text(item.occurred_at)
                )
            ),
        ]
        if item.category:
            lines.append(
                _paragraph(
                    _tr("Category: {category}. Reference {reference}.").format(
                        category=category_name(categories, item.category),
                        reference=short_reference(item.concern_id or item.entry_id),
                    )
                )
            )
        lines.append(_paragraph(item.summary))
        if item.acknowledged_by and item.acknowledged_at:
            lines.append(
                _paragraph(
                    _tr("Acknowledged by {who}, {when}.").format(
                        who=item.acknowledged_by, when=when_text(item.acknowledged_at)
                    )
                )
            )
        if item.owner:
            lines.append(_paragraph(_tr("Owner: {who}").format(who=item.owner)))
        lines.extend(self._decision_html(item))
        if item.reopened:
            lines.append(_paragraph(item.reopened, bold=True))
        if item.risk:
            risk = "".join(f"<li>{html.escape(reason)}</li>" for reason in item.risk)
            lines.append(f"{_paragraph(_tr('At the top because'), bold=True)}<ul>{risk}</ul>")
        if item.flags:
            flags = "".join(f"<li>{html.escape(reason)}</li>" for reason in item.flags)
            lines.append(f"{_paragraph(_tr('Red flags'), bold=True)}<ul>{flags}</ul>")
        return "".join(lines)

    def _decision_html(self, item: TriageItem) -> list[str]:
        """The decision awaiting a second lead (or challenged by one), and whether it is this lead's own."""
        view = self._view
        decision = view.decisions.get(item.entry_id) if view else None
        if decision is None or view is None:
            return []
        by = view.staff_by_id.get(decision.by)
        who = person_words(by) if by else _tr("unknown account")
        words = (
            _tr("Decision: {decision}, by {who}: awaiting a second lead.")
            if item.stage == Stage.AWAITING_SECOND_LEAD
            else _tr("Decision: {decision}, by {who}: challenged by a second lead.")
        )
        lines = [_paragraph(words.format(decision=decision_name(decision.decision), who=who), bold=True)]
        if self._mine(item):
            lines.append(_paragraph(_tr("You made this decision: a different designated lead must sign it off.")))
        return lines

    # --- the lead's actions -----------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_controls()

    def _notice(self, text: str) -> None:
        self.ui.noticeLabel.setText(text)

    def _refused(self, fallback: str) -> Callable[[BaseException], None]:
        return lambda error: self._notice(error_words(error, fallback))

    def open_selected_file(self) -> None:
        item = self.selected_item()
        if item is not None and item.pupil_id and not self._busy:
            self._mark_seen(item)
            self._open_file(item.pupil_id, item.concern_id)

    def acknowledge_selected(self) -> None:
        item = self.selected_item()
        if item is None or not item.concern_id or item.stage != Stage.NEW or self._busy:
            return
        concern_id, pupil, key, changes = item.concern_id, item.pupil_name, item.key, _changes(item)
        self._controller.write(
            lambda session, workspace: Changed(
                _seen(session, workspace, key, acknowledge(session, workspace.state, concern_id)), changes
            ),
            lambda _entry_id: self._notice(
                _tr("Acknowledged the concern about {pupil}; its author will see that.").format(pupil=pupil)
            ),
            self._refused(_tr("The acknowledgement could not be saved.")),
            self._set_busy,
        )

    def assign_selected_owner(self) -> None:
        item = self.selected_item()
        owner_id = self.ui.ownerCombo.currentData()
        if item is None or not item.concern_id or not owner_id or self._busy:
            return
        concern_id, owner, key, changes = item.concern_id, self.ui.ownerCombo.currentText(), item.key, _changes(item)
        self._controller.write(
            lambda session, workspace: Changed(
                _seen(session, workspace, key, assign_owner(session, workspace.state, concern_id, owner_id)), changes
            ),
            lambda _entry_id: self._notice(_tr("{owner} now owns the concern.").format(owner=owner)),
            self._refused(_tr("The owner could not be saved.")),
            self._set_busy,
        )

    def ask_for_category(self) -> None:
        item = self.selected_item()
        view = self._view
        if item is None or not item.concern_id or view is None or self._slot.is_open():
            return
        about = _tr("The concern about {pupil}, recorded {when}, is now in: {category}.").format(
            pupil=item.pupil_name,
            when=when_text(item.recorded_at),
            category=category_name(view.category_map, item.category),
        )
        dialog = CategoryDialog(about, view.categories, item.category, self.window())
        concern_id, changes = item.concern_id, _changes(item)

        def prepare() -> Start[str]:
            category, reason = dialog.category(), dialog.reason()

            def work(session: Session, workspace: LeadWorkspace) -> Changed[str]:
                return Changed(set_category(session, workspace.state, concern_id, category, reason), changes)

            return lambda success, failure, busy: self._controller.write(work, success, failure, busy)

        self._slot.open_write(
            dialog, prepare, lambda _entry_id: _tr("The category is saved."), _tr("The category could not be saved.")
        )

    def ask_for_sign_off(self) -> None:
        item = self.selected_item()
        view = self._view
        if item is None or view is None or self._slot.is_open():
            return
        decision = view.decisions.get(item.entry_id)
        if decision is None:
            return
        if decision.by == view.account_id:
            self._notice(_tr("You made this decision: a different designated lead must sign it off."))
            return
        by = view.staff_by_id.get(decision.by)
        about = _tr("A decision about {pupil} needs a second lead.").format(pupil=item.pupil_name)
        dialog = SignOffDialog(about, decision, person_words(by) if by else _tr("unknown account"), self.window())
        decision_id, key, changes = decision.entry_id, item.key, _changes(item)

        def prepare() -> Start[bool]:
            agrees, comment = dialog.agrees(), dialog.comment()

            def work(session: Session, workspace: LeadWorkspace) -> Changed[bool]:
                sign_off_decision(session, workspace.state, decision_id, agrees, comment)
                return Changed(_seen(session, workspace, key, agrees), changes)

            return lambda success, failure, busy: self._controller.write(work, success, failure, busy)

        self._slot.open_write(
            dialog,
            prepare,
            lambda agreed: _tr("Signed off: the decision stands.") if agreed else _tr("Challenge recorded."),
            _tr("The sign-off could not be saved."),
        )

    def open_dialog(self) -> QDialog | None:
        return self._slot.dialog()


def _paragraph(text: str, *, bold: bool = False) -> str:
    """`text` escaped as one HTML paragraph (in bold: a heading over what follows)."""
    return f"<p><b>{html.escape(text)}</b></p>" if bold else f"<p>{html.escape(text)}</p>"
