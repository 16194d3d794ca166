"""The pattern the Daniel Pelka review found, recorded the way a school would, and what the lead's workspace shows.

A four-year-old and his sister; injuries on his arm, ear and face recorded by different members of staff over five
months; hunger; one record written weeks late; a decision not to refer. The red flags must appear at the right
entries with the right reasons, the family chronology must link both children (confirmed on the command line),
and the decision must wait for a second, different, lead.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.domain.entries import EntryKind
from desktop_app.domain.records import Role
from desktop_app.domain.red_flags import FlagCode
from desktop_app.domain.triage.items import Stage
from desktop_app.services.accounts import add_staff, create_school
from desktop_app.services.concerns import add_addendum, check_concerns, read_child_file
from desktop_app.services.decisions import record_decision, sign_off_decision
from desktop_app.services.directory import import_roster, load_directory
from desktop_app.services.errors import NotPermitted
from desktop_app.services.session import Session, sign_in
from desktop_app.services.state import load_state
from desktop_app.services.store import SchoolStore
from desktop_app.services.triage import load_queue, open_workspace, refresh_workspace
from desktop_app.services.uow import UnitOfWork
from tests.conftest import (
    LEAD,
    LEAD2,
    LEAD2_PASS,
    LEAD_PASS,
    OVERSIGHT,
    OVERSIGHT_PASS,
    STAFF,
    STAFF2,
    STAFF2_PASS,
    STAFF_PASS,
)
from tests.e2e.conftest import run_cli

DANIEL, ANNA, OTHER = "P100000000001", "P100000000002", "P100000000003"
MIDDAY, MIDDAY_PASS = "e.midday", "midday-password-5"
START = datetime.now(UTC).replace(hour=9, minute=0, second=0, microsecond=0) - timedelta(days=150)


def _birthday(years_before: int, of: date) -> date:
    return date(of.year - years_before, of.month, min(of.day, 28))


DANIEL_BORN = _birthday(4, START.date()) + timedelta(days=35)  # three for the first five weeks, then four
ROSTER = (
    "UPN,Legal Forename,Legal Surname,Date of Birth,Gender,Year,Reg Group,Address Block,Postcode,Primary Contact,"
    "Contact 1 Telephone\n"
    f'{DANIEL},Daniel,Pelka,{DANIEL_BORN.isoformat()},Male,R,RB,"14 Elm Street, Coventry",CV6 1AA,'
    "Mrs Magdalena Łuczak,07700 900456\n"
    f"{ANNA},Anna,Pelka,{_birthday(7, START.date()).isoformat()},Female,2,2A,14 Elm Street,cv6 1aa,"
    "Magdalena Łuczak,+44 7700 900456\n"
    f"{OTHER},Tomasz,Kowalski,2018-02-02,Male,3,3A,2 Oak Road,CV6 2BB,Ewa Kowalska,07700 900789\n"
).encode()


def _mark(region: str, explanation: str = "", view: str = "front", by: str | None = None) -> dict:
    mark = {"view": view, "x": 0.5, "y": 0.5, "region": region, "type": "bruise", "size_cm": 2.0,
            "explanation": explanation}  # fmt: skip
    return {**mark, "explanation_by": by} if by else mark


def _record(session: Session, upn: str, day: int, text: str, category: str = "physical-abuse",
            written_day: float | None = None, **extra: object) -> str:  # fmt: skip
    """A concern about `day`, checked as the app checks it, written (like the demo's simulated history) when it
    was written: half an hour after it happened, or on `written_day`."""
    directory = load_directory(session)
    pupil = directory.pupil_by_upn(upn)
    assert pupil is not None
    occurred = START + timedelta(days=day)
    item = {"pupil": upn, "occurred_at": occurred.isoformat(), "category": category, "what_happened": text, **extra}
    [concern] = check_concerns(directory, [item])
    content = {
        "category": concern.category, "what_happened": concern.what_happened, "location": "",
        "childs_words": concern.childs_words, "opinion": "", "present": "", "action_taken": "Told the DSL.",
        "other_children": [], "injuries": [m.to_payload() for m in concern.injuries],
    }  # fmt: skip
    written = START + timedelta(days=written_day) if written_day is not None else occurred + timedelta(minutes=30)
    with UnitOfWork(session) as uow:
        entry_id = uow.record(
            EntryKind.CONCERN, content, subject=pupil.pupil_id, occurred_at=occurred, recorded_at=written
        )
        uow.commit()
    return entry_id


@pytest.fixture
def scenario(tmp_path: Path) -> dict:
    data_dir = tmp_path / "school"
    store, _code = create_school(data_dir, "Hillside Primary School", LEAD, "Alice Lead", LEAD_PASS)
    lead = sign_in(store, LEAD, LEAD_PASS)
    add_staff(lead, LEAD2, "Bilal Deputy", Role.LEAD, LEAD2_PASS, "Deputy DSL")
    add_staff(lead, STAFF, "Carys Teacher", Role.STAFF, STAFF_PASS, "Reception teacher")
    add_staff(lead, STAFF2, "Dev Assistant", Role.STAFF, STAFF2_PASS, "Teaching assistant")
    add_staff(lead, MIDDAY, "Erin Midday", Role.STAFF, MIDDAY_PASS, "Midday supervisor")
    add_staff(lead, OVERSIGHT, "Grace Governor", Role.OVERSIGHT, OVERSIGHT_PASS, "Safeguarding governor")
    import_roster(lead, ROSTER)
    carys, dev = sign_in(store, STAFF, STAFF_PASS), sign_in(store, STAFF2, STAFF2_PASS)
    erin = sign_in(store, MIDDAY, MIDDAY_PASS)
    ids = {
        "arm": _record(carys, DANIEL, 0, "Bruise on Daniel's upper arm seen when changing for PE.",
                       injuries=[_mark("upper-arm-left", "He fell off the bunk bed", by="parent")]),
        "hungry": _record(dev, DANIEL, 12, "Daniel took food from other children's lunch boxes.", "neglect",
                          childs_words="I'm hungry"),
        "ear_late": _record(erin, DANIEL, 20, "Bruise on Daniel's left ear at lunchtime; I did not write it up then.",
                            written_day=100, injuries=[_mark("ear-left", view="head-left")]),  # eighty days late
        "cheek": _record(carys, DANIEL, 45, "Bruise on Daniel's left cheek at registration.",
                         childs_words="I walked into the door", injuries=[_mark("cheek-left", "walked into a door")]),
        "anna": _record(dev, ANNA, 50, "Anna said there is no food at home.", "neglect", childs_words="No food"),
        "bin": _record(erin, DANIEL, 60, "Daniel was eating from the bin at lunchtime.", "neglect"),
        "ear_again": _record(carys, DANIEL, 110, "Bruise on Daniel's left ear again.",
                             injuries=[_mark("ear-left", "He fell in the park", "head-left", "parent")]),
    }  # fmt: skip
    state = load_state(lead)
    ids["addendum"] = add_addendum(lead, state, ids["ear_again"], "Mum now says it happened at his grandmother's.")
    for session in (lead, carys, dev, erin):
        session.close()
    store.close()
    return {"data_dir": data_dir, "ids": ids}


def test_the_flags_the_family_and_the_second_lead(scenario: dict) -> None:
    data_dir, ids = scenario["data_dir"], scenario["ids"]
    # 1. The lead confirms the household on the command line, from the suggestion.
    suggested = run_cli(data_dir, "household", "suggestions", "--as", LEAD, secrets=[LEAD_PASS])
    assert suggested.code == 0, suggested.err
    assert "Anna Pelka" in suggested.out and "Daniel Pelka" in suggested.out and "Tomasz" not in suggested.out
    assert "because: same address: 14 Elm Street, Coventry, CV6 1AA" in suggested.out
    assert "because: shared contact: Mrs Magdalena Łuczak" in suggested.out
    linked = run_cli(data_dir, "household", "link", DANIEL, ANNA, "--as", LEAD, secrets=[LEAD_PASS])
    assert linked.code == 0 and "Daniel Pelka (P100000000001), Anna Pelka (P100000000002)" in linked.out

    # 2. The family chronology, with its flags, on the command line.
    shown = run_cli(data_dir, "chronology", DANIEL, "--family", "--json", "--as", LEAD, secrets=[LEAD_PASS])
    assert shown.code == 0, shown.err
    file = json.loads(shown.out)
    assert [m["name"] for m in file["family"]] == ["Daniel Pelka", "Anna Pelka"]
    rows = {row["entry_id"]: row for row in file["entries"]}
    assert rows[ids["anna"]]["child"] == "Anna Pelka" and rows[ids["arm"]]["child"] == "Daniel Pelka"
    assert [k for k in ("arm", "hungry", "ear_late", "cheek", "bin") if rows[ids[k]]["recorded_late"]] == ["ear_late"]
    concern_order = [r["entry_id"] for r in file["entries"] if r["kind"] == "concern"]
    assert concern_order == [ids[k] for k in ("arm", "hungry", "ear_late", "cheek", "anna", "bin", "ear_again")]
    by_entry = {entry_id: {f["code"] for f in row["red_flags"]} for entry_id, row in rows.items()}
    assert by_entry[ids["arm"]] == {FlagCode.ADULT_EXPLANATION}
    assert by_entry[ids["hungry"]] == {FlagCode.INJURY_WITH_NEGLECT}
    assert {FlagCode.TEN4_FACESP, FlagCode.RECURRING_INJURY, FlagCode.NO_EXPLANATION, FlagCode.INJURY_WITH_NEGLECT,
            FlagCode.CLUSTER} <= by_entry[ids["ear_late"]]  # fmt: skip
    assert FlagCode.TEN4_FACESP not in by_entry[ids["cheek"]]  # he was four by then
    assert FlagCode.RECURRING_INJURY in by_entry[ids["cheek"]]
    assert by_entry[ids["anna"]] == {FlagCode.HOUSEHOLD}
    assert {FlagCode.INJURY_WITH_NEGLECT, FlagCode.HOUSEHOLD} <= by_entry[ids["bin"]]
    assert {FlagCode.RECURRING_INJURY, FlagCode.ADULT_EXPLANATION, FlagCode.CHANGING_EXPLANATION,
            FlagCode.HOUSEHOLD} <= by_entry[ids["ear_again"]]  # fmt: skip
    reasons = {(f["at_entry"], f["code"]): f for f in file["red_flags"]}
    ten4 = reasons[(ids["ear_late"], FlagCode.TEN4_FACESP)]["reason"]
    assert ten4.startswith("Bruising on the left ear of a child aged 3 years 11 months: a TEN-4-FACESp site")
    recurring = reasons[(ids["ear_again"], FlagCode.RECURRING_INJURY)]
    assert (
        recurring["strong"]
        and "in the same place as before or next to it (left cheek and left ear)" in (recurring["reason"])
    )
    assert recurring["entry_ids"][-1] == ids["ear_again"] and ids["cheek"] in recurring["entry_ids"]
    changing = reasons[(ids["ear_again"], FlagCode.CHANGING_EXPLANATION)]
    assert changing["entry_ids"] == [ids["ear_again"], ids["addendum"]]
    household = reasons[(ids["anna"], FlagCode.HOUSEHOLD)]["reason"]
    assert household.startswith("Concerns about 2 children of the same household within 90 days: also Daniel Pelka")
    text = run_cli(data_dir, "chronology", DANIEL, "--family", "--as", LEAD, secrets=[LEAD_PASS])
    assert "RED FLAG: Bruising on the left ear of a child aged 3 years 11 months" in text.out
    assert "[Anna Pelka]  neglect" in text.out

    # 3. A decision not to refer, with flags open, waits for a second and different lead.
    with SchoolStore(data_dir) as store:
        lead = sign_in(store, LEAD, LEAD_PASS)
        workspace = open_workspace(lead)
        decided = record_decision(lead, workspace.state, ids["ear_again"], "monitor",
                                  "Mum has explained the bruise; Daniel is a clumsy child.")  # fmt: skip
        assert decided.needs_second_lead
        assert FlagCode.RECURRING_INJURY in {f.code for f in decided.open_flags}
        refresh_workspace(lead, workspace)
        waiting = [i for i in load_queue(workspace) if i.concern_id == ids["ear_again"]]
        assert [(i.stage, i.entry_id) for i in waiting] == [(Stage.AWAITING_SECOND_LEAD, decided.decision_id)]
        assert waiting[0].flags  # the reasons travel with the queue item
        with pytest.raises(NotPermitted, match="different designated lead"):
            sign_off_decision(lead, workspace.state, decided.decision_id, True, "I am sure")
        deputy = sign_in(store, LEAD2, LEAD2_PASS)
        sign_off_decision(deputy, load_state(deputy), decided.decision_id, True, "Agreed; review in two weeks")
        refresh_workspace(lead, workspace)
        assert [i for i in load_queue(workspace) if i.concern_id == ids["ear_again"]] == []
        opened = read_child_file(lead, workspace.state.pupil_by_upn(DANIEL).pupil_id)  # type: ignore[union-attr]
        kinds = [r.kind for r in opened.chronology if r.concern_id == ids["ear_again"]]
        assert kinds[:1] == ["concern"] and {"addendum", "acknowledgement", "decision", "sign-off"} <= set(kinds)
        assert opened.bodymap.region_counts == {"ear-left": 2, "cheek-left": 1, "upper-arm-left": 1}
        lead.close()
        deputy.close()


def test_the_queue_the_dashboard_the_audit_and_staff_on_the_command_line(scenario: dict) -> None:
    data_dir = scenario["data_dir"]
    queue = run_cli(data_dir, "triage", "--json", "--as", LEAD, secrets=[LEAD_PASS])
    assert queue.code == 0, queue.err
    items = json.loads(queue.out)
    assert len(items) == 7 and {i["clock"] for i in items} == {"red"}  # months old, never acknowledged
    assert items[0]["entry_id"] == scenario["ids"]["arm"]  # the most overdue at the top
    assert any("TEN-4-FACESp" in reason for i in items for reason in i["flags"])

    with SchoolStore(data_dir) as store:
        lead = sign_in(store, LEAD, LEAD_PASS)
        from desktop_app.services.oversight import grant_dashboard_access
        from desktop_app.services.staff_admin import find_account

        grant_dashboard_access(lead, find_account(lead, load_state(lead), OVERSIGHT))
        lead.close()
    board = run_cli(data_dir, "dashboard", "--as", OVERSIGHT, secrets=[OVERSIGHT_PASS])
    assert board.code == 0, board.err
    assert "Concerns recorded: 7 (7 open)" in board.out and "Not yet acknowledged: 7 (7 overdue" in board.out
    assert "Pelka" not in board.out and "Daniel" not in board.out

    run_cli(data_dir, "chronology", DANIEL, "--as", LEAD2, secrets=[LEAD2_PASS])
    looked = run_cli(data_dir, "audit", DANIEL, "--as", LEAD, secrets=[LEAD_PASS])
    assert looked.code == 0 and "Bilal Deputy (Deputy DSL)  opened the file" in looked.out

    revoked = run_cli(data_dir, "staff", "revoke-lead", LEAD2, "--as", LEAD, secrets=[LEAD_PASS])
    assert revoked.code == 0, revoked.err
    assert "NEW RECOVERY CODE" in revoked.out
    denied = run_cli(data_dir, "chronology", DANIEL, "--as", LEAD2, secrets=[LEAD2_PASS])
    assert denied.code == 1 and "holds no safeguarding team key" in denied.err
    disabled = run_cli(data_dir, "staff", "disable", STAFF, "--as", LEAD, secrets=[LEAD_PASS])
    assert disabled.code == 0, disabled.err
    assert "NEW RECOVERY CODE" not in disabled.out  # not a lead: a new directory key, but the team key stays
    signed_out = run_cli(data_dir, "category", "list", "--as", STAFF, secrets=[STAFF_PASS])
    assert signed_out.code == 1 and "This account has been disabled" in signed_out.err
