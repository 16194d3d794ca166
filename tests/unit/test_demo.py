"""The generated demo school: realistic, intact, and showing the pattern a lead must not miss."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop_app.services.demo import DemoOptions, demo_password, generate_demo_school
from desktop_app.services.errors import ServiceError
from desktop_app.services.oversight import load_dashboard
from desktop_app.services.session import sign_in
from desktop_app.services.store import SchoolStore
from desktop_app.services.triage import load_queue, open_workspace
from desktop_app.services.verify import verify_store


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("demo") / "school"
    summary = generate_demo_school(folder, DemoOptions(pupils=60, years=2, today=date(2026, 11, 26)))
    store = SchoolStore(folder)
    yield summary, store
    store.close()


def test_the_demo_verifies_and_every_entry_opens_for_a_lead(demo) -> None:
    summary, store = demo
    lead = sign_in(store, "dsl", demo_password("dsl"), sleep=lambda _s: None)
    report = verify_store(store, lead)
    assert report.intact, report.problems
    assert report.entries == summary.entries and report.opened > summary.concerns


def test_older_concerns_are_dealt_with_and_the_recurring_injuries_wait_in_the_queue(demo) -> None:
    summary, store = demo
    lead = sign_in(store, "dsl", demo_password("dsl"), sleep=lambda _s: None)
    queue = load_queue(open_workspace(lead))
    assert queue and len(queue) < summary.concerns / 4, "older concerns were acknowledged, decided and closed"
    recurring_upns = {text.split("UPN ")[1].rstrip(")") for text in summary.recurring}
    flagged = {item.upn for item in queue if item.flags}
    assert recurring_upns & flagged, "the children whose injuries recur carry red flags in the queue"


def test_the_governor_sees_counts_and_no_names(demo) -> None:
    summary, store = demo
    governor = sign_in(store, "governor", demo_password("governor"), sleep=lambda _s: None)
    text = "\n".join(load_dashboard(governor).lines())
    assert f"Concerns recorded: {summary.concerns}" in text
    for upn_text in summary.recurring:
        assert upn_text.split(" (UPN")[0] not in text


def test_a_second_demo_in_the_same_folder_is_refused(demo) -> None:
    _summary, store = demo
    with pytest.raises(ServiceError, match="already exists"):
        generate_demo_school(Path(store.data_dir), DemoOptions(pupils=4, years=1))


def test_every_kind_of_record_the_demo_holds_goes_through_a_snapshot(demo) -> None:
    """The demo's lead history (decisions, referrals, households, closures…) is folded, kept, and read back: the
    snapshot's restricted loader accepts everything a real state holds, so unlock does not silently refold."""
    from desktop_app.services.snapshot import load_snapshot
    from desktop_app.services.state import STATE_SNAPSHOT, load_state
    from desktop_app.services.triage import WORKSPACE_SNAPSHOT

    _summary, store = demo
    for username in ("dsl", "r.okafor"):
        session = sign_in(store, username, demo_password(username), sleep=lambda _s: None)
        folded = load_state(session)
        kept = load_snapshot(session, STATE_SNAPSHOT)
        assert kept is not None and kept.value[0] == folded == load_state(session, use_snapshot=False)
    workspace = open_workspace(session := sign_in(store, "dsl", demo_password("dsl"), sleep=lambda _s: None))
    kept = load_snapshot(session, WORKSPACE_SNAPSHOT)
    assert kept is not None
    state, flags, pending, _times, _read = kept.value
    assert (state, flags, pending) == (workspace.state, workspace.flags, workspace.pending)
    assert state.lead.decisions and state.lead.referrals and flags


def _concerns(store: SchoolStore):
    from desktop_app.services.state import load_state

    lead = sign_in(store, "dsl", demo_password("dsl"), sleep=lambda _s: None)
    return load_state(lead)


