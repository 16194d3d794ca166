"""The people around the child and the referral form's facts through the services and the command line: corrections
by later entries field by field, a field cleared back to a gap, facts carried into the referral they were prepared
for and never into a later one, an adult recorded for a child with no household shared with a sibling linked later,
and one clear sentence for bad input with nothing written."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime

import pytest

from desktop_app.cli import main as cli_main
from desktop_app.domain.households import households_for
from desktop_app.domain.lead.child_file import front_sheet
from desktop_app.domain.lead.file_facts import nhs_number_problem, referral_facts
from desktop_app.domain.lead.file_records import RecordedFacts
from desktop_app.services.decisions import record_referral
from desktop_app.services.errors import ServiceError
from desktop_app.services.file_facts import record_child_facts, record_file_facts, record_referral_facts
from desktop_app.services.households import AdultDetails, link_household, record_adult_for_child
from desktop_app.services.state import load_state
from tests.conftest import LEAD, LEAD_PASS, School
from tests.unit.test_triage import JAKUB, ZOFIA, record


def test_nhs_numbers_are_checked_by_their_check_digit() -> None:
    assert nhs_number_problem("943 476 5919") is None and nhs_number_problem("943-476-5919") is None
    assert "last digit" in (nhs_number_problem("9434765918") or "")
    assert "ten digits" in (nhs_number_problem("94347659") or "") and nhs_number_problem("٩٤٣٤٧٦٥٩١٩")


def test_child_facts_are_corrected_field_by_field_and_cleared_back_to_a_gap(school: School) -> None:
    lead = school.lead()
    pupil_id = load_state(lead).pupil_by_upn(ZOFIA).pupil_id
    record_child_facts(lead, load_state(lead), pupil_id, {"ethnicity": "White: Polish", "gp": "Dr Patel",
                                                          "interpreter_needed": True})  # fmt: skip
    record_child_facts(lead, load_state(lead), pupil_id, {"gp": "Dr Okafor", "nhs_number": "943 476 5919"})
    facts = referral_facts(load_state(lead).lead, pupil_id)
    assert (facts.ethnicity, facts.gp, facts.interpreter_needed, facts.nhs_number) == (
        "White: Polish", "Dr Okafor", True, "943 476 5919")  # fmt: skip
    record_child_facts(lead, load_state(lead), pupil_id, {"ethnicity": "", "interpreter_needed": None})
    facts = referral_facts(load_state(lead).lead, pupil_id)
    assert facts.ethnicity is None and facts.interpreter_needed is None and facts.gp == "Dr Okafor"

    state = load_state(lead)
    before = len(state.lead.applied)
    for bad, words in (
        ({"gp": "Dr Okafor"}, "Nothing has changed"),
        ({"nhs_number": "123"}, "NHS number"),
        ({"mash_worker": "x"}, "other part of the form"),
        ({"shoe_size": "4"}, "not one of the facts"),
        ({"interpreter_needed": "sometimes"}, "yes or no"),
        ({"religion": "x" * 201}, "at most 200"),
    ):
        with pytest.raises(ServiceError, match=words):
            record_child_facts(lead, state, pupil_id, bad)
    with pytest.raises(ServiceError, match="NHS number"):  # one part wrong: the other part is not written either
        record_file_facts(lead, state, pupil_id, {"parents_views": "Worried", "nhs_number": "1"})
    assert len(load_state(lead).lead.applied) == before
    staff = school.staff()
    with pytest.raises(Exception, match="lead"):
        record_child_facts(staff, load_state(staff), pupil_id, {"gp": "Dr Who"})
    lead.close()


def test_other_names_a_lead_records_join_the_roster_name_the_child_is_known_by_on_the_front_sheet(
    school: School,
) -> None:
    lead = school.lead()
    state = load_state(lead)
    jakub, zofia = state.pupil_by_upn(JAKUB).pupil_id, state.pupil_by_upn(ZOFIA).pupil_id
    assert front_sheet(state, jakub).other_names == "Kuba" and front_sheet(state, zofia).other_names == ""
    record_child_facts(lead, state, jakub, {"other_names": "  Jakub   Nowak (birth surname) "})
    record_child_facts(lead, load_state(lead), zofia, {"other_names": "Zosia"})
    state = load_state(lead)
    assert front_sheet(state, jakub).other_names == "Kuba; Jakub Nowak (birth surname)"
    assert front_sheet(state, zofia).other_names == "Zosia"
    assert referral_facts(state.lead, jakub).other_names == "Jakub Nowak (birth surname)"
    with pytest.raises(ServiceError, match="at most 200"):
        record_child_facts(lead, state, zofia, {"other_names": "x" * 201})


def test_referral_facts_carry_into_the_referral_they_were_prepared_for_and_never_into_a_later_one(
    school: School,
) -> None:
    lead, staff = school.lead(), school.staff()
    concern = record(staff, ZOFIA, "A bruise on her cheek", days_ago=30)
    pupil_id = load_state(lead).pupil_by_upn(ZOFIA).pupil_id
    record_referral_facts(lead, load_state(lead), pupil_id, {"parents_views": "Mum is worried", "mash_worker": "A"})
    assert referral_facts(load_state(lead).lead, pupil_id).parents_views == "Mum is worried"  # being prepared
    first = record_referral(lead, load_state(lead), concern, "Coventry MASH", "M-1",
                            made_at=datetime(2026, 11, 1, 10, tzinfo=UTC))  # fmt: skip
    facts = referral_facts(load_state(lead).lead, pupil_id)
    assert (facts.parents_views, facts.mash_worker) == ("Mum is worried", "A")  # carried into the first referral
    record_referral_facts(lead, load_state(lead), pupil_id, {"mash_worker": "Priya Shah"})  # the first's, named
    named = load_state(lead).lead.about(pupil_id, RecordedFacts)
    assert [(r.scope, r.referral_id) for r in sorted(named, key=lambda r: r.at)] == [("referral", ""),
                                                                                    ("referral", first)]  # fmt: skip

    later = record(staff, ZOFIA, "Another bruise", days_ago=1)
    record_referral(lead, load_state(lead), later, "Coventry MASH", "M-2", made_at=datetime.now(UTC))
    facts = referral_facts(load_state(lead).lead, pupil_id)
    assert facts.parents_views is None and facts.mash_worker is None  # the first referral's stay with it
    with pytest.raises(ServiceError, match="latest referral"):
        record_referral_facts(lead, load_state(lead), pupil_id, {"mash_worker": "x"}, referral_id=first)
    record_referral_facts(lead, load_state(lead), pupil_id, {"mash_worker": "Sam Reid"})
    assert referral_facts(load_state(lead).lead, pupil_id).mash_worker == "Sam Reid"
    lead.close()
    staff.close()


def test_an_adult_recorded_for_a_child_alone_is_shared_with_a_sibling_linked_later_and_corrected_in_a_new_entry(
    school: School,
) -> None:
    lead = school.lead()
    state = load_state(lead)
    zofia, jakub = state.pupil_by_upn(ZOFIA).pupil_id, state.pupil_by_upn(JAKUB).pupil_id
    adult = record_adult_for_child(lead, state, zofia, AdultDetails(
        "Marta Łuczak", "Mother", True, contact="07700 900123", language="Polish", interpreter_needed=True,
        date_of_birth=date(1996, 7, 2), focus_of_referral=False))  # fmt: skip
    state = load_state(lead)
    (household,) = households_for(state.lead, zofia)
    assert household.pupil_ids == {zofia}  # a household of one, made for the adult
    link_household(lead, state, [zofia, jakub])
    state = load_state(lead)
    (member,) = [m for m in front_sheet(state, jakub).members if m.adult_id]
    assert (member.name, member.contact, member.language, member.interpreter_needed, member.date_of_birth) == (
        "Marta Łuczak", "07700 900123", "Polish", True, date(1996, 7, 2))  # fmt: skip
    entries = len(state.lead.applied)
    record_adult_for_child(lead, state, jakub, AdultDetails("Marta Łuczak", "Mother", True, focus_of_referral=True),
                           adult)  # fmt: skip
    state = load_state(lead)
    (member,) = [m for m in front_sheet(state, zofia).members if m.adult_id]
    assert member.focus_of_referral is True and member.contact == ""  # the correction stands whole
    assert len(state.lead.applied) > entries  # a new entry; the first is still in the store
    for bad, words in (
        (AdultDetails("M", "Mother"), "full name"),
        (AdultDetails("Marta Łuczak", ""), "related"),
        (AdultDetails("Marta Łuczak", "Mother", date_of_birth=date(2999, 1, 1)), "future"),
        (AdultDetails("Marta Łuczak", "Mother", contact="x" * 201), "at most 200"),
    ):
        with pytest.raises(ServiceError, match=words):
            record_adult_for_child(lead, state, zofia, bad)
    with pytest.raises(Exception, match="not recorded"):
        record_adult_for_child(lead, state, zofia, AdultDetails("Ann Other", "Aunt"), "no-such-adult")
    lead.close()


def _cli(school: School, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    monkeypatch.setattr("sys.stdin", io.StringIO(LEAD_PASS + "\n"))
    capsys.readouterr()
    code = cli_main(["--data-dir", str(school.data_dir), *args, "--as", LEAD])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return captured.out


def test_the_command_line_records_and_corrects_an_adult_and_the_facts(
    school: School, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _cli(
        school,
        capsys,
        monkeypatch,
        "household",
        "adult",
        ZOFIA,
        "--name",
        "Marta Łuczak",
        "--relationship",
        "Mother",
        "--parental-responsibility",
        "yes",
        "--language",
        "Polish",
        "--interpreter",
        "yes",
        "--json",
    )
    adult = json.loads(out)["adult_id"]  # fmt: skip
    _cli(school, capsys, monkeypatch, "household", "adult", ZOFIA, "--adult", adult[:8], "--contact", "07700 900123",
         "--focus", "yes")  # fmt: skip
    out = _cli(school, capsys, monkeypatch, "pupil", "facts", ZOFIA, "--nhs-number", "9434765919",
               "--parents-views", "Mum is worried", "--mash-worker", "Priya Shah")  # fmt: skip
    assert "NHS number: 943 476 5919" in out and "Religion: [not recorded]" in out
    data = json.loads(_cli(school, capsys, monkeypatch, "chronology", ZOFIA, "--json"))
    (row,) = data["front_sheet"]["household"]
    assert (row["name"], row["language"], row["interpreter_needed"], row["contact"], row["focus_of_referral"]) == (
        "Marta Łuczak", "Polish", True, "07700 900123", True)  # fmt: skip
    assert data["referral_facts"]["mash_worker"] == "Priya Shah" and data["referral_facts"]["gp"] is None
    text = _cli(school, capsys, monkeypatch, "chronology", ZOFIA)
    assert "Marta Łuczak [" in text and "speaks Polish; needs an interpreter; a focus of the referral" in text
    assert "  The parents' views: Mum is worried" in text

    monkeypatch.setattr("sys.stdin", io.StringIO(LEAD_PASS + "\n"))
    code = cli_main(["--data-dir", str(school.data_dir), "pupil", "facts", ZOFIA, "--nhs-number", "123", "--as", LEAD])
    assert code != 0 and "NHS number" in capsys.readouterr().err


def test_a_file_transferred_out_takes_no_new_facts_or_adults(school: School) -> None:
    from desktop_app.services.decisions import set_file_status

    lead = school.lead()
    pupil_id = load_state(lead).pupil_by_upn(ZOFIA).pupil_id
    set_file_status(lead, load_state(lead), pupil_id, "transferred-out", "Moved to Riverside")
    state = load_state(lead)
    with pytest.raises(ServiceError, match="read-only"):
        record_file_facts(lead, state, pupil_id, {"gp": "Dr Patel"})
    with pytest.raises(ServiceError, match="read-only"):
        record_adult_for_child(lead, state, pupil_id, AdultDetails("Marta Łuczak", "Mother"))
    lead.close()
