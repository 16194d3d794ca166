"""The oversight dashboard: its key, its metrics entries, and reading them. True by construction, not by filter.

Design. A lead makes an **oversight key** (X25519) once; its public half is key material every PC holds, its
private half is granted to oversight accounts (and sealed to the team key, so every lead can hold it too). Each
event the dashboard counts (a concern recorded, acknowledged, decided, signed off, referred, chased, given an
outcome, closed; an action set or done; the school's clock settings) has a small **metrics entry** sealed only to
the oversight key. It holds an event kind, opaque references (HMAC-SHA256 of entry ids under the pupil directory
key, which oversight accounts never hold), the clock the dashboard needs, and for decisions the decision type: no
pupil id (its subject is empty), no name, no text. An oversight account holds no key but its own and the oversight
key, so it can open its own profile and metrics entries and nothing else.

Blind to which entry a count counts (docs/design-notes.md, item 11). A metrics entry is not written beside the entry
it counts: the unit of work queues it on this PC (`UnitOfWork.hold_back_metric`, services/metrics_queue.py), and
`flush_metrics` writes a session's counts together when it ends (lock, sign-out, the command's end), in a shuffled
order, with one plaintext time for all of them and random ids; their clocks are coarse (domain/oversight.py). A row
a killed session left behind is written by the next session on this PC that can open it (its author's, or any
lead's), or by a lead before counting (`fill_metrics_gaps`, `grant_dashboard_access`); a lead's dashboard counts
what is queued on this PC too. Decisions, referrals and actions carry references of their own, not the concern's,
so a concern tied to a pupil some other way does not tie its decision's type to the pupil. Settings concern no child
and are written at once.

A PC that has not yet synced the oversight key writes no metrics for its concerns; `fill_metrics_gaps`, run by a
lead (at key creation), writes any missing ones from the lead's folded state.

Someone who held the oversight key and leaves (a lead disabled or no longer a lead, an oversight account disabled)
would go on reading every count written after. So that is a **rotation** (`rotate_oversight_key`): a new key sealed
to the team and granted to the oversight accounts that still have the dashboard; metrics are sealed to the newest
key from then on, and the dashboard reads every generation the reader holds (leads open the older ones through the
team keys; an oversight account given the dashboard later is granted every generation).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta, tzinfo
from typing import Any, NamedTuple

from desktop_app.crypto.envelope import Recipient
from desktop_app.crypto.keys import (
    generate_team_key,
    public_bytes_x25519,
    x25519_private_bytes,
    x25519_public_from_bytes,
)
from desktop_app.domain.directory_keys import first_directory_key_id
from desktop_app.domain.entries import EntryKind, from_millis, to_millis
from desktop_app.domain.key_material import b64
from desktop_app.domain.oversight import (
    Dashboard,
    MetricEvent,
    MetricRecord,
    coarse_time,
    coarse_wait_minutes,
    dashboard,
    metric_content,
    settings_clocks,
)
from desktop_app.domain.records import Role, SchoolState
from desktop_app.domain.triage.lead_settings import settings_of
from desktop_app.domain.triage.school_days import add_working_days
from desktop_app.services.errors import NotFound, NotPermitted, ServiceError
from desktop_app.services.metrics_queue import queued_metrics, release
from desktop_app.services.oversight_key import (
    TEAM_GRANTEE,
    grant_every_generation,
    hold_oversight_key,
    oversight_generations,
    oversight_grant,
)
from desktop_app.services.session import Session
from desktop_app.services.uow import UnitOfWork, now_utc

METRICS_BLOCK = 256  # a metrics entry's content is padded to a multiple of this many bytes: its size says nothing
STALE_QUEUE_ROW = timedelta(days=1)  # a queue row whose entries never reached the store is dropped after this
_DECISIONS = "decision|"  # decisions and sign-offs refer to their concern under a reference of their own
_ITEM_REFERENCED = frozenset(
    {
        MetricEvent.REFERRAL,
        MetricEvent.REFERRAL_CHASED,
        MetricEvent.REFERRAL_OUTCOME,
        MetricEvent.ACTION,
        MetricEvent.ACTION_DONE,
    }
)


def opaque_ref(session: Session, entry_id: str) -> str | None:
    """An entry's reference as the dashboard sees it, or None when this account holds no directory key. It is keyed
    by the school's first directory key, so a reference stays the same when the directory key is rotated."""
    key_id = first_directory_key_id(session.keybook)
    key = session.keyring.lookup(key_id) if key_id is not None else None
    if not isinstance(key, bytes):
        return None
    return hmac.new(key, b"oversight|" + entry_id.encode(), hashlib.sha256).hexdigest()[:32]


