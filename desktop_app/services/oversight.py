"""The oversight dashboard: its key, its metrics entries, and reading them. True by construction, not by filter.

Design. A lead makes an **oversight key** (X25519) once; its public half is key material every PC holds, its
private half is granted to oversight accounts (and sealed to the team key, so every lead can hold it too). Each
event the dashboard counts (a concern recorded, acknowledged, decided, signed off, referred, chased, given an
outcome, closed; an action set or done; the school's clock settings) writes, in the same unit of work, a small
**metrics entry** sealed only to the oversight key. It holds an event kind, opaque references (HMAC-SHA256 of
entry ids under the pupil directory key, which oversight accounts never hold), its time, and for decisions the
decision type: no pupil id (its subject is empty), no name, no text. An oversight account holds no key but its
own and the oversight key, so it can open its own profile and metrics entries and nothing else.

A PC that has not yet synced the oversight key writes no metrics for its concerns; `fill_metrics_gaps`, run by a
lead (at key creation, and by the app after sync), writes any missing ones from the lead's folded state.

Someone who held the oversight key and leaves (a lead disabled or no longer a lead, an oversight account disabled)
would go on reading every count written after. So that is a **rotation** (`rotate_oversight_key`): a new key sealed
to the team and granted to the oversight accounts that still have the dashboard; metrics are sealed to the newest
key from then on, and the dashboard reads every generation the reader holds (leads open the older ones through the
team keys; an oversight account given the dashboard later is granted every generation).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Collection, Iterator
from datetime import datetime, tzinfo
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desktop_app.crypto.envelope import CannotOpen, Recipient, open_envelope
from desktop_app.crypto.keys import (
    generate_team_key,
    public_bytes_x25519,
    x25519_from_bytes,
    x25519_private_bytes,
    x25519_public_from_bytes,
)
from desktop_app.domain.directory_keys import first_directory_key_id
from desktop_app.domain.entries import EntryKind, from_millis
from desktop_app.domain.keybook import AccountRecord, OversightKey, b64
from desktop_app.domain.oversight import Dashboard, MetricEvent, MetricRecord, dashboard, metric_content
from desktop_app.domain.records import Role, SchoolState
from desktop_app.domain.triage import add_working_days, settings_of
from desktop_app.services.errors import NotFound, NotPermitted, ServiceError
from desktop_app.services.session import KEY_KIND_OVERSIGHT, Session
from desktop_app.services.uow import UnitOfWork, now_utc

# Grants sealed to the team key rather than to one account carry this as their account id.
TEAM_GRANTEE = "team"


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


def record_metric(
    uow: UnitOfWork,
    session: Session,
    event: MetricEvent,
    ref_id: str,
    item_id: str = "",
    at: datetime | None = None,
    **extra: Any,
) -> bool:
    """Add the metrics entry of an event to `uow` (False when the school has no oversight key yet)."""
    recipient = oversight_recipient(session)
    ref = opaque_ref(session, ref_id)
    if recipient is None or ref is None:
        return False
    item = (opaque_ref(session, item_id) or "") if item_id else ""
    content = metric_content(event, ref, item, **extra)
    batch = uow.audience_batch(recipient)  # one X25519 per session, not per metrics entry
    uow.record(EntryKind.METRICS, content, subject=None, occurred_at=at or now_utc(), recipients=[batch])
    return True


def _grant_public(key_id: str, account_id: str, to_key: str) -> dict[str, str]:
    return {
        "type": EntryKind.GRANT,
        "key_kind": KEY_KIND_OVERSIGHT,
        "key_id": key_id,
        "account_id": account_id,
        "to_key": to_key,
    }


def _generations(session: Session) -> list[OversightKey]:
    """Every oversight key, oldest first (the order `KeyBook.current_oversight_key` takes the newest of)."""
    return sorted(session.keybook.oversight_keys.values(), key=lambda k: (k.recorded_at, k.key_id))


def _open_through_team(session: Session, key_id: str) -> None:
    for grant in session.keybook.grants:
        if grant.key_id != key_id or grant.account_id != TEAM_GRANTEE:
            continue
        entry = session.keybook.grant_entries.get(grant.entry_id)
        if entry is None or entry.sealed is None:
            continue
        try:
            raw = open_envelope(entry.sealed, entry_id=entry.id, subject=None, lookup=session.keyring.lookup)
        except CannotOpen:
            continue
        session.keyring.hold(key_id, x25519_from_bytes(raw))
        return


def hold_oversight_key(session: Session) -> X25519PrivateKey | None:
    """The current oversight key's private half, put into the keyring with every older one this person can open
    (leads open them through the team keys). None when there is none, or it cannot be opened here."""
    key = session.keybook.current_oversight_key
    if key is None:
        return None
    for generation in _generations(session):
        if not isinstance(session.keyring.lookup(generation.key_id), X25519PrivateKey):
            _open_through_team(session, generation.key_id)
    held = session.keyring.lookup(key.key_id)
    return held if isinstance(held, X25519PrivateKey) else None


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
            _grant_public(key_id, TEAM_GRANTEE, session.team_key_id),
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
    """Give an oversight account the key to the dashboard's counts (and nothing else). Returns the grant's id."""
    session.require_lead()
    account = session.keybook.accounts.get(account_id)
    if account is None:
        raise NotFound("No such account.")
    if account.role != Role.OVERSIGHT:
        raise ServiceError("Only an oversight account is given the dashboard key; leads hold it already.")
    ensure_oversight_key(session)
    with UnitOfWork(session) as uow:
        grant_id = _grant_generations(session, uow, account)
        uow.commit()
    return grant_id


def _grant_generations(session: Session, uow: UnitOfWork, account: AccountRecord) -> str:
    """Grant the account's current key every generation of the oversight key this lead holds and it lacks, oldest
    first (older metrics are sealed to older keys). Returns the id of the last grant written ("" for none)."""
    target = account.current_key
    to = Recipient(target.key_id, public=x25519_public_from_bytes(target.agreement_public))
    have = {g.key_id for g in session.keybook.grants_to(account.account_id) if g.to_key_id == target.key_id}
    grant_id = ""
    for generation in _generations(session):
        private = session.keyring.lookup(generation.key_id)
        if generation.key_id in have or not isinstance(private, X25519PrivateKey):
            continue
        grant_id = uow.record_public(
            _grant_public(generation.key_id, account.account_id, target.key_id),
            secret=x25519_private_bytes(private),
            recipients=[to],
        )
    return grant_id


def regrant_dashboard(session: Session, uow: UnitOfWork, account: AccountRecord) -> bool:
    """For an oversight account enabled again that had the dashboard: the keys made while it was disabled, in
    `uow`. Returns whether it had the dashboard."""
    had = any(g.key_kind == KEY_KIND_OVERSIGHT for g in session.keybook.grants_to(account.account_id))
    if account.role != Role.OVERSIGHT or not had or hold_oversight_key(session) is None:
        return False
    _grant_generations(session, uow, account)
    return True


def holds_current_oversight_key(session: Session, account_id: str) -> bool:
    """Whether the current oversight key was granted to the account itself (to any of its keys)."""
    key = session.keybook.current_oversight_key
    return key is not None and any(g.key_id == key.key_id for g in session.keybook.grants_to(account_id))


def rotate_oversight_key(session: Session, uow: UnitOfWork, team: Recipient, leaving: Collection[str]) -> None:
    """A new oversight key, in `uow`, when someone who held the current one leaves: sealed to `team` (the current
    team key, or the new one of a rotation in the same unit) and granted to the active oversight accounts that have
    the dashboard (they hold the older generations already), except `leaving`. Nothing when the school has no
    oversight key yet. The session holds it once `uow` commits."""
    book = session.keybook
    if book.current_oversight_key is None:
        return
    keeping = [
        a
        for a in sorted(book.accounts.values(), key=lambda a: a.account_id)
        if a.active
        and a.account_id not in leaving
        and a.role == Role.OVERSIGHT
        and has_dashboard_access(session, a.account_id)
    ]
    private = generate_team_key()
    key_id = uow.record_public(
        {"type": EntryKind.OVERSIGHT_KEY, "public": b64(public_bytes_x25519(private.public_key()))}
    )
    uow.record_public(
        _grant_public(key_id, TEAM_GRANTEE, team.key_id), secret=x25519_private_bytes(private), recipients=[team]
    )
    for account in keeping:
        target = account.current_key
        to = Recipient(target.key_id, public=x25519_public_from_bytes(target.agreement_public))
        uow.record_public(
            _grant_public(key_id, account.account_id, target.key_id),
            secret=x25519_private_bytes(private),
            recipients=[to],
        )
    uow.on_commit(lambda: session.keyring.hold(key_id, private))


def has_dashboard_access(session: Session, account_id: str) -> bool:
    """True when the account's current key has been granted the current oversight key."""
    key = session.keybook.current_oversight_key
    account = session.keybook.accounts.get(account_id)
    if key is None or account is None:
        return False
    current = account.current_key.key_id
    return any(g.key_id == key.key_id and g.to_key_id == current for g in session.keybook.grants_to(account_id))


