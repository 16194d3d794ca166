"""The Audit page: who opened, exported or printed a child's file, and a check of every record in plain words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from desktop_app.domain.records import Pupil
from desktop_app.services.audit import AuditSummary, FileAccessRow, audit_summary, file_access_log
from desktop_app.ui.forms.ui_lead_audit import Ui_LeadAuditPage
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.audit_model import AuditBreaksModel, FileAccessModel
from desktop_app.ui.lead.bodymap_history_model import SortProxy
from desktop_app.ui.lead.common import LeadShell, error_words
from desktop_app.ui.lead.workspace import LeadWorkspaceController, QueueView
from desktop_app.ui.pupil_finder import PupilFinder


def _tr(text: str) -> str:
    return translate("AuditPage", text)


class AuditPage(QWidget):
    """Choose a child to see who looked at their file; "Check the records" runs `verify` off the GUI thread.

    Private state: `_shell`, `_pupil` (whose file is shown), `_roll` (the pupils the finder holds, by id), the
    models.
    """

    def __init__(self, shell: LeadShell, controller: LeadWorkspaceController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LeadAuditPage()
        self.ui.setupUi(self)
        self._shell = shell
        self._pupil: Pupil | None = None
        self._roll: dict[str, Pupil] = {}
        self.finder = PupilFinder(parent=self)
        self.ui.childLayout.addWidget(self.finder)
        self.access = FileAccessModel(self)
        self.breaks = AuditBreaksModel(self)
        self._prepare(self.ui.accessTable, self.access)
        self._prepare(self.ui.breaksTable, self.breaks)
        self.finder.picked.connect(lambda pupil, _keys: self.show_access(pupil))
        self.ui.checkButton.clicked.connect(self.check_records)
        controller.view_changed.connect(self._view_changed)
        controller.cleared.connect(self.clear)
        self.ui.accessLabel.setText(_tr("Choose a child to see who has opened, exported or printed their file."))

    def _prepare(self, table: QTableView, model: FileAccessModel | AuditBreaksModel) -> None:
        proxy = SortProxy(self)
        proxy.setSourceModel(model)
        table.setModel(proxy)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)

    def _view_changed(self, view: QueueView) -> None:
        if len(view.pupils) != len(self._roll):  # the roll changed: the finder searches the new one
            self._roll = {p.pupil_id: p for p in view.pupils}
            self.finder.set_pupils(view.pupils)

    def clear(self) -> None:
        """On lock: no names, no file's audit stays on the page."""
        self._pupil, self._roll = None, {}
        self.finder.set_pupils([])
        self.finder.clear()
        self.access.clear()
        self.breaks.clear()
        self.ui.headlineLabel.clear()
        self.ui.noticeLabel.clear()

    def show_access(self, pupil: Pupil | str) -> None:
        """Show who looked at a child's file (a pupil, or a pupil id from the workspace's roll)."""
        if isinstance(pupil, str):
            found = self._roll.get(pupil)
            if found is None:
                return
            pupil = found
            self.finder.set_chosen_upns([pupil.upn])
        signed_in = self._shell.signed_in()
        if signed_in is None:
            return
        self._pupil = pupil
        session, pupil_id = signed_in.session, pupil.pupil_id
        self.ui.accessLabel.setText(_tr("Reading who looked at the file of {pupil}…").format(pupil=pupil.full_name))

        def shown(rows: list[FileAccessRow]) -> None:
            if self._pupil is None or self._pupil.pupil_id != pupil_id:
                return
            self.access.set_rows(rows)
            self.ui.accessLabel.setText(
                (
                    _tr("The file of {pupil}: opened, exported or printed once.")
                    if len(rows) == 1
                    else _tr("The file of {pupil}: opened, exported or printed {count} times, newest first.")
                ).format(pupil=pupil.full_name, count=len(rows))
            )

        def failed(error: BaseException) -> None:
            self.ui.noticeLabel.setText(error_words(error, _tr("The file's audit could not be read.")))

        self._shell.run_op(lambda: file_access_log(session, pupil_id), shown, failed)

    def check_records(self) -> None:
        """Run `verify` over the whole store in the background and say what it found in plain words."""
        signed_in = self._shell.signed_in()
        if signed_in is None:
            return
        session = signed_in.session
        self.ui.headlineLabel.setText(_tr("Checking every record…"))

        def busy(running: bool) -> None:
            self.ui.checkButton.setEnabled(not running)

        def failed(error: BaseException) -> None:
            self.ui.headlineLabel.setText(error_words(error, _tr("The check could not be run.")))

        self._shell.run_op(lambda: audit_summary(session), self.show_summary, failed, busy)

    def show_summary(self, summary: AuditSummary) -> None:
        self.ui.headlineLabel.setText(summary.headline())
        self.ui.headlineLabel.setStyleSheet("" if summary.intact else "color: #8c1d18; font-weight: bold;")
        self.breaks.set_rows(summary.breaks)
