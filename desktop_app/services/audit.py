"""The access audit: who opened, exported or printed a child's file, and the store's own check in plain words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop_app.domain.entries import EntryKind, from_millis
from desktop_app.domain.fold import fold
from desktop_app.domain.records import SchoolState
from desktop_app.services.errors import ServiceError
from desktop_app.services.opening import opened_entries
from desktop_app.services.session import Session
from desktop_app.services.uow import UnitOfWork
from desktop_app.services.verify import CHAIN, Problem, verify_store

_WHAT = {
    EntryKind.FILE_VIEWED: "opened the file",
    EntryKind.FILE_EXPORTED: "exported",
    EntryKind.FILE_PRINTED: "printed",
}
SEARCH_RESULTS = "search results"  # what a look through a search is called in its audit entry (`services.search`)
SEEN_IN_SEARCH = "saw records in search results"
PATTERNS = "patterns across children"  # a look through the patterns page (`services.patterns`)
SEEN_IN_PATTERNS = "saw records in patterns across children"
DOCUMENT = "document"  # a look at (or a copy saved of) an attached document (`services.documents`)


@dataclass(frozen=True, slots=True)
class FileAccessRow:
    """One look at a child's file: when, who (name and role), what they did."""

    entry_id: str
    when: datetime
    who: str
    account_id: str
    action: str
    detail: str


def _action(kind: str, what: str) -> str:
    if kind == EntryKind.FILE_VIEWED:
        return {SEARCH_RESULTS: SEEN_IN_SEARCH, PATTERNS: SEEN_IN_PATTERNS, DOCUMENT: "viewed a document"}.get(
            what, _WHAT[kind]
        )
    return _WHAT.get(kind, kind) + (f" ({what})" if what else "")


def _who(state: SchoolState, account_id: str) -> str:
    member = state.staff.get(account_id)
    if member is None:
        return "unknown account"
    return f"{member.full_name} ({member.job_title or member.role.value})"


def _profiles_and(session: Session, pupil_id: str | None) -> SchoolState:
    """Staff profiles (read by id) and, with `pupil_id`, that child's entries (by the subject index)."""
    log, book = session.store.log, session.keybook
    profiles = [e for e in map(log.get, [k.key_id for a in book.accounts.values() for k in a.keys]) if e is not None]
    roles = {account_id: account.role for account_id, account in book.accounts.items()}
    child = log.sealed_entries(subject=pupil_id) if pupil_id else []
    return fold(opened_entries(session, [*profiles, *child]), roles)


def file_access_log(session: Session, pupil_id: str) -> list[FileAccessRow]:
    """Everyone who opened, exported or printed one child's file, newest first (a lead acts)."""
    session.require_lead()
    session.refresh()
    state = _profiles_and(session, pupil_id)
    rows = [
        FileAccessRow(
            a.entry_id,
            a.at,
            _who(state, a.by),
            a.by,
            _action(a.kind, a.what),
            a.detail,
        )
        for a in state.lead.accesses.values()
        if a.pupil_id == pupil_id
    ]
    rows.sort(key=lambda r: (r.when, r.entry_id), reverse=True)
    return rows


def _record_access(session: Session, kind: str, pupil_id: str, what: str, detail: str) -> str:
    what = " ".join(what.split())
    if not what or len(what) > 200 or len(detail) > 1000:
        raise ServiceError("Say what was exported or printed (up to 200 characters).")
    with UnitOfWork(session) as uow:
        entry_id = uow.audit(kind, pupil_id, what=what, detail=detail.strip())
        uow.commit()
    return entry_id


def record_export(session: Session, pupil_id: str, what: str, detail: str = "") -> str:
    """Audit an export of a child's file (e.g. what="referral pack", detail="to MASH, external version")."""
    return _record_access(session, EntryKind.FILE_EXPORTED, pupil_id, what, detail)


def record_print(session: Session, pupil_id: str, what: str, detail: str = "") -> str:
    """Audit a printing of a child's file."""
    return _record_access(session, EntryKind.FILE_PRINTED, pupil_id, what, detail)


@dataclass(frozen=True, slots=True)
class AuditBreak:
    """One problem `verify` found, in words a lead can act on."""

    entry_id: str
    when: datetime | None
    by: str
    words: str


@dataclass(frozen=True, slots=True)
class AuditSummary:
    entries: int
    opened: int
    breaks: tuple[AuditBreak, ...]

    @property
    def intact(self) -> bool:
        return not self.breaks

    def headline(self) -> str:
        if self.intact:
            return (
                f"All {self.entries:,} entries are intact: every signature and chain checks, and nothing was altered."
            )
        return f"{len(self.breaks)} problem(s) found in {self.entries:,} entries. Each is listed below."


_PLAIN = (
    (
        "designated lead's record",
        "is a lead's record (a decision, closure, acknowledgement or setting) written by "
        "someone who was not a designated lead at the time: it counts for nothing.",
    ),
    ("did not write", "amends a record its author did not write: only a designated lead may amend another's."),
    (
        "at the same time",
        "was written by an account while it was being disabled or its lead role removed: it counts for nothing.",
    ),
    ("dated in the future", "is dated ahead of this computer's clock: it is left out until its time comes."),
    (
        "replaced",
        "was changed after it was written, or replaced: it differs from the copy this computer checked before.",
    ),
    ("altered", "was changed after it was written: its content no longer matches its signature."),
    ("before it are missing", "follows a gap in its computer's chain: entries before it are missing."),
    ("not in the form", "does not have an id the app writes: it was made outside the app."),
    ("chain broken", "does not follow on from the entry before it on the same computer: an entry may be missing."),
    ("jumps to", "is out of sequence on its computer: an entry before it is missing."),
    ("not know", "was signed with a key this school never issued."),
    ("forged", "has a signature that does not match: it was altered or forged."),
    ("not a lead", "changes accounts or keys but was made by someone who was not a designated lead at the time."),
    ("after it was disabled", "was written by an account after a lead had disabled it."),
    ("another school", "belongs to another school's records."),
    ("readable form", "is damaged: its encrypted content cannot be read."),
)


def plain_words(problem: Problem) -> str:
    """A problem from `verify` as a sentence."""
    if problem.entry_id == CHAIN:  # about a whole chain or the store, not one entry
        what = problem.what[0].upper() + problem.what[1:]
        return what if what.endswith(".") else f"{what}."
    for marker, words in _PLAIN:
        if marker in problem.what:
            return f"An entry {words}"
    return f"An entry has a problem: {problem.what}."


def audit_summary(session: Session) -> AuditSummary:
    """Run `verify` over the whole store with this lead's keys, and say what is wrong in plain words."""
    session.require_lead()
    session.refresh()
    report = verify_store(session.store, session)
    named = report.problems + report.refused  # what fails its integrity, and what was not its author's to make
    staff = _profiles_and(session, None).staff if named else {}
    breaks = []
    for problem in named:
        entry = session.store.log.get(problem.entry_id)
        when = from_millis(entry.recorded_at) if entry else None
        author = session.keybook.account_of_key(entry.author_key_id) if entry else None
        member = staff.get(author.account_id) if author else None
        by = f"{member.full_name} ({member.job_title or member.role.value})" if member else "an unknown account"
        breaks.append(AuditBreak(problem.entry_id, when, by, plain_words(problem)))
    return AuditSummary(report.entries, report.opened, tuple(breaks))