def test_the_demo_tells_a_coherent_story(demo) -> None:
    """Pronouns follow each child's gender, every mark is named in the text, the child's words match what the child
    explained, and every family of siblings is linked as a household."""
    from desktop_app.domain.bodymap import region_name
    from desktop_app.domain.households import households_of
    from desktop_app.domain.red_flags.words import stems

    _summary, store = demo
    state = _concerns(store)
    other_gender = {"Male": {"she", "her", "herself"}, "Female": {"he", "him", "his", "himself"}}
    for concern in state.concerns.values():
        pupil = state.pupils[concern.pupil_id]
        # a child not on roll is added without a gender: their relationship says it (the Pelka family's toddler)
        gender = pupil.gender or {"brother": "Male", "sister": "Female"}[pupil.relationship.split()[-1]]
        words = set(stems(concern.what_happened + " " + concern.action_taken))
        assert not words & other_gender[gender], (gender, concern.what_happened)
        for mark in concern.injuries:
            named = [w for w in region_name(mark.region).replace(",", "").split()
                     if w not in ("left", "right", "side", "the", "upper", "lower", "behind")]  # fmt: skip
            assert any(w in concern.what_happened.lower() for w in named), (mark.region, concern.what_happened)
            if mark.given_by == "child":
                assert concern.childs_words.rstrip(".") == mark.explanation, (concern.childs_words, mark.explanation)
            assert mark.given_by in ("child", "parent", "carer", "none")
    families: dict[tuple[str, str], set[str]] = {}
    for pupil in state.pupils.values():
        families.setdefault((pupil.surname, pupil.address), set()).add(pupil.pupil_id)
    linked = {frozenset(h.pupil_ids) for h in households_of(state.lead).values()}
    assert {frozenset(f) for f in families.values() if len(f) > 1} <= linked


def test_the_demo_school_flags_at_most_8_percent_of_its_roll_and_the_pelka_family_shows_its_pattern(
    tmp_path: Path,
) -> None:
    from desktop_app.domain.households import households_for, is_member_reference
    from desktop_app.domain.lead.child_file import child_file
    from desktop_app.domain.records import Role
    from desktop_app.domain.red_flags import FlagCode, age_in_months

    summary = generate_demo_school(tmp_path / "school", DemoOptions(today=date(2026, 11, 26)))
    with SchoolStore(tmp_path / "school") as store:
        workspace = open_workspace(sign_in(store, "dsl", demo_password("dsl"), sleep=lambda _s: None))
    flagged = {pupil_id for pupil_id, flags in workspace.flags.items() if flags}
    assert summary.pupils == 240 and len(flagged) / summary.pupils <= 0.08
    pelka = [p for p in workspace.state.pupils.values() if p.full_name in summary.recurring[0]]
    [young] = pelka
    home = (young.surname, young.address)
    family = {p.pupil_id for p in workspace.state.pupils.values() if (p.surname, p.address) == home}
    assert len(family & flagged) >= min(3, len(family)) >= 2
    codes = {flag.code for pupil_id in family for flag in workspace.flags.get(pupil_id, [])}
    assert {FlagCode.RECURRING_INJURY, FlagCode.ADULT_EXPLANATION, FlagCode.CHANGING_EXPLANATION,
            FlagCode.INJURY_WITH_NEGLECT, FlagCode.HOUSEHOLD, FlagCode.NO_EXPLANATION,
            FlagCode.TEN4_FACESP} <= codes  # fmt: skip

    # The family's toddler, not on roll, in their household, seen by staff at pick-up; every sibling's file and the
    # family's chronology show him.
    state = workspace.state
    [toddler] = [state.pupils[p] for p in family if not state.pupils[p].on_roll]
    assert is_member_reference(toddler.upn) and toddler.relationship == "younger brother"
    assert f"{toddler.full_name} (UPN {toddler.upn})" in summary.recurring
    [household] = households_for(state.lead, young.pupil_id)
    assert household.pupil_ids == family
    [pick_up] = state.concerns_for(toddler.pupil_id)
    assert state.staff[pick_up.author_id].role == Role.STAFF and "pick-up" in pick_up.what_happened
    assert [(m.region, m.type, m.given_by) for m in pick_up.injuries] == [("cheek-left", "bruise", "parent")]
    assert 2 <= age_in_months(toddler.date_of_birth, pick_up.occurred_at.date()) / 12 < 3
    assert {f.code for f in workspace.flags[toddler.pupil_id]} >= {FlagCode.TEN4_FACESP, FlagCode.HOUSEHOLD}
    storied = {p for p in family if f"{state.pupils[p].full_name} (UPN {state.pupils[p].upn})" in summary.recurring}
    siblings = storied - {toddler.pupil_id}  # the siblings in the story (a fourth on roll may have no concern)
    assert len(siblings) >= 2
    for pupil_id in siblings:
        [raised] = [f for f in workspace.flags[pupil_id] if f.at_entry == pick_up.concern_id]
        assert raised.code == FlagCode.HOUSEHOLD and pick_up.concern_id in raised.entry_ids
        assert raised.reason.startswith(f"A concern about {toddler.full_name} (younger brother, not on roll) on ")
    opened = child_file(state, young.pupil_id, datetime(2026, 11, 26, tzinfo=UTC), family=True,
                        flags=workspace.flags)  # fmt: skip
    assert set(opened.pupil_ids) == family and pick_up.concern_id in {r.entry_id for r in opened.chronology}
    assert toddler.full_name in {m.name for m in opened.front_sheet.members}


