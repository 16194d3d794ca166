"""Allegations against staff, for the head and the holders the head names: the list with outcome and retention, the
allegation chosen, its outcome, and (for the head) the key and who holds it. Shown only to those who may hold it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QDate, QItemSelection, Qt
from PySide6.QtWidgets import QHeaderView, QInputDialog, QMessageBox, QWidget

from desktop_app.domain.allegations import OUTCOME_WORDS, Allegation, Outcome
from desktop_app.domain.records import Role
from desktop_app.services import allegations as service
from desktop_app.services.allegations_head import HeadNow, hand_over, take_over, the_head
from desktop_app.services.allegations_opened import Opening, open_allegation
from desktop_app.services.changes import Changed, Changes
from desktop_app.services.errors import NotPermitted
from desktop_app.services.session import Session
from desktop_app.ui.forms.ui_lead_allegations import Ui_LeadAllegationsPage
from desktop_app.ui.i18n import translate
from desktop_app.ui.lead.allegation_dialog import AllegationDialog
from desktop_app.ui.lead.bodymap_history_model import SortProxy
from desktop_app.ui.lead.common import LeadShell, error_words
from desktop_app.ui.table_base import RowsModel

R = TypeVar("R")
ALLEGATIONS = Changes(allegations=True)


def _tr(text: str) -> str:
    return translate("AllegationsPage", text)


class AllegationsModel(RowsModel[Allegation]):
    """One allegation a row: when, who it is about, who raised it, the LADO's reference, outcome, kept until."""

    COLUMN_DATE, COLUMN_STAFF, COLUMN_RAISED, COLUMN_LADO, COLUMN_OUTCOME, COLUMN_KEEP = range(6)

    def headers(self) -> list[str]:
        return [_tr("Made"), _tr("Member of staff"), _tr("Raised by"), _tr("LADO ref"), _tr("Outcome"),
                _tr("Keep until")]  # fmt: skip

    def text(self, row: Allegation, column: int) -> str:
        outcome, retention = row.outcome, row.retention
        return {
            self.COLUMN_DATE: row.made_on.isoformat(),
            self.COLUMN_STAFF: row.staff_name,
            self.COLUMN_RAISED: row.raised_by,
            self.COLUMN_LADO: row.lado_reference or (_tr("referred") if row.lado_referred else _tr("not referred")),
            self.COLUMN_OUTCOME: outcome.outcome.value if outcome else _tr("none yet"),
            self.COLUMN_KEEP: retention.until.isoformat() if retention.until else _tr("to be removed"),
        }.get(column, "")


def details(allegation: Allegation) -> str:
    """The allegation in full, as plain text."""
    outcome, retention = allegation.outcome, allegation.retention
    lines = [
        _tr("Made {day}; raised by {who}.").format(day=allegation.made_on.isoformat(), who=allegation.raised_by),
        _tr("About {name}{role}.").format(
            name=allegation.staff_name, role=f" ({allegation.staff_role})" if allegation.staff_role else ""
        ),
        _tr("Alleged: {text}").format(text=allegation.alleged),
    ]
    if allegation.children:
        lines.append(_tr("Children (UPN): {upns}").format(upns=", ".join(allegation.children)))
    if allegation.lado_referred:
        lines.append(
            _tr("Referred to the LADO on {day}, reference {ref}.").format(
                day=allegation.lado_referred.isoformat(), ref=allegation.lado_reference or _tr("not given")
            )
        )
    else:
        lines.append(_tr("Not referred to the LADO."))
    if allegation.advice:
        lines.append(_tr("Advice: {text}").format(text=allegation.advice))
    if outcome is not None:
        lines.append(
            _tr("Outcome {day}: {words}").format(day=outcome.on.isoformat(), words=OUTCOME_WORDS[outcome.outcome])
        )
        if outcome.note:
            lines.append(outcome.note)
    until = retention.until.isoformat() if retention.until else _tr("to be removed")
    lines.append(_tr("Retention: {until} ({rule}).").format(until=until, rule=retention.rule))
    return "\n".join(lines)


