"""Oversight: counts and clocks only, true by construction: the oversight account holds no key to any record."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime, timedelta

import pytest

from desktop_app.crypto.envelope import NoKeyHeld
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.oversight import (
    METRIC_KEYS,
    SETTINGS_KEYS,
    MetricEvent,
    MetricRecord,
    coarse_time,
    coarse_wait_minutes,
    dashboard,
    metric_content,
    settings_clocks,
)
from desktop_app.domain.records import Role
from desktop_app.domain.triage.lead_settings import LeadSettings
from desktop_app.services.audit import audit_summary, file_access_log, record_export, record_print
from desktop_app.services.concerns import add_addendum, read_child_file
from desktop_app.services.decisions import add_action, record_decision, record_referral
from desktop_app.services.errors import NotPermitted
from desktop_app.services.oversight import (
    ensure_oversight_key,
    fill_metrics_gaps,
    flush_metrics,
    grant_dashboard_access,
    load_dashboard,
)
from desktop_app.services.staff_admin import add_account, disable_account, enable_account, find_account, revoke_lead
from desktop_app.services.state import load_state
from desktop_app.services.triage import acknowledge, save_settings, set_category
from desktop_app.services.verify import verify_store
from tests.conftest import LEAD2, LEAD2_PASS, OVERSIGHT, OVERSIGHT_PASS, ROSTER_CSV, School
from tests.unit.test_decisions import ARM
from tests.unit.test_triage import AHMED, JAKUB, ZOFIA, record

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday


def metric(event: MetricEvent, ref: str, hours: float, item: str = "", **extra: object) -> MetricRecord:
    content = metric_content(event, ref, item, **extra)
    return MetricRecord.from_content(f"m-{event}-{ref}-{item}-{hours}", T0 + timedelta(hours=hours), content)


def test_a_metrics_entry_cannot_hold_words() -> None:
    with pytest.raises(ValueError, match="may not hold 'rationale'"):
        metric_content(MetricEvent.DECISION, "ref", "item", rationale="Mum explained")
    with pytest.raises(ValueError, match="may not hold 'pupil'"):
        metric_content(MetricEvent.CONCERN, "ref", pupil="A123456789012")


def test_the_dashboard_counts_and_clocks() -> None:
    records = [
        metric(MetricEvent.CONCERN, "c1", 0),
        metric(MetricEvent.CONCERN, "c1", 0.5),  # the same event written twice (a gap filled on two PCs)
        metric(MetricEvent.CONCERN, "c2", 1),
        metric(MetricEvent.CONCERN, "c3", 2),
        metric(MetricEvent.CONCERN, "c4", 3),
        metric(MetricEvent.ACKNOWLEDGED, "c1", 2),
        metric(MetricEvent.ACKNOWLEDGED, "c2", 7),
        metric(MetricEvent.ACKNOWLEDGED, "c3", 26),
        metric(MetricEvent.DECISION, "c1", 3, "d1", decision="monitor", needs_second_lead=True),
        metric(MetricEvent.DECISION, "c2", 8, "d2", decision="monitor", needs_second_lead=False),
        metric(MetricEvent.DECISION, "c2", 9, "d3", decision="refer-csc", needs_second_lead=False),  # stands
        metric(MetricEvent.REFERRAL, "c2", 9, "r1", due=T0 + timedelta(hours=33)),
        metric(MetricEvent.REFERRAL, "c3", 27, "r2", due=T0 + timedelta(hours=51)),
        metric(MetricEvent.REFERRAL_CHASED, "c2", 40, "r1", due=T0 + timedelta(hours=64)),
        metric(MetricEvent.REFERRAL_OUTCOME, "c3", 50, "r2"),
        metric(MetricEvent.ACTION, "c1", 4, "a1", due_day="2026-03-03"),
        metric(MetricEvent.ACTION, "c1", 4, "a2", due_day="2026-03-20"),
        metric(MetricEvent.CLOSED, "c3", 60),
    ]
    board = dashboard(records, T0 + timedelta(hours=48), tz=UTC)  # Wed 4 Mar 09:00
    assert (board.concerns, board.open_concerns, board.unacknowledged, board.acknowledged) == (4, 3, 1, 3)
    assert (board.median_hours_to_acknowledge, board.worst_hours_to_acknowledge) == (6.0, 24.0)
    assert board.overdue_acknowledgements == 1 and board.longest_wait_hours == 45.0  # c4: due Tue 12:00
    assert board.decisions_by_type == {"refer-csc": 1, "monitor": 1} and board.awaiting_second_lead == 1
    assert (board.referrals, board.referrals_awaiting_outcome, board.referrals_overdue) == (2, 1, 0)  # r1 chased
    assert board.actions_overdue == 1 and board.overdue_items == 2
    later = dashboard([*records, metric(MetricEvent.SIGN_OFF, "c1", 49, "d1", agrees=True)], T0 + timedelta(hours=70))
    assert later.awaiting_second_lead == 0 and later.referrals_overdue == 1
    assert "Decisions: Refer to children's social care: 1, Monitor in school: 1" in "\n".join(later.lines())


def test_the_schools_clock_reaches_the_dashboard_through_a_settings_metric() -> None:
    records = [metric(MetricEvent.CONCERN, "c1", 0)]
    now = T0 + timedelta(hours=30)
    assert dashboard(records, now, tz=UTC).overdue_acknowledgements == 1
    clock = settings_clocks(LeadSettings(acknowledge_within_school_days=2))
    assert "time_zone" not in clock and "internal_parts" not in clock and "red_flags" not in clock
    settings = metric(MetricEvent.SETTINGS, "school", -1, **clock)
    assert dashboard([*records, settings], now, tz=UTC).overdue_acknowledgements == 0


def test_clocks_are_held_no_finer_than_the_dashboard_shows_them() -> None:
    assert coarse_time(T0) == T0 and coarse_time(T0 + timedelta(milliseconds=1)) == T0 + timedelta(hours=1)
    assert coarse_time(T0 + timedelta(minutes=59, seconds=59)) == T0 + timedelta(hours=1)
    assert [coarse_wait_minutes(s) for s in (-5, 29, 31, 59 * 60 + 20)] == [0, 0, 1, 59]
    assert coarse_wait_minutes(2 * 3600 + 17 * 60) == 138  # 2.3 h, as shown
    assert coarse_wait_minutes(3 * 86400 + 3600) == 3 * 1440  # 3.0 days (3.04), as shown


def test_older_and_newer_metrics_count_together() -> None:
    """Entries written before counts were held back (exact times; decisions, referrals and actions under the
    concern's reference) and after (coarse clocks, references of their own) make one dashboard."""
    hour = 3_600_000
    newer_concern = metric_content(MetricEvent.CONCERN, "c2", at=T0 + timedelta(hours=1))
    records = [
        metric(MetricEvent.CONCERN, "c1", 0),
        metric(MetricEvent.ACKNOWLEDGED, "c1", 2),  # older: the wait is the difference of exact times
        MetricRecord.from_content("n1", T0 + timedelta(hours=9), newer_concern),
        MetricRecord.from_content(
            "n2", T0 + timedelta(hours=9), metric_content(MetricEvent.ACKNOWLEDGED, "c2", wait=30)
        ),
        metric(MetricEvent.DECISION, "c1", 3, "d1", decision="monitor", needs_second_lead=True),
        metric(MetricEvent.DECISION, "dc1", 9, "d2", decision="refer-csc", replaces=["d1"]),
        metric(MetricEvent.REFERRAL, "c1", 4, "r1", due=T0 + timedelta(hours=28)),
        metric(MetricEvent.REFERRAL, "r1", 9, "r1", due=T0 + timedelta(hours=29)),  # the same, written again
        metric(MetricEvent.REFERRAL_CHASED, "r1", 9, "r1", due=T0 + timedelta(hours=60)),
        metric(MetricEvent.REFERRAL_CHASED, "r1", 9, "r1", due=T0 + timedelta(hours=40)),  # an earlier chase
    ]
    board = dashboard(records, T0 + timedelta(hours=50), tz=UTC)
    assert (board.concerns, board.acknowledged) == (2, 2)
    assert (board.median_hours_to_acknowledge, board.worst_hours_to_acknowledge) == (1.25, 2.0)
    assert board.decisions_by_type == {"refer-csc": 1} and board.awaiting_second_lead == 0
    assert (board.referrals, board.referrals_overdue) == (1, 0)  # chased: due at 60 h, whatever the order
    assert records[2].at == T0 + timedelta(hours=1) and newer_concern["at"] % hour == 0


def _school_with_records(school: School) -> dict[str, str]:
    """Concerns before and after the oversight key exists, and one of every lead action."""
    staff, lead = school.staff(), school.lead()
    ids = {
        "early": record(staff, ZOFIA, "Bruise on Zofia's left arm", days_ago=30, injuries=[ARM]),
        "before_key": record(staff, JAKUB, "Jakub took food from lunch boxes"),
    }
    ensure_oversight_key(lead)  # fills in the metrics of what was recorded before it existed
    ids["after_key"] = record(staff, ZOFIA, "Another bruise on Zofia's arm", injuries=[ARM])
    ids["unacknowledged"] = record(staff, AHMED, "Ahmed said he sleeps on the floor")
    state = load_state(lead)
    acknowledge(lead, state, ids["early"])
    set_category(lead, state, ids["before_key"], "attendance", "late every day")
    add_addendum(lead, state, ids["early"], "Mum says it happened at gymnastics")
    ids["decision"] = record_decision(lead, state, ids["after_key"], "monitor", "Mum explained").decision_id
    referral_made = datetime.now(UTC) - timedelta(days=4)
    record_referral(lead, state, ids["before_key"], "Coventry MASH", "MASH-1", made_at=referral_made)
    zofia = state.pupil_by_upn(ZOFIA)
    assert zofia is not None
    add_action(lead, state, zofia.pupil_id, "Phone Zofia's mum", staff.account_id, date.today() - timedelta(days=1))
    save_settings(lead, load_state(lead), LeadSettings(amber_hours_before_due=2))
    return ids


def test_an_oversight_account_opens_counts_and_nothing_else(school: School) -> None:
    ids = _school_with_records(school)
    lead = school.lead()
    oversight_id = next(m.account_id for m in load_state(lead).staff.values() if m.username == OVERSIGHT)
    with pytest.raises(NotPermitted, match="not been given the oversight dashboard"):
        load_dashboard(school.sign_in(OVERSIGHT, OVERSIGHT_PASS))
    grant_dashboard_access(lead, oversight_id)
    oversight = school.sign_in(OVERSIGHT, OVERSIGHT_PASS)

    state = load_state(lead)
    secrets = {p.full_name for p in state.pupils.values()} | {p.upn for p in state.pupils.values()}
    secrets |= set(state.pupils) | {"Bruise", "gymnastics", "Mum explained", "MASH", "Phone", "lunch boxes"}
    secrets |= {line.split(",")[3] for line in ROSTER_CSV.decode().splitlines()[1:]}  # surnames
    opened_kinds: dict[str, int] = {}
    lead_kinds: dict[str, int] = {}
    for entry in school.store.log.all():
        if entry.sealed is None or lead.keybook.kinds.get(entry.id) in (EntryKind.BATCH, EntryKind.GRANT):
            continue
        as_lead = lead.keyring.open_content(entry)
        assert as_lead is not None, f"a lead cannot open {entry.id}"
        lead_kinds[as_lead["kind"]] = lead_kinds.get(as_lead["kind"], 0) + 1
        try:
            content = oversight.keyring.open_content(entry)
        except Exception as exc:
            raise AssertionError(f"{entry.id}: {exc!r}") from exc
        if content is None:
            with pytest.raises(NoKeyHeld):
                oversight.keyring.open_bytes(entry)
            continue
        kind = content.pop("kind")
        opened_kinds[kind] = opened_kinds.get(kind, 0) + 1
        if kind == "account.profile":
            assert entry.id == oversight_id  # its own profile only
            continue
        assert kind == EntryKind.METRICS and entry.subject is None
        allowed = SETTINGS_KEYS | {"event", "ref"} if content["event"] == "settings" else METRIC_KEYS
        assert set(content) <= allowed
        text = json.dumps(content, ensure_ascii=False)
        assert not [s for s in secrets if s and s in text], text
    for kind in (EntryKind.CONCERN, EntryKind.PUPIL, EntryKind.ADDENDUM, EntryKind.DECISION, EntryKind.ACKNOWLEDGEMENT,
                 EntryKind.CATEGORY_CHANGE, EntryKind.REFERRAL, EntryKind.ACTION, EntryKind.LEAD_SETTINGS,
                 EntryKind.FILE_VIEWED):  # fmt: skip
        assert lead_kinds.get(kind, 0) > 0 or kind == EntryKind.FILE_VIEWED, kind
        assert kind not in opened_kinds
    assert set(opened_kinds) == {"account.profile", EntryKind.METRICS}
    with pytest.raises(NotPermitted):
        oversight.directory_key()

    now = datetime.now(UTC) + timedelta(days=10)
    board = load_dashboard(oversight, now)
    assert (board.concerns, board.open_concerns, board.acknowledged, board.unacknowledged) == (4, 4, 2, 2)
    assert board.overdue_acknowledgements == 2  # ten days on, nobody acknowledged Jakub's or Ahmed's
    assert board.median_hours_to_acknowledge is not None and board.worst_hours_to_acknowledge is not None
    assert 0 <= board.median_hours_to_acknowledge <= board.worst_hours_to_acknowledge < 1
    assert board.decisions_by_type == {"monitor": 1} and board.awaiting_second_lead == 1  # recurring arm bruise
    assert (board.referrals, board.referrals_awaiting_outcome, board.referrals_overdue) == (1, 1, 1)
    assert board.actions_overdue == 1 and board.settings.amber_hours_before_due == 2
    assert load_dashboard(lead, now) == board  # a lead sees the same numbers
    assert verify_store(school.store, oversight).intact
    assert fill_metrics_gaps(lead, load_state(lead)) == 0  # nothing missing: none written twice
    assert ids


def test_metrics_missing_from_a_pc_that_did_not_know_the_key_are_filled_once(school: School) -> None:
    staff, lead = school.staff(), school.lead()
    ensure_oversight_key(lead)
    concern = record(staff, ZOFIA, "Recorded on a PC that knew the key")
    staff_without_key = school.staff()
    staff_without_key.keybook.oversight_keys.clear()  # as if this PC had not yet synced the oversight key
    missing = record(staff_without_key, JAKUB, "Recorded on a PC that did not")
    assert load_dashboard(lead).concerns == 1
    assert fill_metrics_gaps(lead, load_state(lead)) == 1
    assert fill_metrics_gaps(lead, load_state(lead)) == 0
    assert load_dashboard(lead).concerns == 2
    assert concern != missing


def test_the_oversight_key_rotates_when_someone_who_held_it_leaves_and_the_counts_carry_on(school: School) -> None:
    staff, lead = school.staff(), school.lead()
    state = load_state(lead)
    governor_id, deputy_id = (find_account(lead, state, name) for name in (OVERSIGHT, LEAD2))
    grant_dashboard_access(lead, governor_id)
    early = record(staff, ZOFIA, "Recorded before any rotation")
    flush_metrics(staff)  # the session's counts are written when it ends (or here)
    first = lead.keybook.current_oversight_key
    revoke_lead(lead, deputy_id)  # the deputy held the oversight key through the team key
    second = lead.keybook.current_oversight_key
    assert first is not None and second is not None and second.key_id != first.key_id
    acknowledge(lead, load_state(lead), early)  # after the rotation: still the same concern on the dashboard
    flush_metrics(lead)
    staff.refresh()
    record(staff, JAKUB, "Recorded after the rotation")
    flush_metrics(staff)
    now = datetime.now(UTC) + timedelta(hours=1)
    board = load_dashboard(school.sign_in(OVERSIGHT, OVERSIGHT_PASS), now)
    assert (board.concerns, board.acknowledged, board.unacknowledged) == (2, 1, 1)
    assert load_dashboard(lead, now) == board

    disable_account(lead, governor_id)  # a governor who leaves: a third key, not granted to them
    third = lead.keybook.current_oversight_key
    assert third is not None and third.key_id != second.key_id
    assert not any(g.key_id == third.key_id for g in lead.keybook.grants_to(governor_id))
    enable_account(lead, governor_id)  # back again: every key made meanwhile
    assert load_dashboard(school.sign_in(OVERSIGHT, OVERSIGHT_PASS), now) == board
    add_account(lead, "h.governor", "Hana Governor", Role.OVERSIGHT, "governor-pass-10")  # given every generation
    assert load_dashboard(school.sign_in("h.governor", "governor-pass-10"), now) == board
    assert fill_metrics_gaps(lead, load_state(lead)) == 0
    assert verify_store(school.store, lead).intact


# --- the access audit ---------------------------------------------------------------------------------------------


def test_leads_see_who_opened_exported_or_printed_a_file(school: School) -> None:
    lead, deputy = school.lead(), school.sign_in(LEAD2, LEAD2_PASS)
    record(school.staff(), ZOFIA, "x")
    zofia = load_state(lead).pupil_by_upn(ZOFIA)
    assert zofia is not None
    read_child_file(lead, zofia.pupil_id)
    read_child_file(deputy, zofia.pupil_id, family=True)
    record_export(lead, zofia.pupil_id, "referral pack", "to Coventry MASH, external version")
    record_print(deputy, zofia.pupil_id, "chronology")
    rows = file_access_log(lead, zofia.pupil_id)
    assert [(r.who, r.action, r.detail) for r in rows] == [
        ("Bilal Deputy (Deputy DSL)", "printed (chronology)", ""),
        ("Alice Lead (lead)", "exported (referral pack)", "to Coventry MASH, external version"),
        ("Bilal Deputy (Deputy DSL)", "opened the file", ""),
        ("Alice Lead (lead)", "opened the file", ""),
    ]
    assert [r.when for r in rows] == sorted((r.when for r in rows), reverse=True)
    with pytest.raises(NotPermitted):
        file_access_log(school.staff(), zofia.pupil_id)


def test_the_audit_summary_says_what_is_broken_in_plain_words(school: School) -> None:
    lead = school.lead()
    concern = record(school.staff(), ZOFIA, "x")
    assert audit_summary(lead).intact
    with closing(sqlite3.connect(school.store.db_path)) as conn:  # as someone with the file could
        conn.execute("DROP TRIGGER entries_no_update")
        (sealed,) = conn.execute("SELECT sealed FROM entries WHERE id = ?", (concern,)).fetchone()
        changed = bytearray(sealed)
        changed[-1] ^= 0x01
        conn.execute("UPDATE entries SET sealed = ? WHERE id = ?", (bytes(changed), concern))
        conn.commit()
    summary = audit_summary(school.lead())
    assert not summary.intact and summary.headline().startswith(f"{len(summary.breaks)} problem(s) found in")
    about = {(b.by, b.words) for b in summary.breaks if b.entry_id == concern}
    assert (
        "Carys Teacher (Year 1 teacher)",
        "An entry was changed after it was written: its content no longer matches its signature.",
    ) in about
    assert all(b.when is not None and b.words.startswith("An entry ") for b in summary.breaks)
