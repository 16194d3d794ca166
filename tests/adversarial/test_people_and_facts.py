"""The people around a child and the referral form's facts attacked: a member of staff writing them through the
store (correctly signed: a modified program signs anything with its author's key), a lead's entry holding what the
fold must not take (another part's field, a value that is not text), and hostile text through to the window's words
and the PDF."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from desktop_app.domain.entries import EntryKind
from desktop_app.domain.households import households_for
from desktop_app.domain.lead.file_facts import referral_facts
from desktop_app.domain.lead.file_parts import ReferralFacts
from desktop_app.services.file_facts import record_file_facts
from desktop_app.services.households import AdultDetails, link_household, record_adult_for_child
from desktop_app.services.referral import ReferralOptions, export_referral_pack
from desktop_app.services.state import load_state
from desktop_app.services.uow import UnitOfWork
from tests.adversarial.test_trust_at_use import quarantined
from tests.conftest import School
from tests.unit.test_triage import JAKUB, ZOFIA, record

PASSWORD = "pdf-password-1"


def test_a_member_of_staff_writing_facts_or_an_adult_through_the_store_counts_for_nothing(school: School) -> None:
    """Facts and adults are a lead's: the same entries a lead writes, written by a member of staff and correctly
    signed, are quarantined by the verified view and never reach the fold, the window, the JSON or a pack."""
    lead = school.lead()
    state = load_state(lead)
    zofia, jakub = state.pupil_by_upn(ZOFIA), state.pupil_by_upn(JAKUB)
    assert zofia is not None and jakub is not None
    household = link_household(lead, state, [zofia.pupil_id, jakub.pupil_id])
    real = record_adult_for_child(lead, load_state(lead), zofia.pupil_id, AdultDetails("Marta Łuczak", "Mother"))

    staff = school.staff()
    record(staff, ZOFIA, "bruise", days_ago=1)
    with UnitOfWork(staff) as uow:
        planted = [
            uow.record(EntryKind.CHILD_FACTS, {"facts": {"nhs_number": "9434765919", "ethnicity": "made up"}},
                       subject=zofia.pupil_id),
            uow.record(EntryKind.REFERRAL_FACTS, {"referral": "", "facts": {"safe_to_go_home": "Yes, quite safe"}},
                       subject=zofia.pupil_id),
            # a new adult, and a "correction" of the lead's adult that would take her off
            uow.record(EntryKind.HOUSEHOLD_ADULT, {"adult": "planted-adult", "household": household,
                       "name": "Planted Person", "relationship": "Uncle", "removed": False}, subject=zofia.pupil_id),
            uow.record(EntryKind.HOUSEHOLD_ADULT, {"adult": real, "household": household, "name": "Marta Łuczak",
                       "relationship": "Mother", "removed": True, "contact": "call me"}, subject=zofia.pupil_id),
        ]  # fmt: skip
        uow.commit()
    staff.close()

    state = load_state(lead)
    assert referral_facts(state.lead, zofia.pupil_id) == ReferralFacts()
    adults = [a for h in households_for(state.lead, zofia.pupil_id) for a in h.adults]
    assert [(a.adult_id, a.name, a.contact, a.removed) for a in adults] == [(real, "Marta Łuczak", "", False)]
    assert set(planted) <= set(quarantined(lead))
    lead.close()


def test_the_fold_takes_only_the_fields_each_kind_may_set_and_only_text(school: School) -> None:
    """A lead's entry written round the services: a child-facts entry naming a referral's field, a referral-facts
    entry naming the NHS number, values that are numbers, lists or objects: the fold takes only text of its part."""
    lead = school.lead()
    state = load_state(lead)
    zofia = state.pupil_by_upn(ZOFIA)
    assert zofia is not None
    with UnitOfWork(lead) as uow:
        uow.record(
            EntryKind.CHILD_FACTS,
            {"facts": {"mash_worker": "x", "gp": 12, "religion": ["a"], "ethnicity": "Mixed"}},
            subject=zofia.pupil_id,
        )
        uow.record(
            EntryKind.REFERRAL_FACTS,
            {"referral": "", "facts": {"nhs_number": "9434765919", "going_well": {"a": 1}}},
            subject=zofia.pupil_id,
        )
        uow.record(EntryKind.CHILD_FACTS, {"facts": "not a mapping"}, subject=zofia.pupil_id)
        uow.commit()  # fmt: skip
    facts = referral_facts(load_state(lead).lead, zofia.pupil_id)
    assert facts == ReferralFacts(ethnicity="Mixed")
    lead.close()


HOSTILE_NAME = "Ahmed \u202eNAMREH\u202c Ali\u0007"
HOSTILE_LONG = ("مرحبا بالعالم " * 200) + "x" * 600  # 3,400 characters of right-to-left text, then one long word


def test_hostile_text_in_adults_and_facts_prints_in_the_pack_named_and_wrapped(school: School, tmp_path: Path) -> None:
    lead = school.lead()
    record(school.staff(), ZOFIA, "Hungry again", days_ago=2)
    state = load_state(lead)
    zofia = state.pupil_by_upn(ZOFIA)
    assert zofia is not None
    arabic = "\u0627\u0644\u0639\u0631\u0628\u064a\u0629"
    details = AdultDetails(HOSTILE_NAME, "Father\u200f", contact="<b>07700</b> & 900", language=arabic,
                           notes=HOSTILE_LONG[:2000])  # fmt: skip
    record_adult_for_child(lead, state, zofia.pupil_id, details)
    record_file_facts(lead, load_state(lead), zofia.pupil_id, {"parents_views": HOSTILE_LONG,
                      "previous_addresses": "1 Road\r\n2 Street\x00", "gp": "Dr \u202eevil"})  # fmt: skip
    out = tmp_path / "pack.pdf"
    export_referral_pack(lead, ZOFIA, out, PASSWORD, ReferralOptions(purpose="referral-csc"))
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert reader.decrypt(PASSWORD)
    words = " ".join("\n".join(page.extract_text() for page in reader.pages).split())
    # Invisible characters are named where they stood, never obeyed; markup prints as typed; nothing is lost.
    for named in ("[right-to-left override]", "[pop directional formatting]", "[U+0007]", "[right-to-left mark]",
                  "Dr [right-to-left override]evil", "[U+0000]"):  # fmt: skip
        assert named.replace(" ", "") in words.replace(" ", ""), named  # wrapping may break a name anywhere
    assert "\u202e" not in words and "<b>077" in words and "Previous addresses 1 Road" in words
    assert words.count("ملاعلاب") >= 150 and words.count("x" * 40) >= 10  # the long word wraps, whole
    lead.close()