def openings_words(found: list[Opening]) -> str:
    """Who has opened an allegation, newest first (the allegations' access log)."""
    lines = [_tr("Opened by (newest first):")]
    lines += [f"  {o.at.astimezone():%d %b %Y %H:%M} {o.who} ({o.how})" for o in found[:20]]
    if len(found) > 20:
        lines.append(_tr("  and {count} earlier").format(count=len(found) - 20))
    return "\n".join(lines)


def holders_words(found: tuple[service.Holder, ...]) -> str:
    """Who holds the key, each plainly a person of their own: "2 accounts hold the key: you (a designated lead);
    the head (an oversight account)."."""
    roles = {Role.LEAD: _tr("a designated lead"), Role.OVERSIGHT: _tr("an oversight account")}
    names = [
        _tr("{who} ({role})").format(
            who=_tr("you") if h.is_you else h.username or _tr("the head"), role=roles.get(h.role, h.role.value)
        )
        for h in found
    ]
    count = _tr("1 account holds the key") if len(names) == 1 else _tr("{count} accounts hold the key")
    return _tr("{count}: {names}.").format(count=count.format(count=len(names)), names="; ".join(names))


def head_words(head: HeadNow | None) -> str:
    """ "The head: j.smith (since 2026-11-02)." and, for a take-over, that it followed the former head's account
    being disabled: every holder sees it."""
    if head is None:
        return _tr("There is no head yet: the oversight account that makes the allegations key is the head.")
    who = _tr("you") if head.is_you else head.name or _tr("an oversight account ({id})").format(id=head.account_id[:8])
    words = _tr("The head: {name} (since {day})").format(name=who, day=head.since.isoformat())
    if head.taken_over:
        former = head.former_name or _tr("an oversight account ({id})").format(id=head.former[:8])
        words += _tr(", taken over after the former head's account ({former}) was disabled or demoted").format(
            former=former
        )
    return words + "."


@dataclass(frozen=True, slots=True)
class Loaded:
    """What the page shows: whether this person is the head (`head`), who is (`head_now`), whether they may take
    over, whether a key exists, whether they hold it, who does, and the allegations."""

    head: bool
    has_key: bool
    holds: bool
    holders: tuple[service.Holder, ...]
    allegations: tuple[Allegation, ...]
    head_now: HeadNow | None = None
    may_take_over: bool = False


def load(session: Session) -> Loaded:
    session.refresh()
    head, head_now = service.is_head(session), the_head(session)
    former = session.keybook.accounts.get(head_now.account_id) if head_now is not None else None
    may_take_over = (
        session.role == Role.OVERSIGHT
        and head_now is not None
        and not head_now.is_you
        and (former is None or not former.active or former.role != Role.OVERSIGHT)
    )
    has_key = session.keybook.current_allegations_key is not None
    try:
        record = service.load_allegations(session)
        holders = tuple(service.list_holders(session))
    except NotPermitted:
        return Loaded(head, has_key, False, (), (), head_now, may_take_over)
    ordered = sorted(record.allegations.values(), key=lambda a: (a.made_on, a.allegation_id), reverse=True)
    return Loaded(head, has_key, True, holders, tuple(ordered), head_now, may_take_over)


