"""The oversight dashboard page: counts and clocks only (no names, no text), with bar charts drawn by hand."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.domain.lead.concern_records import DecisionType
from desktop_app.domain.oversight import Dashboard
from desktop_app.services.changes import Changed, Changes
from desktop_app.services.erasure import ErasedFile, erase_file
from desktop_app.services.errors import NotPermitted
from desktop_app.services.oversight import ensure_oversight_key, load_dashboard
from desktop_app.services.retention import (
    RetentionList,
    close_for_erasure,
    hold_file,
    retention_list,
    review_file,
)
from desktop_app.services.triage import open_workspace, refresh_workspace
from desktop_app.ui.forms.ui_lead_dashboard import Ui_LeadDashboardPage
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.charts import Bar, BarChart
from desktop_app.ui.lead.common import LeadShell, error_words
from desktop_app.ui.lead.decision_dialog import decision_type_words
from desktop_app.ui.lead.governors_dialog import GovernorsReportDialog
from desktop_app.ui.lead.retention_dialog import RetentionDialog, closed_child_words
from desktop_app.ui.lead.workspace import is_lead

if TYPE_CHECKING:  # the report loads the PDF stack: imported when a report is made, not at start-up
    from desktop_app.services.governors import MadeReport


def _tr(text: str) -> str:
    return translate("DashboardPage", text)


def hours_words(hours: float | None) -> str:
    """A clock in words: `—` when there is none, minutes under an hour, hours under two days, else days."""
    if hours is None:
        return "—"
    if hours < 1:
        return _tr("{minutes} min").format(minutes=round(hours * 60))
    if hours < 48:
        return _tr("{hours} h").format(hours=f"{hours:.1f}")
    return _tr("{days} days").format(days=f"{hours / 24:.1f}")


def _decision(code: str) -> str:
    try:
        return decision_type_words(DecisionType(code))
    except ValueError:
        return code


class DashboardPage(QWidget):
    """Counts and clocks from the metrics entries (services/oversight.py). A lead whose school has no dashboard
    key yet can make it here. It counts again when shown, and while shown when a change touches records, the
    oversight key or allegations (`_concerns_me`). Private state: `_shell`, `_dashboard` (the last one shown), the
    two charts."""

    def __init__(self, shell: LeadShell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LeadDashboardPage()
        self.ui.setupUi(self)
        self._shell = shell
        self._dashboard: Dashboard | None = None
        self.decisions_chart = BarChart(_tr("Decisions by type"), _tr("No decisions recorded yet."), self)
        self.clocks_chart = BarChart(_tr("Waiting and overdue"), _tr("Nothing is waiting."), self)
        self.ui.decisionsBoxLayout.addWidget(self.decisions_chart)
        self.ui.clocksBoxLayout.addWidget(self.clocks_chart)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.setupButton.clicked.connect(self.set_up)
        self.ui.governorsButton.clicked.connect(self.ask_for_governors_report)
        self.ui.setupButton.hide()
        self.ui.retentionButton.clicked.connect(self.ask_for_retention_review)
        self.ui.governorsButton.hide()
        self.ui.retentionButton.hide()
        self.ui.allegationsButton.hide()  # shown by `offer_allegations` to the head and the holders only
        self.governors_dialog: GovernorsReportDialog | None = None
        self.retention_dialog: RetentionDialog | None = None
        self.retention_confirm: QMessageBox | None = None  # asked before a file is closed for erasure
        self.ui.messageLabel.hide()
        shell.changes.subscribe_page(self, _concerns_me, self.refresh, reads_when_shown=True)

    def refresh(self) -> None:
        """Count again (in the background): opens only the metrics entries, never a record."""
        signed_in = self._shell.signed_in()
        if signed_in is None:
            return
        session = signed_in.session
        self.ui.governorsButton.setVisible(is_lead(session))  # a lead's report: governors see the counts here
        self.ui.retentionButton.setVisible(is_lead(session))  # names children: a lead's only
        self._shell.run_op(lambda: load_dashboard(session), self.show_dashboard, self._not_shown, self._busy)

    def offer_allegations(self, show: Callable[[], None]) -> None:
        """Show the button to the allegations page (the head's and the holders'; it has no button in the navigation
        row, which has no room for it at 1024 pixels beside a lead's pages)."""
        self.ui.allegationsButton.clicked.connect(show)
        self.ui.allegationsButton.show()

    def _busy(self, busy: bool) -> None:
        self.ui.refreshButton.setEnabled(not busy)
        self.ui.setupButton.setEnabled(not busy)

    def _not_shown(self, error: BaseException) -> None:
        signed_in = self._shell.signed_in()
        lead = signed_in is not None and is_lead(signed_in.session)
        if isinstance(error, NotPermitted) and lead:
            self._message(
                _tr("The school has no oversight dashboard yet. Set it up to keep counts from now on (and for "
                    "everything already recorded); then an oversight account can be given them.")
            )  # fmt: skip
            self.ui.setupButton.show()
        else:
            self._message(error_words(error, _tr("The dashboard could not be read.")))

    def _message(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))

    def set_up(self) -> None:
        """A lead makes the school's oversight key; the counts for what is already recorded are written too."""
        signed_in = self._shell.signed_in()
        if signed_in is None or not is_lead(signed_in.session):
            return
        session = signed_in.session

        def made(_key_id: str) -> None:
            self.ui.setupButton.hide()
            self._message("")

        self._shell.run_write(
            lambda: Changed(ensure_oversight_key(session), Changes(oversight=True)), made, self._not_shown, self._busy
        )

    def ask_for_governors_report(self) -> None:
        """A lead makes the termly report for governors (counts only; see services/governors.py)."""
        signed_in = self._shell.signed_in()
        if signed_in is None or not is_lead(signed_in.session) or self.governors_dialog is not None:
            return
        session, today = signed_in.session, date.today()
        suggested = Path.home() / f"{_tr('Safeguarding report for governors')} {today.isoformat()}.pdf"
        dialog = GovernorsReportDialog(suggested, today, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.governors_dialog = dialog

        def save() -> None:
            path, password, day = dialog.path(), dialog.password(), dialog.term_day()  # the password is never kept

            def made(report: MadeReport) -> None:
                dialog.accept()
                self._message(
                    _tr("The {term} report for governors is written to {path}.").format(
                        term=report.term.name, path=report.path
                    )
                )

            def refused(error: BaseException) -> None:
                dialog.show_problem(error_words(error, _tr("The report could not be written.")))

            def op() -> MadeReport:
                from desktop_app.services.governors import make_governors_report  # the PDF stack, when first used

                return make_governors_report(session, open_workspace(session), path, password, day=day)

            self._shell.run_op(op, made, refused, dialog.set_busy)

        def finished(_result: int) -> None:
            self.governors_dialog = None

        dialog.save_requested.connect(save)
        dialog.finished.connect(finished)
        dialog.open()

    def ask_for_retention_review(self) -> None:
        """A lead's yearly retention review: the list is read in the background, then each decision is written
        and the list read again (services/retention.py)."""
        signed_in = self._shell.signed_in()
        if signed_in is None or not is_lead(signed_in.session) or self.retention_dialog is not None:
            return
        session = signed_in.session

        def listed() -> RetentionList:
            workspace = open_workspace(session)
            refresh_workspace(session, workspace, save=False)
            return retention_list(session, workspace.state)

        def opened(found: RetentionList) -> None:
            dialog = RetentionDialog(found, self.window())
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.retention_dialog = dialog
            dialog.save_requested.connect(lambda: self._record_retention(dialog))
            dialog.erase_requested.connect(lambda: self._ask_to_erase(dialog))
            dialog.finished.connect(self._retention_closed)
            dialog.open()

        def refused(error: BaseException) -> None:
            self._message(error_words(error, _tr("The retention review could not be read.")))

        self._shell.run_op(listed, opened, refused, self._busy)

    def _retention_closed(self, _result: int) -> None:
        self.retention_dialog = None

    def _record_retention(self, dialog: RetentionDialog) -> None:
        """Write the decision made in the dialog; closing a file for erasure is asked about first."""
        row = dialog.chosen()
        if row is None:
            return
        if dialog.decision() != "close":
            self._write_retention(dialog)
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            _tr("Close this file for erasure?"),
            _tr("Close {name}'s file for erasure?").format(name=row.pupil.full_name),
            QMessageBox.StandardButton.Cancel,
            dialog,
        )
        box.setInformativeText(
            _tr("The file will show nowhere in the app, on any PC, once they have synced; this cannot be undone "
                "here. Export it first if the school keeps a copy. Closed only, its keys are not destroyed: its "
                "encrypted entries stay in every store, on the hub and in backups.\n\n"
                "Close and erase also destroys its file keys, here now and on the hub and every PC as they sync: "
                "its records written under them never open again. Records written before file keys existed are "
                "only closed; backups made before, transfer bundles already sent and a PC that never syncs again "
                "keep the keys.")
        )  # fmt: skip
        confirm = box.addButton(_tr("Close the file"), QMessageBox.ButtonRole.DestructiveRole)
        erase = box.addButton(_tr("Close and erase"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.retention_confirm = box

        def answered(_result: int) -> None:
            self.retention_confirm = None
            if box.clickedButton() is confirm:
                self._write_retention(dialog)
            elif box.clickedButton() is erase:
                self._write_retention(dialog, erase=True)

        box.finished.connect(answered)
        box.open()

    def _ask_to_erase(self, dialog: RetentionDialog) -> None:
        """Erase a file closed earlier (its keys destroyed), asked about first with Cancel the default."""
        child = dialog.chosen_closed()
        if child is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            _tr("Erase this closed file?"),
            _tr("Erase the closed file of {child}?").format(child=closed_child_words(child)),
            QMessageBox.StandardButton.Cancel,
            dialog,
        )
        box.setInformativeText(
            _tr("Its file keys are destroyed here now, and on the hub and every PC as they sync: its records "
                "written under them never open again, for anyone. Records written before file keys existed are "
                "only closed; backups made before, transfer bundles already sent and a PC that never syncs again "
                "keep the keys.")
        )  # fmt: skip
        erase = box.addButton(_tr("Erase the file"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.retention_confirm = box

        def answered(_result: int) -> None:
            self.retention_confirm = None
            if box.clickedButton() is erase:
                self._erase_closed(dialog, child.pupil_id)

        box.finished.connect(answered)
        box.open()

    def _erase_closed(self, dialog: RetentionDialog, pupil_id: str) -> None:
        """Erase a closed file (its keys destroyed); the dialog then says how many records no longer open."""
        signed_in = self._shell.signed_in()
        if signed_in is None:
            return
        session = signed_in.session

        def op() -> Changed[tuple[ErasedFile, RetentionList]]:
            workspace = open_workspace(session)
            refresh_workspace(session, workspace, save=False)
            erased = erase_file(session, workspace.state, pupil_id)
            refresh_workspace(session, workspace, save=False)
            return Changed((erased, retention_list(session, workspace.state)), Changes(every_child=True))

        def done(result: tuple[ErasedFile, RetentionList]) -> None:
            erased, listed = result
            dialog.show_list(listed)
            dialog.show_problem(
                _tr("Erased: {erased} records can no longer be opened; {before} written before file keys are only "
                    "closed.").format(erased=erased.erased, before=erased.only_closed)
            )  # fmt: skip

        def refused(error: BaseException) -> None:
            dialog.show_problem(error_words(error, _tr("The file could not be erased.")))

        self._shell.run_write(op, done, refused, dialog.set_busy)

    def _write_retention(self, dialog: RetentionDialog, *, erase: bool = False) -> None:
        signed_in = self._shell.signed_in()
        row = dialog.chosen()
        if signed_in is None or row is None:
            return
        session, pupil_id = signed_in.session, row.pupil.pupil_id
        decision, reason, until = dialog.decision(), dialog.reason(), dialog.until()

        def op() -> Changed[RetentionList]:
            workspace = open_workspace(session)
            refresh_workspace(session, workspace, save=False)
            if decision == "close":
                close_for_erasure(session, workspace.state, pupil_id)
            elif decision == "hold":
                hold_file(session, workspace.state, pupil_id, reason)
            else:
                keep = decision == "keep"
                review_file(session, workspace.state, pupil_id, keep=keep, reason=reason, until=until if keep else None)
            refresh_workspace(session, workspace, save=False)
            closed = decision == "close"  # the child leaves every view: households, the queue, search, patterns
            changes = Changes(every_child=True, households=True) if closed else Changes.of_child(pupil_id)
            return Changed(retention_list(session, workspace.state), changes)

        def refused(error: BaseException) -> None:
            dialog.show_problem(error_words(error, _tr("The decision could not be recorded.")))

        def written(listed: RetentionList) -> None:
            dialog.show_list(listed)
            if erase:  # closed: now its keys, as "Erase this file…" does for a file closed earlier
                self._erase_closed(dialog, pupil_id)

        self._shell.run_write(op, written, refused, dialog.set_busy)

    def dashboard(self) -> Dashboard | None:
        return self._dashboard

    def show_dashboard(self, dashboard: Dashboard) -> None:
        self._dashboard = dashboard
        self._message("")
        self.ui.setupButton.hide()
        ui = self.ui
        ui.openValue.setText(str(dashboard.open_concerns))
        ui.unacknowledgedValue.setText(
            _tr("{count} ({overdue} overdue)").format(
                count=dashboard.unacknowledged, overdue=dashboard.overdue_acknowledgements
            )
        )
        ui.medianValue.setText(hours_words(dashboard.median_hours_to_acknowledge))
        ui.worstValue.setText(hours_words(dashboard.worst_hours_to_acknowledge))
        ui.overdueValue.setText(str(dashboard.overdue_items))
        ui.awaitingOutcomeValue.setText(
            _tr("{count} ({overdue} late)").format(
                count=dashboard.referrals_awaiting_outcome, overdue=dashboard.referrals_overdue
            )
        )
        ui.secondLeadValue.setText(str(dashboard.awaiting_second_lead))
        ui.actionsValue.setText(str(dashboard.actions_overdue))
        ui.updatedLabel.setText(
            _tr("Counted {when}; {concerns} concerns recorded in all.").format(
                when=dashboard.generated_at.astimezone().strftime("%d %b %Y %H:%M"), concerns=dashboard.concerns
            )
        )
        self.decisions_chart.set_bars(
            [Bar(_decision(code), count) for code, count in dashboard.decisions_by_type.items()]
        )
        self.clocks_chart.set_bars(
            [
                Bar(_tr("Not yet acknowledged"), dashboard.unacknowledged),
                Bar(_tr("Acknowledgement overdue"), dashboard.overdue_acknowledgements, alert=True),
                Bar(_tr("Awaiting a second lead"), dashboard.awaiting_second_lead, alert=True),
                Bar(_tr("Referrals awaiting an outcome"), dashboard.referrals_awaiting_outcome),
                Bar(_tr("Referral responses overdue"), dashboard.referrals_overdue, alert=True),
                Bar(_tr("Actions overdue"), dashboard.actions_overdue, alert=True),
            ]
        )

    def clear(self) -> None:
        """On lock: the counts hold no names, but nothing is left on screen behind the lock either."""
        self._dashboard = None
        for label in (
            self.ui.openValue, self.ui.unacknowledgedValue, self.ui.medianValue, self.ui.worstValue,
            self.ui.overdueValue, self.ui.awaitingOutcomeValue, self.ui.secondLeadValue, self.ui.actionsValue,
        ):  # fmt: skip
            label.setText("—")
        self.ui.updatedLabel.clear()
        self.decisions_chart.set_bars([])
        self.clocks_chart.set_bars([])


def _concerns_me(changes: Changes) -> bool:
    """The counts and clocks: any child's records, the oversight key, allegations."""
    return changes.touches_records() or changes.oversight or changes.allegations
