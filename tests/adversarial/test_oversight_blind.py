"""Oversight stays blind. Someone who holds the oversight key and has the store's file (a head or a governor on a
school PC) reads every plaintext column and opens every metrics entry, and tries to tie each count to the entry it
counts: by its neighbours in the chain, by its order, and by its times. They get no further than
docs/design-notes.md (item 11) says: to the session, and, for an acknowledgement, through the wait the dashboard
shows. Pupils' ids, and the order their entries were written in, say nothing of the roster's (alphabetical) order.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.crypto.envelope import CannotOpen
from desktop_app.domain.entries import from_millis, to_millis
from desktop_app.domain.oversight import MetricEvent, coarse_wait_minutes
from desktop_app.domain.triage.school_days import add_working_days
from desktop_app.services import oversight as oversight_service
from desktop_app.services import uow as uow_module
from desktop_app.services.concerns import check_concerns, record_concerns
from desktop_app.services.decisions import add_action, record_decision, record_referral
from desktop_app.services.directory import import_roster, load_directory
from desktop_app.services.metrics_queue import queued_metrics
from desktop_app.services.oversight import (
    ensure_oversight_key,
    fill_metrics_gaps,
    flush_metrics,
    grant_dashboard_access,
    load_dashboard,
    opaque_ref,
)
from desktop_app.services.session import Session
from desktop_app.services.sign_out import sign_out
from desktop_app.services.staff_admin import find_account
from desktop_app.services.state import load_state
from desktop_app.services.triage import acknowledge
from desktop_app.storage.metrics_queue import MetricsQueue
from tests.conftest import OVERSIGHT, OVERSIGHT_PASS, STAFF2, STAFF2_PASS, School
from tests.unit.test_kill import record_until_killed

HOUR_MS = 3_600_000
ROSTER_SIZE = 60


def roster(size: int) -> tuple[bytes, list[str]]:
    """A roster as a school's MIS exports it: sorted by surname. Returns the CSV and the UPNs in its order."""
    header = "upn,forename,surname,preferred_name,date_of_birth,gender,year_group,reg_group,address,postcode\n"
    lines, upns = [], []
    for n in range(size):
        upn = f"Z{n:011d}{n % 10}"
        surname = f"{chr(65 + n // 26)}{chr(97 + n % 26)}bott"  # Aabott, Abbott, … : alphabetical, as exported
        lines.append(f"{upn},Sam,{surname},,2017-05-0{1 + n % 9},Female,4,4A,{n} High Street Coventry,CV1 1AA\n")
        upns.append(upn)
    return (header + "".join(lines)).encode(), upns


def spearman(ranks: list[int]) -> float:
    """Spearman's rank correlation of `ranks` (a permutation of 0..n-1) with 0..n-1."""
    n = len(ranks)
    return 1 - 6 * sum((r - i) ** 2 for i, r in enumerate(ranks)) / (n * (n * n - 1))


def order_of(values: list) -> list[int]:
    """The rank of each value among `values` (0 = smallest)."""
    by_value = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0] * len(values)
    for rank, index in enumerate(by_value):
        ranks[index] = rank
    return ranks