def test_the_leads_past_work_is_done_in_school_hours(demo) -> None:
    """Acknowledgements, decisions, referrals and closures fall on a weekday between 08:00 and 17:00 (UTC, as the
    generator writes them): a demo lead deciding at 03:15 was the first thing a DSL trying it noticed."""
    _summary, store = demo
    lead = sign_in(store, "dsl", demo_password("dsl"), sleep=lambda _s: None)
    records = open_workspace(lead).state.lead
    moments = [a.at for acks in records.acknowledgements.values() for a in acks]
    moments += [d.at for d in records.decisions.values()] + [r.occurred_at for r in records.referrals.values()]
    moments += [c.at for closed in records.closures.values() for c in closed]
    assert len(moments) > 20
    outside = [m for m in moments if m.weekday() >= 5 or not 8 <= m.astimezone(UTC).hour < 17]
    assert not outside, outside[:3]


def test_the_demo_holds_a_conference_and_a_core_group_with_a_plan_action_for_a_member_of_staff(demo) -> None:
    """A CP conference and a core group about the first story child, each with plan actions; r.okafor (a member of
    staff) has one open action in her "My actions" and one she has marked done; she reads nothing else of the file."""
    from desktop_app.domain.lead.meetings import Meeting
    from desktop_app.services.meetings import my_actions
    from desktop_app.services.state import load_state

    summary, store = demo
    lead = sign_in(store, "dsl", demo_password("dsl"), sleep=lambda _s: None)
    state = load_state(lead)
    meetings = sorted((m for m in state.lead.meetings.values()), key=lambda m: m.held_on)
    assert [m.meeting_type for m in meetings] == ["cp-conference", "core-group"]
    child = state.pupils[meetings[0].pupil_id]
    assert f"{child.full_name} (UPN {child.upn})" == summary.recurring[0]
    assert len(state.lead.about(child.pupil_id, Meeting)) == 2
    assert len([a for a in state.lead.actions.values() if a.meeting_id]) == 5
    okafor = sign_in(store, "r.okafor", demo_password("r.okafor"), sleep=lambda _s: None)
    hers = load_state(okafor)
    open_ = my_actions(okafor, hers)
    every = my_actions(okafor, hers, include_done=True)
    assert len(open_) == 1 and "breakfast-club" in open_[0].text and open_[0].pupil_name == child.full_name
    assert len(every) == 2 and next(a for a in every if a.done).done_note.startswith("Seen every morning")
    assert not hers.lead.meetings, "the member of staff reads her actions, not the meetings"
    lead.close()
    okafor.close()
