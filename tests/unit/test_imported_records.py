"""Records of a received file taken into the fold (domain/imported.py): in words, under this school's ids, marked
with their school and author, references kept inside the file, nothing landing on another child's record."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop_app.domain.chronology.build import chronology_for
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.fold import OpenedEntry, fold, fold_more, unreadable_records
from desktop_app.domain.imported import local_id, taken_in
from desktop_app.domain.lead.child_file import front_sheet
from desktop_app.domain.records import SchoolState
from desktop_app.domain.red_flags import FlagCode, evaluate
from desktop_app.domain.state_codec import FOLDED_CLASSES, FOLDED_INDEXES, Codec
from desktop_app.domain.transfer import imported_record
from desktop_app.domain.triage.items import Stage
from desktop_app.domain.triage.lead_settings import settings_of
from desktop_app.domain.triage.queue import triage_queue

T0 = datetime(2026, 9, 7, 10, 0, tzinfo=UTC)
ZOFIA, JAKUB = "0190a0a0-0000-7000-8000-00000000000a", "0190a0a0-0000-7000-8000-00000000000b"
LEAD = "0190a0a0-0000-7000-8000-0000000000aa"
OWN_CONCERN = "0190a0a0-0000-7000-8000-0000000000c1"  # a concern of this school about Jakub
TRANSFER_IN = "0190a0a0-0000-7000-8000-0000000000f1"


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def _record(entry_id: str, kind: str, days: int, content: dict, author: str = "Nina Nowak (Class teacher)") -> dict:
    at = _ms(T0 + timedelta(days=days))
    return {"entry_id": entry_id, "kind": kind, "occurred_at": at, "recorded_at": at + 60_000, "author": author,
            "hash": "00", "content": content}  # fmt: skip


def _mark(region: str) -> dict:
    return {"view": "front", "x": 0.4, "y": 0.4, "region": region, "type": "bruise", "size_cm": 2}


def _concern(what: str, *marks: dict, **more: object) -> dict:
    return {"category": "physical-abuse", "what_happened": what, "action_taken": "Told the DSL",
            "injuries": list(marks), **more}  # fmt: skip


RECEIVED = [
    _record(
        "s-c1",
        EntryKind.CONCERN,
        0,
        _concern(
            "Bruise on her upper arm", _mark("upper-arm-right"), childs_words="He grabbed me", other_children=[JAKUB]
        ),
    ),
    _record("s-c2", EntryKind.CONCERN, 5, _concern("Bruise on her back", _mark("upper-back"))),
    _record(
        "s-d1",
        EntryKind.DECISION,
        5,
        {"concern": "s-c2", "decision": "refer-csc", "rationale": "Twice in a week"},
        "Olga Lead (DSL)",
    ),
    _record(
        "s-r1",
        EntryKind.REFERRAL,
        5,
        {"concern": "s-c2", "agency": "Coventry MASH", "reference": "M-1", "expected_by": _ms(T0 + timedelta(days=6))},
        "Olga Lead (DSL)",
    ),
    _record(
        "s-o1", EntryKind.REFERRAL_OUTCOME, 7, {"referral": "s-r1", "outcome": "Section 47 enquiry"}, "Olga Lead (DSL)"
    ),
    _record(
        "s-a1",
        EntryKind.AGENCY_STATUS,
        9,
        {
            "status": "cp-plan",
            "active": True,
            "agency": "Coventry CSC",
            "contact": "Priya Shah (social worker)",
            "note": "",
        },
        "Olga Lead (DSL)",
    ),
    # Crafted: a decision and an addendum about this school's concern about another child; the school's status and
    # a household link; a sign-off of a decision the file does not hold.
    _record(
        "s-x1",
        EntryKind.DECISION,
        8,
        {"concern": OWN_CONCERN, "decision": "no-further-action", "rationale": "Nothing to see"},
        "Olga Lead (DSL)",
    ),
    _record("s-x2", EntryKind.ADDENDUM, 8, {"amends": OWN_CONCERN, "text": "Planted note"}),
    _record("s-x3", EntryKind.FILE_STATUS, 8, {"status": "closed", "note": "Closed there"}, "Olga Lead (DSL)"),
    _record("s-x4", EntryKind.HOUSEHOLD_LINK, 8, {"household": "h", "pupils": [ZOFIA, JAKUB]}, "Olga Lead (DSL)"),
    _record("s-x5", EntryKind.SIGN_OFF, 8, {"decision": OWN_CONCERN, "agrees": True}, "Olga Lead (DSL)"),
    _record("s-x6", "pupil.left", 8, {"left_on": "2020-01-01"}, "Olga Lead (DSL)"),
]


def _transfer_in(records: list[dict], entry_id: str = TRANSFER_IN) -> OpenedEntry:
    content = {"transfer_id": "t1", "from_school": "Oakfield Primary", "from_school_id": "s", "fingerprint": "F",
               "sent_at": _ms(T0 + timedelta(days=20)), "sent_by": "Olga Lead (DSL)", "receipt_code": "R",
               "records": records}  # fmt: skip
    at = T0 + timedelta(days=21)
    return OpenedEntry(entry_id, EntryKind.TRANSFER_IN, ZOFIA, LEAD, at, at, content)


def _school(*more: OpenedEntry) -> SchoolState:
    at = T0 - timedelta(days=400)
    pupils = [
        OpenedEntry(ZOFIA, EntryKind.PUPIL, ZOFIA, LEAD, at, at, {"upn": "A1", "forename": "Zofia", "surname": "Ł",
                                                                  "date_of_birth": "2017-03-04", "year_group": "4"}),
        OpenedEntry(JAKUB, EntryKind.PUPIL, JAKUB, LEAD, at, at, {"upn": "A2", "forename": "Jakub", "surname": "Ł",
                                                                  "date_of_birth": "2015-03-04", "year_group": "6"}),
    ]  # fmt: skip
    own = OpenedEntry(OWN_CONCERN, EntryKind.CONCERN, JAKUB, LEAD, T0, T0, _concern("Jakub was hungry"))
    return fold([*pupils, own, *more])


def test_every_received_record_is_in_the_chronology_in_words_marked_with_its_school_and_author() -> None:
    state = _school(_transfer_in(RECEIVED))
    rows = chronology_for(state, ZOFIA)
    imported = [r for r in rows if r.from_school]
    assert {r.from_school for r in imported} == {"Oakfield Primary"}
    text = "\n".join(r.summary for r in imported)
    assert "Bruise on her upper arm" in text and "Bruise on her back" in text
    assert "Decision: Refer to children's social care. Rationale: Twice in a week" in text
    assert "Referral to Coventry MASH, reference M-1" in text
    assert "Outcome of the referral to Coventry MASH: Section 47 enquiry" in text
    assert "Child-protection plan started: Coventry CSC, Priya Shah (social worker)" in text
    assert "decision:" not in text and "pupil.agency" not in text
    first = next(r for r in imported if "upper arm" in r.summary)
    assert first.recorded_by == "Nina Nowak (Class teacher), Oakfield Primary"
    assert first.recorded_at == T0 + timedelta(minutes=1) and first.entry_id == local_id(TRANSFER_IN, "s-c1")
    assert first.to_json()["from_school"] == "Oakfield Primary"
    assert state.transfers.origin_of(first.entry_id).original_id == "s-c1"
    assert state.concerns[first.entry_id].childs_words == "He grabbed me"
    sheet = front_sheet(state, ZOFIA)
    assert [(a.words, a.contact) for a in sheet.agencies] == [("Child-protection plan", "Priya Shah (social worker)")]


def test_nothing_in_a_received_file_lands_on_another_childs_record_or_this_schools_own_status() -> None:
    state = _school(_transfer_in(RECEIVED))
    lead = state.lead
    assert lead.latest_decision(OWN_CONCERN) is None, "a decision about this school's concern about Jakub"
    assert OWN_CONCERN not in state.addenda
    assert not lead.sign_offs.get(OWN_CONCERN)
    assert lead.file_status_of(ZOFIA) is None and not lead.household_changes
    assert all(c.pupil_id == ZOFIA for c in state.concerns.values() if c.concern_id != OWN_CONCERN)
    assert all(not c.other_children for c in state.concerns.values())
    planted = state.lead.decisions[local_id(TRANSFER_IN, "s-x1")]
    assert planted.concern_id == "" and planted.pupil_id == ZOFIA  # kept as a record of Zofia's, about no concern
    kinds = {r.kind for r in taken_in(state.transfers.ins[TRANSFER_IN])}
    assert "pupil.left" not in kinds and EntryKind.FILE_STATUS not in kinds and EntryKind.HOUSEHOLD_LINK not in kinds


def test_a_received_record_with_an_id_this_school_holds_never_replaces_it() -> None:
    collide = _record(OWN_CONCERN, EntryKind.CONCERN, 1, _concern("Replaced text"))
    state = _school(_transfer_in([collide]))
    assert state.concerns[OWN_CONCERN].what_happened == "Jakub was hungry"
    assert state.concerns[OWN_CONCERN].pupil_id == JAKUB
    assert state.concerns[local_id(TRANSFER_IN, OWN_CONCERN)].pupil_id == ZOFIA


def test_red_flags_are_evaluated_over_the_received_history_with_the_schools_own() -> None:
    own = OpenedEntry("0190a0a0-0000-7000-8000-0000000000c9", EntryKind.CONCERN, ZOFIA, LEAD,
                      T0 + timedelta(days=30), T0 + timedelta(days=30),
                      _concern("A bruise on her back again", _mark("upper-back")))  # fmt: skip
    state = _school(_transfer_in(RECEIVED), own)
    flags = evaluate(state, settings_of(state).red_flags, [ZOFIA])[ZOFIA]
    recurring = [f for f in flags if f.code == FlagCode.RECURRING_INJURY and f.at_entry == own.entry_id]
    assert recurring, [f.code for f in flags]
    assert local_id(TRANSFER_IN, "s-c1") in recurring[0].entry_ids or local_id(TRANSFER_IN, "s-c2") in (
        recurring[0].entry_ids
    )
    without = _school(own)
    assert not [f for f in evaluate(without, settings_of(without).red_flags, [ZOFIA]).get(ZOFIA, ())
                if f.code == FlagCode.RECURRING_INJURY]  # fmt: skip


def test_received_records_ask_nothing_of_this_schools_queue() -> None:
    state = _school(_transfer_in(RECEIVED))
    now = T0 + timedelta(days=60)
    queue = triage_queue(state, now)
    assert {i.pupil_id for i in queue if i.stage in (Stage.NEW, Stage.CHASE_REFERRAL, Stage.ACTION_DUE)} <= {JAKUB}


def test_the_fold_is_the_same_in_any_order_once_or_twice_and_survives_a_snapshot() -> None:
    entry = _transfer_in(RECEIVED)
    once = _school(entry)
    again = _school(entry)
    fold_more(again, [entry])
    assert again.concerns == once.concerns and again.transfers.origins == once.transfers.origins
    assert again.lead.decisions == once.lead.decisions
    codec = Codec(SchoolState, FOLDED_CLASSES, FOLDED_INDEXES)
    back = codec.decode(codec.encode(once))
    assert back.transfers.origins == once.transfers.origins and back.transfers.authors == once.transfers.authors
    assert [r.summary for r in chronology_for(back, ZOFIA)] == [r.summary for r in chronology_for(once, ZOFIA)]


def test_a_file_the_sending_school_had_itself_received_is_taken_in_named_by_its_own_school() -> None:
    inner = {
        "from_school": "Elm Infants",
        "records": [_record("e-c1", EntryKind.CONCERN, -100, _concern("Seen at Elm: a burn on her hand"))],
    }
    outer = _record("s-t1", EntryKind.TRANSFER_IN, -10, inner, "Olga Lead (DSL)")
    state = _school(_transfer_in([outer, *RECEIVED[:2]]))
    rows = [r for r in chronology_for(state, ZOFIA) if r.from_school]
    assert any(r.from_school == "Elm Infants" and "a burn on her hand" in r.summary for r in rows)
    assert any(r.from_school == "Oakfield Primary" for r in rows)


def test_malformed_received_records_are_left_out_not_fatal() -> None:
    junk = [None, 3, {"kind": EntryKind.CONCERN}, {"entry_id": "", "kind": EntryKind.CONCERN, "content": {}},
            {"entry_id": "j1", "kind": EntryKind.CONCERN, "content": "text"},
            _record("j2", EntryKind.CONCERN, 1, _concern("Odd marks", {"view": 1, "x": "a"})),
            _record("j3", EntryKind.DECISION, 1, {"decision": "monitor", "flags": 3})]  # fmt: skip
    assert [imported_record(j) for j in junk[:2]] == [None, None]
    state = _school(_transfer_in([*junk, RECEIVED[0]]))
    assert len([c for c in state.concerns.values() if c.pupil_id == ZOFIA]) == 1
    assert not state.lead.decisions and len(state.transfers.origins) == 1
    assert unreadable_records(state.transfers.ins[TRANSFER_IN]) == ["j2", "j3"]


def test_the_referral_forms_facts_travel_with_the_file_and_a_later_one_of_this_schools_stands() -> None:
    from desktop_app.domain.lead.file_facts import referral_facts

    facts = [
        _record("s-f1", EntryKind.CHILD_FACTS, 2, {"facts": {"nhs_number": "9434765919", "gp": "Dr Patel"}},
                "Olga Lead (DSL)"),
        _record("s-f2", EntryKind.REFERRAL_FACTS, 6, {"referral": "s-r1", "facts": {"mash_worker": "Sam Reid"}},
                "Olga Lead (DSL)"),
        # facts being prepared there for a referral never made: not this school's next referral's
        _record("s-f3", EntryKind.REFERRAL_FACTS, 9, {"referral": "", "facts": {"parents_views": "x"}},
                "Olga Lead (DSL)"),
    ]  # fmt: skip
    state = _school(_transfer_in([*RECEIVED, *facts]))
    got = referral_facts(state.lead, ZOFIA)
    assert (got.nhs_number, got.gp, got.mash_worker, got.parents_views) == ("943 476 5919", "Dr Patel", "Sam Reid",
                                                                            None)  # fmt: skip
    at = T0 + timedelta(days=30)
    own = OpenedEntry("0190a0a0-0000-7000-8000-0000000000e1", EntryKind.CHILD_FACTS, ZOFIA, LEAD, at, at,
                      {"facts": {"gp": "Dr Okafor"}})  # fmt: skip
    state = _school(_transfer_in([*RECEIVED, *facts]), own)
    assert referral_facts(state.lead, ZOFIA).gp == "Dr Okafor" and referral_facts(state.lead, JAKUB).gp is None
