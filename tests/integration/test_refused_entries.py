"""Issue 12, item 1 on a real hub: an entry refused for its author's authority never cuts off a chain.

A member of staff is disabled on PC A while still recording on PC B, which is offline; another member of staff
records on B after her. Once the PCs have synced, A and C hold every entry of B, B's later entries by others are
used everywhere, hers are kept but quarantined everywhere with the reason, B says "refused by the school", and
`verify` names them without failing. When a lead re-enables her account, her entries count everywhere.
"""

from __future__ import annotations

import pytest

from desktop_app import cli
from desktop_app.domain.key_refusals import WHILE_DISABLED
from desktop_app.services.concerns import check_concerns, record_concerns, refused_concerns
from desktop_app.services.directory import load_directory
from desktop_app.services.errors import NotPermitted
from desktop_app.services.staff_admin import disable_account, enable_account, find_account
from desktop_app.services.state import load_state
from desktop_app.services.sync import refused_entries, sync_status
from desktop_app.services.verified import reason_in_words, trust_warnings
from desktop_app.services.verify import verify_store
from tests.conftest import STAFF, STAFF2, STAFF2_PASS, STAFF_PASS
from tests.integration.conftest import PC, Trust

ZOFIA, JAKUB = "A123456789012", "A123456789013"


def three_pcs(trust: Trust) -> tuple[PC, PC, PC]:
    pc_a = trust.found_school("pc-a")
    assert pc_a.sync().ok
    pc_b, pc_c = trust.join(pc_a, "pc-b"), trust.join(pc_a, "pc-c")
    for pc in (pc_b, pc_c):
        assert pc.sync().ok
    return pc_a, pc_b, pc_c


def disable(pc: PC, username: str) -> str:
    lead = pc.lead()
    try:
        account_id = find_account(lead, load_state(lead), username)
        disable_account(lead, account_id)
        return account_id
    finally:
        lead.close()


def used_concerns(pc: PC) -> set[str]:
    return set(pc.state().concerns)


