"""A rich case recorded through the services, for the pack tests and the render script: Zofia Łuczak (aged 3) with four
concerns over a term (one written down weeks late), the child's own words, witnesses, a household with her brother
and two adults (one corrected later), the referral form's facts, agency statuses entered out of order (a back-dated
end of a CP plan written after a later start), a decision to refer with the referral made, a challenged decision to
monitor, and an action."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from desktop_app.services.concerns import check_concerns, record_concerns
from desktop_app.services.decisions import (
    add_action,
    record_decision,
    record_referral,
    set_agency_status,
    sign_off_decision,
)
from desktop_app.services.directory import load_directory
from desktop_app.services.file_facts import record_child_facts, record_referral_facts
from desktop_app.services.households import AdultDetails, add_household_adult, link_household
from desktop_app.services.state import load_state
from desktop_app.services.triage import acknowledge
from tests.conftest import LEAD2, LEAD2_PASS, STAFF2, STAFF2_PASS, School

ZOFIA = "A123456789012"
JAKUB = "A123456789013"
REFERRAL_MADE = datetime(2024, 3, 25, 14, 40, tzinfo=UTC)

# What the lead records for the referral form (the packs print each; gaps only where nothing is recorded).
CHILD_FACTS = {
    "ethnicity": "White: any other White background (Polish)",
    "first_language": "Polish",
    "interpreter_needed": False,
    "religion": "Roman Catholic",
    "nhs_number": "9434765919",
    "gp": "Dr A. Patel, Mill Lane Surgery, 024 7600 1111",
}
REFERRAL_FACTS = {
    "where_child_is_now": "In school, in the Reception classroom with her teacher",
    "safe_to_go_home": "Not known: mum collects at 15:15; her partner may be at home",
    "childs_views": "Zofia says she does not like it when Mummy's friend is cross.",
    "parents_views": "Mum says Zofia bruises easily and falls off the sofa.",
    "going_well": "Zofia attends every day and is settled with her key worker.",
    "parental_factors": "Mum has told staff her partner drinks; no domestic abuse disclosed.",
    "support_offered": "Early help offered in January; mum declined.",
    "professionals_involved": "Health visitor: Jo Bright, 024 7600 2222",
    "risk_and_level_of_need": "Level 4 (Coventry threshold): significant harm suspected",
    "referrer_wants": "A strategy discussion and a child-protection medical today.",
    "mash_worker": "Priya Shah, Coventry MASH, 024 7678 8555",
}

_WITNESS = "Dev Assistant (Teaching assistant)"
_SEEN_BY = "I (Carys Teacher, Year 1 teacher)"


@dataclass(frozen=True)
class RichCase:
    concerns: list[str]
    sibling_concern: str
    referral_id: str


def _concern(day: datetime, what: str, words: str, present: str, where: str, marks: list[dict], **more: object) -> dict:
    return {
        "pupil": ZOFIA,
        "category": "physical-abuse",
        "occurred_at": day.isoformat(),
        "what_happened": what,
        "childs_words": words,
        "present": present,
        "location": where,
        "action_taken": "Told the DSL at once and wrote this record",
        "injuries": marks,
        **more,
    }


def record_rich_case(school: School) -> RichCase:
    staff = school.staff()
    directory = load_directory(staff)
    base = datetime(2024, 2, 5, 9, 10, tzinfo=UTC)
    cheek = {
        "view": "head-left", "x": 0.55, "y": 0.62, "region": "cheek-left", "type": "bruise", "size_cm": 2.5,
        "shape": "oval", "colour": "purple-blue", "skin_broken": False, "explanation": "Mummy's friend pushed me",
        "explanation_by": "child", "observed_by": _SEEN_BY, "first_aid": "Cold compress",
    }  # fmt: skip
    arm = {
        "view": "front", "x": 0.27, "y": 0.3, "region": "upper-arm-right", "type": "bruise", "size_cm": 3,
        "shape": "four finger-shaped marks", "colour": "red", "explanation": "", "explanation_by": "none",
        "observed_by": _SEEN_BY, "witnessed_by": _WITNESS,
    }  # fmt: skip
    back = {
        "view": "back", "x": 0.5, "y": 0.45, "region": "lower-back", "type": "scratch", "size_cm": 4,
        "explanation": "She fell off the sofa", "explanation_by": "parent", "observed_by": _SEEN_BY,
    }  # fmt: skip
    items = [
        _concern(
            base,
            "Zofia arrived with a bruise on her left cheek. She flinched when I knelt down.",
            "Mummy's friend pushed me",
            "Dev Assistant (Teaching assistant)",
            "Reception classroom",
            [cheek],
            opinion="She seemed frightened of going home.",
        ),
        _concern(
            base + timedelta(days=14, hours=2),
            "Four finger-shaped marks on her right upper arm, seen at PE.",
            "He holds me tight when I'm naughty",
            "Carys Teacher only",
            "Hall, changing for PE",
            [arm],
        ),
        # written down weeks after it happened (recorded today): back-dated
        _concern(
            base + timedelta(days=20),
            "Zofia was hungry at breakfast club and took food from others.",
            "There was no dinner",
            "Breakfast club staff",
            "Dining hall",
            [],
        ),
        _concern(
            base + timedelta(days=45, hours=5),
            "A scratch on her lower back; mum said she fell off the sofa.",
            "",
            "Mum, at the classroom door",
            "Classroom door at pick-up",
            [back],
        ),
    ]
    recorded = [r.entry_id for r in record_concerns(staff, directory, check_concerns(directory, items))]
    staff.close()
    assistant = school.sign_in(STAFF2, STAFF2_PASS)
    directory = load_directory(assistant)
    item = {**items[0], "pupil": JAKUB, "occurred_at": (base + timedelta(days=30)).isoformat(),
            "what_happened": "Jakub had a bruise on his neck.", "childs_words": "I'm not allowed to say"}  # fmt: skip
    sibling = record_concerns(assistant, directory, check_concerns(directory, [item]))[0].entry_id
    assistant.close()

    lead = school.lead()
    state = load_state(lead)
    zofia = state.pupil_by_upn(ZOFIA)
    jakub = state.pupil_by_upn(JAKUB)
    assert zofia is not None and jakub is not None
    acknowledge(lead, state, recorded[0])
    household = link_household(lead, state, [zofia.pupil_id, jakub.pupil_id])
    state = load_state(lead)
    add_household_adult(lead, state, household, "Marta Łuczak", "Mother", True, "12 Mill Lane Coventry CV1 2AB")
    nowak = add_household_adult(lead, state, household, "Dariusz Nowak", "Mother's partner", False, "")
    state = load_state(lead)
    marta = next(a for a in state.lead.household_adults.values() if a.name == "Marta Łuczak")
    # A correction is a new entry: Marta's contact, language and date of birth, added later.
    add_household_adult(
        lead,
        state,
        household,
        "",
        "",
        None,
        adult_id=marta.adult_id,
        details=AdultDetails(
            "Marta Łuczak",
            "Mother",
            True,
            "12 Mill Lane Coventry CV1 2AB",
            contact="07700 900123",
            language="Polish",
            interpreter_needed=True,
            date_of_birth=date(1996, 7, 2),
            focus_of_referral=False,
        ),
    )
    add_household_adult(lead, state, household, "", "", None, adult_id=nowak, details=AdultDetails(
        "Dariusz Nowak", "Mother's partner", False, "Not known: stays at 12 Mill Lane most nights",
        language="Polish and English", interpreter_needed=False, focus_of_referral=True))  # fmt: skip
    state = load_state(lead)
    record_child_facts(lead, state, zofia.pupil_id, CHILD_FACTS)
    state = load_state(lead)
    set_agency_status(lead, state, zofia.pupil_id, "cp-plan", True, "Coventry Children's Services",
                      "Sam Worker, social worker, 024 7683 1234",
                      occurred_at=datetime(2024, 1, 10, 10, tzinfo=UTC))  # fmt: skip
    # Back-dated: the plan that ended in December, written down after the new plan started. The new plan stands.
    set_agency_status(lead, state, zofia.pupil_id, "cp-plan", False, "Coventry Children's Services",
                      note="The previous plan ended", occurred_at=datetime(2023, 12, 1, 10, tzinfo=UTC))  # fmt: skip
    state = load_state(lead)
    monitor = record_decision(lead, state, recorded[1], "monitor", "Explained at home; watch in class")
    deputy = school.sign_in(LEAD2, LEAD2_PASS)
    sign_off_decision(deputy, load_state(deputy), monitor.decision_id, False, "Finger marks on a 3-year-old: refer")
    deputy.close()
    state = load_state(lead)
    record_decision(lead, state, recorded[3], "refer-csc", "A pattern of injuries with changing explanations")
    state = load_state(lead)
    referral = record_referral(lead, state, recorded[3], "Coventry MASH", "MASH-2024-0412", made_at=REFERRAL_MADE)
    state = load_state(lead)
    record_referral_facts(lead, state, zofia.pupil_id, REFERRAL_FACTS)
    state = load_state(lead)
    add_action(lead, state, zofia.pupil_id, "Check in with Zofia each morning", lead.account_id,
               date(2024, 3, 29), recorded[3])  # fmt: skip
    lead.close()
    return RichCase(recorded, sibling, referral)