def _metric_records(session: Session) -> Iterator[MetricRecord]:
    held = [k.key_id for k in _generations(session) if session.keyring.holds(k.key_id)]
    if not held:
        return
    log, kinds = session.store.log, session.keybook.kinds
    direct = log.sealed_to_any(held)  # the audience's batch keys (and metrics sealed one by one, if any)
    batches = [entry.id for entry in direct if kinds.get(entry.id) == EntryKind.BATCH]
    for entry in [*(e for e in direct if kinds.get(e.id) != EntryKind.BATCH), *log.sealed_to_any(batches)]:
        content = session.keyring.open_content(entry)
        if content is None or content.get("kind") != EntryKind.METRICS:
            continue
        yield MetricRecord.from_content(entry.id, from_millis(entry.occurred_at), content)


def load_dashboard(session: Session, now: datetime | None = None, tz: tzinfo | None = None) -> Dashboard:
    """The dashboard for an oversight account (or a lead). Counts and clocks only; no record is opened."""
    session.refresh()
    if session.role == Role.LEAD:
        hold_oversight_key(session)
    key = session.keybook.current_oversight_key
    if key is None or not session.keyring.holds(key.key_id):
        raise NotPermitted("This account has not been given the oversight dashboard; ask a designated lead.")
    return dashboard(list(_metric_records(session)), now or now_utc(), tz)