class Clock:
    """The wall clock the services read (`services.uow.now_utc`), put where the test wants it; each reading moves
    it on by 10 ms, like a real clock during an action."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def set(self, moment: datetime) -> None:
        self.moment = moment

    def now(self, tz: object = None) -> datetime:
        self.moment += timedelta(milliseconds=10)
        return self.moment


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    day = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(days=3)
    fake = Clock(day + timedelta(hours=8))
    monkeypatch.setattr(uow_module, "datetime", fake)  # now_utc() reads `datetime.now(UTC)` in services.uow
    return fake


def record(session: Session, clock: Clock, upn: str, text: str) -> str:
    """One concern, as its own action (as the concern form does), about something seen ten minutes ago."""
    directory = load_directory(session)
    item = {
        "pupil": upn,
        "occurred_at": (clock.moment - timedelta(minutes=10)).isoformat(),
        "category": "neglect",
        "what_happened": text,
    }
    return record_concerns(session, directory, check_concerns(directory, [item]))[0].entry_id


@dataclass(frozen=True)
class Row:
    """An entry as the attacker reads it from the file: every plaintext column, and the sealed blob."""

    id: str
    device_id: str
    seq: int
    author_key_id: str
    subject: str | None
    occurred_at: int
    recorded_at: int
    recipients: str
    key_material: bool
    sealed: bytes | None


def raw_rows(path: Path) -> list[Row]:
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute(
            "SELECT id, device_id, seq, author_key_id, subject, occurred_at, recorded_at, recipients,"
            " public IS NOT NULL, sealed FROM entries ORDER BY local_seq"
        ).fetchall()
    return [Row(*row[:8], bool(row[8]), row[9]) for row in rows]


def opened_metrics(oversight: Session, rows: list[Row]) -> dict[str, dict]:
    """What the oversight key opens: metrics entries (and the account's own profile, left out here)."""
    found = {}
    for row in rows:
        if row.sealed is None or row.key_material:
            continue
        try:
            content = json.loads(oversight.keyring.open_sealed(row.sealed, row.id, row.subject))
        except CannotOpen:
            continue
        if content.get("kind") == "metrics":
            found[row.id] = content
    return found


def due_after(row: Row) -> int:
    """A response expected one working day after an entry's plaintext `occurred_at` (milliseconds)."""
    return to_millis(add_working_days(from_millis(row.occurred_at), 1))


def nearest_subject_before(rows: list[Row], metric: Row, pupils: set[str]) -> str | None:
    """The chain-neighbour attack: the closest earlier entry of the same device that is about a pupil."""
    earlier = [r for r in rows if r.device_id == metric.device_id and r.seq < metric.seq and r.subject in pupils]
    return max(earlier, key=lambda r: r.seq).id if earlier else None


def _activity(school: School, clock: Clock) -> dict[str, list[str]]:
    """Four sessions on one PC, each ended by signing out: a member of staff records 20 concerns (09:10); another
    records 3 (10:20); a lead acknowledges, decides (one twice), refers and sets an action (11:30); the first
    member of staff comes back and records one concern, nothing else (12:40). Returns what each session counted."""
    day = clock.moment.replace(hour=0)
    _, upns = roster(ROSTER_SIZE)
    lead = school.lead()
    import_roster(lead, roster(ROSTER_SIZE)[0])
    ensure_oversight_key(lead)
    grant_dashboard_access(lead, find_account(lead, load_state(lead), OVERSIGHT))
    sign_out(lead)

    clock.set(day + timedelta(hours=9, minutes=10))
    staff = school.staff()
    many = []
    for n in range(20):
        many.append(record(staff, clock, upns[n], f"Concern {n}"))
        clock.moment += timedelta(seconds=40)
    sign_out(staff)

    clock.set(day + timedelta(hours=10, minutes=20))
    other = school.sign_in(STAFF2, STAFF2_PASS)
    few = [record(other, clock, upns[30 + n], f"Another concern {n}") for n in range(3)]
    sign_out(other)

    clock.set(day + timedelta(hours=11, minutes=30))
    lead = school.lead()
    lead_counted = []
    for concern_id in many[:5]:
        lead_counted.append(acknowledge(lead, load_state(lead), concern_id))
        clock.moment += timedelta(minutes=3)
    for concern_id, decision in ((many[0], "refer-csc"), (many[1], "monitor"), (few[0], "early-help")):
        state = load_state(lead)
        lead_counted.append(record_decision(lead, state, concern_id, decision, "Because of what was seen").decision_id)
        clock.moment += timedelta(minutes=2)
    state = load_state(lead)
    lead_counted.append(record_decision(lead, state, many[1], "early-help", "A second look").decision_id)
    lead_counted.append(record_referral(lead, load_state(lead), many[0], "Coventry MASH", "M-1"))
    state = load_state(lead)
    pupil = state.concerns[many[2]].pupil_id
    lead_counted.append(add_action(lead, state, pupil, "Talk to mum", lead.account_id, date.today(), many[2]))
    acknowledged_by_deciding = load_state(lead).lead.acknowledgement(few[0])
    assert acknowledged_by_deciding is not None
    lead_counted.append(acknowledged_by_deciding.entry_id)
    sign_out(lead)

    clock.set(day + timedelta(hours=12, minutes=40))
    staff = school.staff()
    alone = [record(staff, clock, upns[50], "The only thing this session did")]
    sign_out(staff)
    return {"many": many, "few": few, "lead": lead_counted, "alone": alone}


def _truth(school: School, metrics: dict[str, dict]) -> dict[str, str]:
    """For each metrics entry, the entry it counts (the test's knowledge, through a lead's directory key)."""
    lead = school.lead()
    state = load_state(lead)
    by_ref: dict[str, str] = {}
    for row in school.store.log.all():
        by_ref.setdefault(opaque_ref(lead, row.id) or "", row.id)
    truth = {}
    for metric_id, content in metrics.items():
        if content["event"] == MetricEvent.ACKNOWLEDGED:
            acknowledgement = state.lead.acknowledgement(by_ref[content["ref"]])
            assert acknowledgement is not None
            truth[metric_id] = acknowledgement.entry_id
        elif content.get("item"):
            truth[metric_id] = by_ref[content["item"]]
        else:
            truth[metric_id] = by_ref[content["ref"]]
    lead.close()
    return truth


def test_a_count_cannot_be_tied_to_what_it_counts_by_its_place_or_its_time(school: School, clock: Clock) -> None:
    sessions = _activity(school, clock)
    oversight = school.sign_in(OVERSIGHT, OVERSIGHT_PASS)
    rows = raw_rows(school.store.db_path)
    by_id = {row.id: row for row in rows}
    metrics = opened_metrics(oversight, rows)
    truth = _truth(school, metrics)
    session_of = {counted: name for name, ids in sessions.items() for counted in ids}
    pupils = {row.subject for row in rows if row.subject and row.subject != oversight.school_id}

    # The counts are all there, each counting one thing some session did (deciding on a concern nobody had
    # acknowledged acknowledges it, and that counts too).
    flushes: dict[int, list[Row]] = {}
    for metric_id in metrics:
        flushes.setdefault(by_id[metric_id].recorded_at, []).append(by_id[metric_id])
    assert len(metrics) == 20 + 3 + (5 + 1 + 4 + 1 + 1) + 1
    assert len(flushes) == 4, "one write of the counts per session, at its end"

    # What every metrics entry shows in plaintext is the same within its session's write: no subject, one time
    # (after everything it counts), one author, one batch key; every sealed size is the same; ids are random.
    sizes = {len(by_id[m].sealed or b"") for m in metrics}
    assert len(sizes) == 1, sizes
    for written_at, run in flushes.items():
        counted = [by_id[truth[m.id]] for m in run]
        assert len({session_of[truth[m.id]] for m in run}) == 1, "a write holds one session's counts"
        assert {(m.subject, m.occurred_at, m.author_key_id, m.recipients) for m in run} == {
            (None, written_at, run[0].author_key_id, run[0].recipients)
        }
        assert written_at >= max(c.recorded_at for c in counted)
        seqs = sorted(m.seq for m in run)
        between = [r for r in rows if r.device_id == run[0].device_id and seqs[0] < r.seq < seqs[-1]]
        assert all(r.id in metrics for r in between), "a session's counts are written side by side"
        assert seqs[0] > max(c.seq for c in counted), "after everything they count"
        assert all(uuid.UUID(m.id).version == 4 for m in run), "no time inside the id"

    # Attack 1, the chain neighbour: the closest earlier entry about a pupil is the same for every count of a
    # session's write, so it names at most one of them correctly.
    for run in flushes.values():
        guesses = {nearest_subject_before(rows, m, pupils) for m in run}
        assert len(guesses) == 1
    # ... which, for a session that counted one thing alone, is right: the residual leak item 11 names.
    [alone] = [run for run in flushes.values() if session_of[truth[run[0].id]] == "alone"]
    assert len(alone) == 1 and nearest_subject_before(rows, alone[0], pupils) == truth[alone[0].id]

    # Attack 2, the order: the k-th count of the 20-concern session against the k-th concern it recorded. A
    # shuffle puts about one in place (eight or more: about one chance in a million); written in order, all 20.
    [many] = [run for run in flushes.values() if session_of[truth[run[0].id]] == "many"]
    in_chain = sorted(many, key=lambda m: m.seq)
    recorded = sorted((by_id[truth[m.id]] for m in many), key=lambda r: r.seq)
    in_place = sum(truth[m.id] == c.id for m, c in zip(in_chain, recorded, strict=True))
    assert in_place < 8, f"{in_place} of 20 counts sit in the order of what they count"

    # Attack 3, the times. A concern's count holds its hour and nothing finer: every concern of its session is
    # recorded in that hour, so the time picks out no more than the place does.
    for metric_id, content in metrics.items():
        if content["event"] != MetricEvent.CONCERN:
            assert "at" not in content, content  # nothing but a concern holds a time of its own
            continue
        at = content["at"]
        assert at % HOUR_MS == 0
        in_hour = {r.id for r in rows if r.subject in pupils and at - HOUR_MS < r.recorded_at <= at}
        assert set(sessions[session_of[truth[metric_id]]]) <= in_hour
    # A referral's expected response is held to the hour: every entry about a pupil the lead wrote in that
    # session fits it as well as the referral does.
    [referral] = [c for c in metrics.values() if c["event"] == MetricEvent.REFERRAL]
    assert referral["due"] % HOUR_MS == 0
    fits = {r.id for r in rows if r.subject in pupils and referral["due"] - HOUR_MS < due_after(r) <= referral["due"]}
    lead_rows = {r.id for r in rows if r.subject in pupils and session_of.get(r.id) == "lead"}
    assert lead_rows <= fits and len(fits) >= len(sessions["lead"])

    # An acknowledgement holds its wait, to the precision the dashboard shows it: matched against the plaintext
    # times of a concern and a later entry about the same pupil, it can name the pupil (the residual leak item 11
    # names; those entries' times are plaintext already). That ties the concern's own counts (recorded,
    # acknowledged, closed) and nothing else: decisions, referrals and actions share no reference with them.
    waits = {c["wait"] for c in metrics.values() if c["event"] == MetricEvent.ACKNOWLEDGED}
    assert all(isinstance(w, int) for w in waits)
    concern_refs = {c["ref"] for c in metrics.values() if c["event"] in ("concern", "acknowledged", "closed")}
    others = [c for c in metrics.values() if c["event"] not in ("concern", "acknowledged", "closed")]
    linked = {c["ref"] for c in others} | {c.get("item", "") for c in others}
    linked |= {r for c in others for r in c.get("replaces", [])}
    assert not concern_refs & linked

    # And the dashboard is right, to the precision it shows.
    board = load_dashboard(oversight, now=clock.moment + timedelta(hours=1))
    assert (board.concerns, board.acknowledged, board.referrals) == (24, 6, 1)
    assert board.decisions_by_type == {"refer-csc": 1, "early-help": 2}, "a decision made again replaces the first"
    lead = school.lead()
    state = load_state(lead)
    true_waits = []
    for concern_id in [*sessions["many"][:5], sessions["few"][0]]:
        acknowledgement = state.lead.acknowledgement(concern_id)
        assert acknowledgement is not None
        true_waits.append((acknowledgement.at - state.concerns[concern_id].recorded_at).total_seconds())
    true_waits.sort()
    median = (true_waits[2] + true_waits[3]) / 2 / 3600
    assert board.median_hours_to_acknowledge is not None and abs(board.median_hours_to_acknowledge - median) < 0.05
    assert board.worst_hours_to_acknowledge == round(coarse_wait_minutes(true_waits[-1]) / 60, 2)
    assert f"{board.worst_hours_to_acknowledge:.1f}" == f"{true_waits[-1] / 3600:.1f}"
    assert load_dashboard(lead, now=clock.moment + timedelta(hours=1)) == board
    assert fill_metrics_gaps(lead, state) == 0, "nothing is missing and nothing is written twice"


def test_counts_queued_by_a_killed_session_are_kept_unreadable_and_written_by_the_next(school: School) -> None:
    lead = school.lead()
    ensure_oversight_key(lead)
    grant_dashboard_access(lead, find_account(lead, load_state(lead), OVERSIGHT))
    sign_out(lead)
    acknowledged: list[str] = []
    for count in (3, 6):
        acknowledged += record_until_killed(school, count)  # a real process, killed while recording

    # The counts wait in the queue, where the oversight key opens nothing: its rows hold no time and are all
    # the same size.
    oversight = school.sign_in(OVERSIGHT, OVERSIGHT_PASS)
    queue = MetricsQueue(school.store.engine).all()
    assert len(queue) >= len(acknowledged)
    assert not queued_metrics(oversight)
    assert len({len(sealed) for _id, sealed in queue}) == 1
    recorded = len(load_state(school.lead()).concerns)  # every one acknowledged, and any written just before the kill
    assert recorded >= len(acknowledged)
    assert load_dashboard(oversight).concerns == 0
    assert load_dashboard(school.lead()).concerns == recorded, "a lead counts what is queued here"

    sign_out(school.staff())  # the author's next session ends, and writes what the killed ones queued
    assert load_dashboard(oversight).concerns == recorded
    left = queued_metrics(school.lead())
    assert all(school.store.log.get(row.witness) is None for row in left), "only counts whose entries never landed"
    assert fill_metrics_gaps(school.lead(), load_state(school.lead())) == 0


def test_a_count_whose_action_failed_is_never_written_and_its_row_goes(
    school: School, monkeypatch: pytest.MonkeyPatch
) -> None:
    lead = school.lead()
    ensure_oversight_key(lead)
    staff = school.staff()
    directory = load_directory(staff)
    item = {"pupil": "A123456789012", "occurred_at": datetime.now(UTC).isoformat(), "category": "neglect",
            "what_happened": "Never written"}  # fmt: skip
    checked = check_concerns(directory, [item])

    def power_cut(*_args: object, **_kwargs: object) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(type(school.store.log), "append", power_cut)
    with pytest.raises(OSError):
        record_concerns(staff, directory, checked)
    monkeypatch.undo()
    assert MetricsQueue(school.store.engine).count() == 0, "the action failed: its queued count went with it"

    # A row left behind by a process killed between queueing and writing names an entry that never landed: it is
    # never counted, and is dropped once a day old.
    from desktop_app.services.metrics_queue import hold_back

    hold_back(staff, str(uuid.uuid4()), [{"event": "concern", "ref": "x" * 32}], 0)
    assert flush_metrics(staff) == 0 and MetricsQueue(school.store.engine).count() == 0
    assert load_dashboard(lead).concerns == 0


def _pupil_rows(path: Path, pupil_ids: set[str]) -> list[str]:
    """The subjects of the roster's entries in the order they were written (the attacker's view of the chain)."""
    with closing(sqlite3.connect(path)) as conn:
        subjects = [row[0] for row in conn.execute("SELECT subject FROM entries ORDER BY device_id, seq")]
    return list(dict.fromkeys(s for s in subjects if s in pupil_ids))


def test_pupil_ids_and_their_entries_say_nothing_of_the_rosters_order(school: School) -> None:
    lead = school.lead()
    csv, upns = roster(ROSTER_SIZE)
    import_roster(lead, csv)
    directory = load_directory(lead)
    ids = [directory.pupil_by_upn(upn).pupil_id for upn in upns]  # type: ignore[union-attr]
    assert all(uuid.UUID(pupil_id).version == 4 for pupil_id in ids), "random ids: no time inside"
    by_id = order_of(ids)
    assert by_id != list(range(ROSTER_SIZE))
    assert abs(spearman(by_id)) < 0.6, "ids sorted are not the roster (a chance of about 4 in a million)"
    written = _pupil_rows(school.store.db_path, set(ids))
    assert sorted(written) == sorted(ids)
    in_chain = [written.index(pupil_id) for pupil_id in ids]
    assert in_chain != list(range(ROSTER_SIZE))
    assert abs(spearman(in_chain)) < 0.6, "nor is the order their entries were written in"


def test_metrics_keep_no_subject_after_a_lead_fills_gaps(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    """Counts a lead writes for what was recorded before the key existed are shuffled and coarse the same way."""
    staff = school.staff()
    directory = load_directory(staff)
    when = (datetime.now(UTC) - timedelta(hours=2)).isoformat()
    items = [{"pupil": upn, "occurred_at": when, "category": "neglect", "what_happened": f"Before the key {n}"}
             for n, upn in enumerate(["A123456789012", "A123456789013", "B123456789014", "C123456789015"])]  # fmt: skip
    record_concerns(staff, directory, check_concerns(directory, items))
    shuffled: list[int] = []
    original = oversight_service.secrets.SystemRandom

    class Watched(original):  # type: ignore[misc, valid-type]
        def shuffle(self, x: list) -> None:  # type: ignore[override]
            shuffled.append(len(x))
            super().shuffle(x)

    monkeypatch.setattr(oversight_service.secrets, "SystemRandom", Watched)
    lead = school.lead()
    ensure_oversight_key(lead)
    assert shuffled == [4]
    oversight_id = find_account(lead, load_state(lead), OVERSIGHT)
    grant_dashboard_access(lead, oversight_id)
    oversight = school.sign_in(OVERSIGHT, OVERSIGHT_PASS)
    rows = raw_rows(school.store.db_path)
    metrics = opened_metrics(oversight, rows)
    assert len(metrics) == 4 and len({(r.occurred_at, r.recorded_at) for r in rows if r.id in metrics}) == 1
    assert all(c["at"] % HOUR_MS == 0 for c in metrics.values())
    assert load_dashboard(oversight).concerns == 4