def test_a_disabled_member_of_staff_recording_offline_cuts_nothing_off(
    trust: Trust, capsys: pytest.CaptureFixture[str]
) -> None:
    pc_a, pc_b, pc_c = three_pcs(trust)
    teacher_id = disable(pc_a, STAFF)  # on PC A; PC B is offline and does not know
    assert pc_a.sync().ok

    teacher = pc_b.sign_in(STAFF, STAFF_PASS)  # she is still signed in on B, which has not heard
    hers = pc_b.record(STAFF, STAFF_PASS, ZOFIA, "Said her stepdad hits her with a slipper.")
    hers_too = pc_b.record(STAFF, STAFF_PASS, JAKUB, "Bruise on his cheek, says he fell.")
    later = pc_b.record(STAFF2, STAFF2_PASS, JAKUB, "Asleep in lessons all week.")  # another person, after hers
    assert sync_status(pc_b.store).own_refused == 0
    lead_b = pc_b.lead()  # a lead on B reads them while B has not heard (and keeps a snapshot of that)
    assert {hers, hers_too, later} <= set(load_state(lead_b).concerns)
    lead_b.close()
    lead_b = pc_b.lead()  # and is signed in when the news comes
    assert {hers, hers_too, later} <= set(load_state(lead_b).concerns)

    report_b = pc_b.sync()  # B sends everything and hears of the disabling
    assert report_b.ok and not report_b.refused, report_b.lines()
    assert {q.entry_id for q in report_b.own_refused} >= {hers, hers_too}
    assert any("refused by the school" in line for line in report_b.lines())
    status = sync_status(pc_b.store)
    assert status.own_refused >= 2 and "Up to date" not in status.text
    assert "written on this PC were refused by the school" in status.text
    code = cli.main(["--data-dir", str(pc_b.store.data_dir), "sync", "--status"])  # what IT reads on B
    out = capsys.readouterr().out
    assert code == 0 and "Up to date" not in out
    assert f"entry {hers}: refused by the school: {reason_in_words(WHILE_DISABLED)}" in out

    folded = load_state(lead_b).concerns  # the same session, once the news came: hers are taken out
    assert later in folded and hers not in folded and hers_too not in folded
    lead_b.close()
    lead_b = pc_b.lead()  # a new sign-in does not take them back from the snapshot written before the news
    folded = load_state(lead_b).concerns
    assert later in folded and hers not in folded and hers_too not in folded
    lead_b.close()

    for pc in (pc_a, pc_c):
        report = pc.sync()
        assert report.ok and not report.refused, report.lines()
        held_back = {r.entry_id: r.reason for r in report.held_back}
        assert held_back[hers] == held_back[hers_too] == WHILE_DISABLED
        assert later not in held_back
        assert {hers, hers_too, later} <= set(pc.entry_ids()), "every entry of B is kept"
        assert not refused_entries(pc.store)

    for pc in (pc_a, pc_b, pc_c):
        concerns = used_concerns(pc)
        assert later in concerns, f"{pc.name}: the entry after hers is used"
        assert hers not in concerns and hers_too not in concerns, f"{pc.name}: hers are quarantined"
        report = verify_store(pc.store)
        assert report.intact, [str(p) for p in report.problems]
        assert {p.entry_id: p.what for p in report.refused}[hers] == WHILE_DISABLED
        code = cli.main(["--data-dir", str(pc.store.data_dir), "verify"])
        out = capsys.readouterr().out
        assert code == 0 and f"NOT USED: entry {hers}: {WHILE_DISABLED}" in out, out
        assert "OK: " in out and "kept but not used (refused by the school)" in out
        lead = pc.lead()
        try:
            state = load_state(lead)
            names = {a: m.full_name for a, m in state.staff.items()}
            warnings = "\n".join(trust_warnings(lead.view, names=names))
            teacher_name = state.staff[teacher_id].full_name
            assert f"entry {hers}: {WHILE_DISABLED} (written by {teacher_name})" in warnings, warnings
        finally:
            lead.close()

    teacher.refresh()
    load_state(teacher)  # her session folds what is new and judges it
    refused = {r.concern.concern_id: r.reason for r in refused_concerns(teacher)}
    assert refused == {hers: reason_in_words(WHILE_DISABLED), hers_too: reason_in_words(WHILE_DISABLED)}
    teacher.close()

    # A lead re-enables her account: what she wrote beside the disabling counts on every PC, folded at once.
    lead = pc_c.lead()
    folded_before = load_state(lead)  # a session that already passed over her entries
    assert hers not in folded_before.concerns
    enable_account(lead, find_account(lead, folded_before, STAFF))
    assert pc_c.sync().ok
    assert hers in load_state(lead).concerns and hers_too in load_state(lead).concerns
    lead.close()
    for pc in (pc_a, pc_b, pc_c, pc_a, pc_b):
        assert pc.sync().ok
    for pc in (pc_a, pc_b, pc_c):
        assert {hers, hers_too, later} <= used_concerns(pc), pc.name
        report = verify_store(pc.store)
        assert report.intact and not report.refused, [str(p) for p in report.problems + report.refused]
    assert sync_status(pc_b.store).own_refused == 0
    assert sync_status(pc_b.store).text == "Up to date."


def test_once_her_pc_has_heard_of_her_disabling_she_can_write_nothing(trust: Trust) -> None:
    """Her session goes on while B syncs: from then on nothing she writes is saved (what a modified program writes
    knowing of the disabling never counts, re-enabled or not: tests/unit/test_refusal_rules.py)."""
    pc_a, pc_b, _pc_c = three_pcs(trust)
    disable(pc_a, STAFF)
    assert pc_a.sync().ok
    teacher = pc_b.sign_in(STAFF, STAFF_PASS)  # signed in before B heard
    directory = load_directory(teacher)
    assert pc_b.sync().ok  # now B holds the disabling; her session goes on
    teacher.refresh()
    held = pc_b.store.log.count()
    item = {"pupil": ZOFIA, "occurred_at": "2026-03-04T10:15", "category": "neglect", "what_happened": "Hungry."}
    with pytest.raises(NotPermitted, match="disabled"):
        record_concerns(teacher, directory, check_concerns(directory, [item]))
    assert pc_b.store.log.count() == held
    teacher.close()