def _expected(session: Session, state: SchoolState) -> Iterator[tuple[MetricEvent, str, str, datetime, dict]]:
    """Every metrics event the state implies: (event, ref entry id, item entry id, when, extra)."""
    lead = state.lead
    for concern in state.concerns.values():
        cid = concern.concern_id
        yield MetricEvent.CONCERN, cid, "", concern.recorded_at, {}
        ack = lead.acknowledgement(cid)
        if ack is not None:
            yield MetricEvent.ACKNOWLEDGED, cid, "", ack.at, {}
        closure = min(lead.closures.get(cid, ()), key=lambda c: (c.at, c.entry_id), default=None)
        if closure is not None:
            yield MetricEvent.CLOSED, cid, "", closure.at, {}
    for decision in lead.decisions.values():
        extra = {"decision": decision.decision, "needs_second_lead": decision.needs_second_lead}
        yield MetricEvent.DECISION, decision.concern_id, decision.entry_id, decision.at, extra
        for sign_off in lead.sign_offs.get(decision.entry_id, ()):
            if sign_off.by != decision.by:
                agrees = {"agrees": sign_off.agrees}
                yield MetricEvent.SIGN_OFF, decision.concern_id, decision.entry_id, sign_off.at, agrees
    settings = settings_of(state)
    for referral in lead.referrals.values():
        ref = referral.concern_id or referral.entry_id
        yield MetricEvent.REFERRAL, ref, referral.entry_id, referral.occurred_at, {"due": referral.expected_by}
        for chase in lead.chases.get(referral.entry_id, ()):
            due = add_working_days(chase.at, settings.referral_response_working_days)
            yield MetricEvent.REFERRAL_CHASED, ref, referral.entry_id, chase.at, {"due": due}
        outcome = lead.referral_outcome(referral.entry_id)
        if outcome is not None:
            yield MetricEvent.REFERRAL_OUTCOME, ref, referral.entry_id, outcome.at, {}
    for action in lead.actions.values():
        ref = action.concern_id or action.entry_id
        due = {"due_day": action.due.isoformat()} if action.due else {}
        yield MetricEvent.ACTION, ref, action.entry_id, action.at, due
        done = lead.action_done(action.entry_id)
        if done is not None:
            yield MetricEvent.ACTION_DONE, ref, action.entry_id, done.at, {}


def settings_metric(state: SchoolState) -> dict[str, Any]:
    """The clock numbers of the school's settings, as a settings metrics entry holds them."""
    payload = settings_of(state).to_payload()
    payload.pop("red_flags")
    return payload


def fill_metrics_gaps(session: Session, state: SchoolState) -> int:
    """Write the metrics entries that are missing (events recorded before the oversight key reached their PC).
    A lead acts; returns how many were written."""
    session.require_lead()
    if hold_oversight_key(session) is None:
        return 0
    held = {record.key() for record in _metric_records(session)}
    has_settings = any(key[0] == MetricEvent.SETTINGS for key in held)
    missing = []
    for event, ref_id, item_id, at, extra in _expected(session, state):
        ref = opaque_ref(session, ref_id) or ""
        item = (opaque_ref(session, item_id) or "") if item_id else ""
        chase_due = extra["due"].isoformat() if event == MetricEvent.REFERRAL_CHASED else ""
        if (event.value, ref, item, chase_due) not in held:
            missing.append((event, ref_id, item_id, at, extra))
    if not missing and (has_settings or state.lead.latest_settings() is None):
        return 0
    with UnitOfWork(session) as uow:
        for event, ref_id, item_id, at, extra in missing:
            record_metric(uow, session, event, ref_id, item_id, at, **extra)
        if not has_settings and state.lead.latest_settings() is not None:
            record_metric(uow, session, MetricEvent.SETTINGS, state.school_id or "school", **settings_metric(state))
            missing.append(None)
        uow.commit()
    return len(missing)