def oversight_recipient(session: Session) -> Recipient | None:
    key = session.keybook.current_oversight_key
    return Recipient(key.key_id, public=x25519_public_from_bytes(key.public)) if key else None


def metric_for(
    session: Session,
    event: MetricEvent,
    ref_id: str,
    item_id: str = "",
    at: datetime | None = None,
    *,
    since: datetime | None = None,
    replaces: Sequence[str] = (),
    **extra: Any,
) -> dict[str, Any] | None:
    """The content of an event's metrics entry (None when this account holds no directory key).

    `ref_id` is the concern's entry id (or, with no concern, the item's); `at` when the event happened (default
    now). Concerns, acknowledgements and closures refer to the concern; decisions and sign-offs to it under a
    reference of their own; referrals and actions to themselves alone. A concern holds its hour; an
    acknowledgement its wait since `since` (the concern's recording); a decision the items it `replaces` (earlier
    decisions on the concern); a `due` time is held to its hour.
    """
    ref = opaque_ref(session, ref_id)
    if ref is None:
        return None
    at = at or now_utc()
    item = (opaque_ref(session, item_id) or "") if item_id else ""
    if event in (MetricEvent.DECISION, MetricEvent.SIGN_OFF):
        ref = opaque_ref(session, _DECISIONS + ref_id) or ""
    elif event in _ITEM_REFERENCED and item:
        ref = item
    clock: dict[str, Any] = {}
    if event == MetricEvent.CONCERN:
        clock["at"] = coarse_time(at)
    if event == MetricEvent.ACKNOWLEDGED and since is not None:
        clock["wait"] = coarse_wait_minutes((at - since).total_seconds())
    if replaces:
        clock["replaces"] = sorted(opaque_ref(session, r) or "" for r in replaces)
    if isinstance(extra.get("due"), datetime):
        extra["due"] = coarse_time(extra["due"])
    return metric_content(event, ref, item, **clock, **extra)


def record_metric(
    uow: UnitOfWork,
    session: Session,
    event: MetricEvent,
    ref_id: str,
    item_id: str = "",
    at: datetime | None = None,
    *,
    since: datetime | None = None,
    replaces: Sequence[str] = (),
    **extra: Any,
) -> bool:
    """Count an event for the dashboard with `uow` (False when the school has no oversight key yet). The count is
    queued on this PC with the action's entries and written when the session ends (`flush_metrics`); the school's
    settings, which concern no child, are written at once. See `metric_for` for the arguments."""
    recipient = oversight_recipient(session)
    if recipient is None:
        return False
    content = metric_for(session, event, ref_id, item_id, at, since=since, replaces=replaces, **extra)
    if content is None:
        return False
    if event == MetricEvent.SETTINGS:
        batch = uow.audience_batch(recipient)  # one X25519 per session, not per metrics entry
        uow.record(EntryKind.METRICS, content, subject=None, recipients=[batch], pad_to=METRICS_BLOCK)
    else:
        uow.hold_back_metric(content)
    return True


def _write_metrics(session: Session, contents: Sequence[dict[str, Any]]) -> int:
    """Write metrics entries together: in a random order, with random ids, one plaintext time for all and padded
    content, so neither their place in the chain nor their times say which entry each one counts."""
    recipient = oversight_recipient(session)
    if not contents or recipient is None:
        return 0
    shuffled = list(contents)
    secrets.SystemRandom().shuffle(shuffled)
    now = now_utc()
    with UnitOfWork(session) as uow:
        batch = uow.audience_batch(recipient)
        for content in shuffled:
            uow.record(
                EntryKind.METRICS,
                content,
                subject=None,
                occurred_at=now,
                recorded_at=now,
                recipients=[batch],
                entry_id=str(uuid.uuid4()),
                pad_to=METRICS_BLOCK,
            )
        uow.commit()
    return len(shuffled)