class AllegationsPage(QWidget):
    """Private state: `_shell`, `model`, `_proxy`, `dialog` (the allegation being recorded, if any)."""

    def __init__(self, shell: LeadShell, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LeadAllegationsPage()
        self.ui.setupUi(self)
        self._shell = shell
        self.model = AllegationsModel(self)
        self._proxy = SortProxy(self)
        self._proxy.setSourceModel(self.model)
        table = self.ui.allegationsView
        table.setModel(self._proxy)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.selectionModel().selectionChanged.connect(self._chosen)
        for outcome in Outcome:
            self.ui.outcomeCombo.addItem(outcome.value.capitalize(), outcome.value)
            self.ui.outcomeCombo.setItemData(self.ui.outcomeCombo.count() - 1, OUTCOME_WORDS[outcome],
                                             Qt.ItemDataRole.ToolTipRole)  # fmt: skip
        today = date.today()
        self.ui.outcomeDateEdit.setDate(QDate(today.year, today.month, today.day))
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.recordButton.clicked.connect(self.ask_for_allegation)
        self.ui.outcomeButton.clicked.connect(self.record_outcome)
        self.ui.makeKeyButton.clicked.connect(self.make_key)
        self.ui.addHolderButton.clicked.connect(lambda: self._holder(service.add_holder))
        self.ui.removeHolderButton.clicked.connect(lambda: self._holder(service.remove_holder))
        self.ui.handOverButton.clicked.connect(self.ask_hand_over)
        self.ui.takeOverButton.clicked.connect(self.ask_take_over)
        self.dialog: AllegationDialog | None = None
        self.loaded: Loaded | None = None
        self._show_controls(None)
        shell.changes.subscribe_page(self, lambda changes: changes.allegations, self.refresh, reads_when_shown=True)

    # --- reading -------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        signed_in = self._shell.signed_in()
        if signed_in is None:
            return
        session = signed_in.session
        self._shell.run_op(lambda: load(session), self.show_loaded, self._failed)

    def show_loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self.model.set_rows(list(loaded.allegations))
        self.ui.detailView.clear()
        self._show_controls(loaded)

    def _show_controls(self, loaded: Loaded | None) -> None:
        ui = self.ui
        head = loaded is not None and loaded.head
        holds = loaded is not None and loaded.holds
        ui.makeKeyButton.setVisible(head and not loaded.has_key if loaded else False)
        for holder in (ui.holderEdit, ui.addHolderButton, ui.removeHolderButton, ui.handOverButton):
            holder.setVisible(head and holds)
        ui.takeOverButton.setVisible(loaded is not None and loaded.may_take_over)
        ui.headLabel.setText(head_words(loaded.head_now) if loaded is not None else "")
        for control in (ui.recordButton, ui.outcomeButton, ui.outcomeCombo, ui.outcomeDateEdit, ui.outcomeNoteEdit):
            control.setEnabled(holds)
        if loaded is None:
            ui.holdersLabel.setText("")
        elif not loaded.has_key:
            ui.holdersLabel.setText(_tr("The head has not made the allegations key yet."))
        elif not holds:
            ui.holdersLabel.setText(_tr("You have not been given the allegations key."))
        else:
            ui.holdersLabel.setText(holders_words(loaded.holders))

    def _chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        """The chosen allegation is opened in full in the background: the opening is written to the allegations'
        access log, and the detail shows who has opened it."""
        chosen, signed_in = self.chosen(), self._shell.signed_in()
        self.ui.detailView.clear()
        if chosen is None or signed_in is None:
            return
        session, wanted = signed_in.session, chosen.allegation_id

        def shown(result: tuple[Allegation, list[Opening]]) -> None:
            now = self.chosen()
            if now is not None and now.allegation_id == wanted:  # still the one chosen
                self.ui.detailView.setPlainText(details(result[0]) + "\n" + openings_words(result[1]))

        self._shell.run_op(lambda: open_allegation(session, wanted, "opened in the window"), shown, self._failed)

    def chosen(self) -> Allegation | None:
        rows = self.ui.allegationsView.selectionModel().selectedRows()
        if not rows:
            return None
        row = self._proxy.mapToSource(rows[0]).row()
        found = self.model.data(self.model.index(row, 0), RowsModel.RowRole)
        return found if isinstance(found, Allegation) else None

    def clear(self) -> None:
        """On lock: nothing of any allegation stays on the page."""
        self.loaded = None
        self.model.set_rows([])
        self.ui.detailView.clear()
        self.ui.outcomeNoteEdit.clear()
        self.ui.messageLabel.clear()
        self._show_controls(None)
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None

    # --- acting --------------------------------------------------------------------------------------------------

    def _act(self, work: Callable[[Session], R], said: Callable[[R], str]) -> None:
        """Run a change to the register or its key; the page redraws from what it changed (`Changes.allegations`)."""
        signed_in = self._shell.signed_in()
        if signed_in is None:
            return
        session = signed_in.session
        self._shell.run_write(lambda: Changed(work(session), ALLEGATIONS), lambda r: self._say(said(r)), self._failed)

    def _say(self, message: str) -> None:
        self.ui.messageLabel.setText(message)

    def _failed(self, error: BaseException) -> None:
        self.ui.messageLabel.setText(error_words(error, _tr("That could not be done; nothing was written.")))

    def make_key(self) -> None:
        self._act(service.create_allegations_key, lambda _r: _tr("The allegations key is made; only you hold it."))

    def _holder(self, change: Callable[[Session, str], object]) -> None:
        username = self.ui.holderEdit.text().strip()
        if not username:
            self.ui.messageLabel.setText(_tr("Type the username of the lead first."))
            return
        adding = change is service.add_holder
        said = (
            _tr("{name} now holds the allegations key.")
            if adding
            else _tr("{name} no longer holds the allegations key: a new key was made without them.")
        )
        self._act(lambda session: change(session, username), lambda _r: said.format(name=username))
        self.ui.holderEdit.clear()

    def ask_hand_over(self) -> None:
        username, ok = QInputDialog.getText(
            self, _tr("Hand over to…"), _tr("Username of the oversight account to become the head:")
        )
        if ok and username.strip():
            self.hand_over_to(username.strip())

    def hand_over_to(self, username: str) -> None:
        """The head hands the role over: from then on only the new head's changes to the key count."""
        said = _tr("{name} is now the head; only their changes to the allegations key count from now on.")
        self._act(lambda session: hand_over(session, username), lambda _r: said.format(name=username))

    def ask_take_over(self) -> None:
        asked = QMessageBox.question(
            self,
            _tr("Take over as the head"),
            _tr("The head's account is disabled. Take over as the head? Every holder will see that you took over."),
        )
        if asked == QMessageBox.StandardButton.Yes:
            self.take_over_now()

    def take_over_now(self) -> None:
        signed_in = self._shell.signed_in()
        if signed_in is None:
            return
        username = signed_in.me.username
        said = _tr("You are now the head; a new allegations key was made for you and the holders.")
        self._act(lambda session: take_over(session, username), lambda _r: said)

    def record_outcome(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            self.ui.messageLabel.setText(_tr("Choose an allegation first."))
            return
        outcome = str(self.ui.outcomeCombo.currentData())
        day = self.ui.outcomeDateEdit.date()
        on, note = date(day.year(), day.month(), day.day()), self.ui.outcomeNoteEdit.text()

        def work(session: Session) -> str:
            return service.record_outcome(session, chosen.allegation_id, outcome, on, note)

        self._act(work, lambda _r: _tr("Outcome recorded: {outcome}.").format(outcome=outcome))
        self.ui.outcomeNoteEdit.clear()

    def ask_for_allegation(self) -> None:
        dialog = AllegationDialog(self)
        self.dialog = dialog
        dialog.save_requested.connect(lambda: self._save_allegation(dialog))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None) if self.dialog is dialog else None)
        dialog.open()

    def _save_allegation(self, dialog: AllegationDialog) -> None:
        try:
            fields = dialog.fields()
        except ValueError as exc:
            dialog.show_problem(str(exc))
            return
        signed_in = self._shell.signed_in()
        if signed_in is None:
            return
        session = signed_in.session

        def saved(recorded: service.Recorded) -> None:
            dialog.accept()
            self._say(recorded.notice or _tr("Allegation recorded; only the key's holders can read it."))

        def failed(error: BaseException) -> None:
            dialog.show_problem(error_words(error, _tr("The allegation could not be saved; nothing was written.")))

        self._shell.run_write(
            lambda: Changed(service.record_allegation(session, **fields), ALLEGATIONS), saved, failed, dialog.set_busy
        )