def flush_metrics(session: Session) -> int:
    """Write the oversight counts queued on this PC that this person can open (their own; a lead's, everyone's),
    together and shuffled; returns how many metrics entries were written. Run when a session ends, and by a lead
    before counting. A queued count whose entries never reached the store (the action failed, or was killed before
    writing) is not written; its row is dropped once a day old."""
    if session.keys is None or oversight_recipient(session) is None:
        return 0
    with session.lock:
        rows = queued_metrics(session)
        if not rows:
            return 0
        present = session.store.log.held([row.witness for row in rows])
        ready = [row for row in rows if row.witness in present]
        cutoff = to_millis(now_utc() - STALE_QUEUE_ROW)
        stale = [row for row in rows if row.witness not in present and row.queued_at < cutoff]
        written = _write_metrics(session, [content for row in ready for content in row.metrics])
        # A crash just here writes them again next time: the dashboard counts an event once, however often written.
        release(session, [row.row_id for row in [*ready, *stale]])
        return written


def ensure_oversight_key(session: Session, state: SchoolState | None = None) -> str:
    """The school's oversight key id, made now if there is none (a lead acts). A new key's metrics are filled in
    for everything already recorded, from `state` (or a fresh fold)."""
    session.require_lead()
    existing = session.keybook.current_oversight_key
    if existing is not None:
        if hold_oversight_key(session) is None:
            raise NotPermitted("This lead cannot open the oversight key; sign in again after the next sync.")
        return existing.key_id
    private = generate_team_key()
    with UnitOfWork(session) as uow:
        key_id = uow.record_public(
            {"type": EntryKind.OVERSIGHT_KEY, "public": b64(public_bytes_x25519(private.public_key()))}
        )
        uow.record_public(
            oversight_grant(key_id, TEAM_GRANTEE, session.team_key_id),
            secret=x25519_private_bytes(private),
            recipients=[session.team_recipient()],
        )
        uow.commit()
    session.keyring.hold(key_id, private)
    if state is None:
        from desktop_app.services.state import load_state

        state = load_state(session)
    fill_metrics_gaps(session, state)
    return key_id


def grant_dashboard_access(session: Session, account_id: str) -> str:
    """Give an oversight account the key to the dashboard's counts (and nothing else), writing the counts queued on
    this PC first. Returns the grant's id."""
    session.require_lead()
    account = session.keybook.accounts.get(account_id)
    if account is None:
        raise NotFound("No such account.")
    if account.role != Role.OVERSIGHT:
        raise ServiceError("Only an oversight account is given the dashboard key; leads hold it already.")
    ensure_oversight_key(session)
    flush_metrics(session)  # the account starts from the counts as they stand on this PC
    with UnitOfWork(session) as uow:
        grant_id = grant_every_generation(session, uow, account)
        uow.commit()
    return grant_id


def _metric_records(session: Session) -> Iterator[MetricRecord]:
    held = [k.key_id for k in oversight_generations(session) if session.keyring.holds(k.key_id)]
    if not held:
        return
    log, kinds = session.store.log, session.keybook.kinds
    direct = log.sealed_to_any(held)  # the audience's batch keys (and metrics sealed one by one, if any)
    batches = [entry.id for entry in direct if kinds.get(entry.id) == EntryKind.BATCH]
    found = [*(e for e in direct if kinds.get(e.id) != EntryKind.BATCH), *log.sealed_to_any(batches)]
    for entry in session.view.verified(found):  # a count counts only when its entry holds up, like any record
        content = session.keyring.open_content(entry)
        if content is None or content.get("kind") != EntryKind.METRICS:
            continue
        yield MetricRecord.from_content(entry.id, from_millis(entry.occurred_at), content)


def _queued_records(session: Session) -> Iterator[MetricRecord]:
    """The counts queued on this PC that this person can open and that stand (their entries are in the store)."""
    rows = queued_metrics(session)
    present = session.store.log.held([row.witness for row in rows]) if rows else {}
    for row in rows:
        if row.witness in present:
            for index, content in enumerate(row.metrics):
                yield MetricRecord.from_content(f"queued-{row.row_id}-{index}", from_millis(row.queued_at), content)


def load_dashboard(session: Session, now: datetime | None = None, tz: tzinfo | None = None) -> Dashboard:
    """The dashboard for an oversight account (or a lead). Counts and clocks only; no record is opened. A lead's
    also counts what is queued on this PC and not yet written (an oversight account cannot open the queue)."""
    session.refresh()
    if session.role == Role.LEAD:
        hold_oversight_key(session)
    key = session.keybook.current_oversight_key
    if key is None or not session.keyring.holds(key.key_id):
        raise NotPermitted("This account has not been given the oversight dashboard; ask a designated lead.")
    records = list(_metric_records(session))
    if session.role == Role.LEAD:
        records += _queued_records(session)
    return dashboard(records, now or now_utc(), tz)


class _Expected(NamedTuple):
    """A metrics event the folded state implies (see `metric_for` for the fields)."""

    event: MetricEvent
    ref_id: str
    item_id: str
    at: datetime
    since: datetime | None = None
    replaces: tuple[str, ...] = ()
    extra: dict[str, Any] | None = None


def _expected(state: SchoolState) -> Iterator[_Expected]:
    """Every metrics event the state implies."""
    lead = state.lead
    for concern in state.concerns.values():
        cid = concern.concern_id
        yield _Expected(MetricEvent.CONCERN, cid, "", concern.recorded_at)
        ack = lead.acknowledgement(cid)
        if ack is not None:
            yield _Expected(MetricEvent.ACKNOWLEDGED, cid, "", ack.at, since=concern.recorded_at)
        closure = min(lead.closures.get(cid, ()), key=lambda c: (c.at, c.entry_id), default=None)
        if closure is not None:
            yield _Expected(MetricEvent.CLOSED, cid, "", closure.at)
    by_concern: dict[str, list[str]] = {}
    for decision in sorted(lead.decisions.values(), key=lambda d: (d.at, d.entry_id)):
        earlier = tuple(by_concern.setdefault(decision.concern_id, []))
        by_concern[decision.concern_id].append(decision.entry_id)
        extra = {"decision": decision.decision, "needs_second_lead": decision.needs_second_lead}
        yield _Expected(MetricEvent.DECISION, decision.concern_id, decision.entry_id, decision.at, None, earlier, extra)
        for sign_off in lead.sign_offs.get(decision.entry_id, ()):
            if sign_off.by != decision.by:
                agrees = {"agrees": sign_off.agrees}
                yield _Expected(MetricEvent.SIGN_OFF, decision.concern_id, decision.entry_id, sign_off.at, extra=agrees)
    settings = settings_of(state)
    for referral in lead.referrals.values():
        ref, item = referral.concern_id or referral.entry_id, referral.entry_id
        yield _Expected(MetricEvent.REFERRAL, ref, item, referral.occurred_at, extra={"due": referral.expected_by})
        for chase in lead.chases.get(referral.entry_id, ()):
            due = add_working_days(chase.at, settings.referral_response_working_days)
            yield _Expected(MetricEvent.REFERRAL_CHASED, ref, item, chase.at, extra={"due": due})
        outcome = lead.referral_outcome(referral.entry_id)
        if outcome is not None:
            yield _Expected(MetricEvent.REFERRAL_OUTCOME, ref, item, outcome.at)
    for action in lead.actions.values():
        ref = action.concern_id or action.entry_id
        due_day = {"due_day": action.due.isoformat()} if action.due else {}
        yield _Expected(MetricEvent.ACTION, ref, action.entry_id, action.at, extra=due_day)
        done = lead.action_done(action.entry_id)
        if done is not None:
            yield _Expected(MetricEvent.ACTION_DONE, ref, action.entry_id, done.at)


def settings_metric(state: SchoolState) -> dict[str, Any]:
    """The clock numbers of the school's settings, as a settings metrics entry holds them."""
    return settings_clocks(settings_of(state))


def fill_metrics_gaps(session: Session, state: SchoolState) -> int:
    """Write the metrics entries that are missing (events recorded before the oversight key reached their PC),
    together and shuffled like a session's. The counts queued on this PC are written first. A lead acts; returns
    how many were written (not counting the queued ones)."""
    session.require_lead()
    if hold_oversight_key(session) is None:
        return 0
    flush_metrics(session)
    held = {record.key() for record in _metric_records(session)}
    has_settings = any(key[0] == MetricEvent.SETTINGS for key in held)
    missing = []
    imported = state.transfers.origins  # another school's records, counted there
    for expected in _expected(state):
        if expected.ref_id in imported or expected.item_id in imported:
            continue
        content = metric_for(
            session, expected.event, expected.ref_id, expected.item_id, expected.at,
            since=expected.since, replaces=expected.replaces, **(expected.extra or {}),
        )  # fmt: skip
        if content is None:
            continue
        key = MetricRecord.from_content("", expected.at, content).key()
        if key not in held:
            held.add(key)
            missing.append(content)
    written = _write_metrics(session, missing)
    if not has_settings and state.lead.latest_settings() is not None:
        with UnitOfWork(session) as uow:
            record_metric(uow, session, MetricEvent.SETTINGS, state.school_id or "school", **settings_metric(state))
            uow.commit()
        written += 1
    return written
