"""The facts a referral form asks that leads record: about the child (ethnicity, first language, NHS number, GP...)
and for a referral (the views, what is going well, risk, what the referrer wants, the MASH worker...), folded field
by field from lead-only entries into `ReferralFacts`."""

from __future__ import annotations

from desktop_app.domain.lead.agency_records import Referral
from desktop_app.domain.lead.file_parts import CHILD_LABELS, REFERRAL_LABELS, ReferralFacts
from desktop_app.domain.lead.file_records import RecordedFacts
from desktop_app.domain.lead.lead_records import LeadRecords

CHILD = "child"
REFERRAL = "referral"

CHILD_FIELDS = frozenset(CHILD_LABELS)
REFERRAL_FIELDS = frozenset(REFERRAL_LABELS)
YES_NO_FIELDS = frozenset({"interpreter_needed"})  # held as "yes", "no" or "" (not known)
SHORT_FIELDS = frozenset({"other_names", "ethnicity", "first_language", "religion", "nhs_number", "mash_worker"})
MAX_SHORT = 200
MAX_LONG = 4000


def nhs_number_problem(text: str) -> str | None:
    """Why `text` is not an NHS number (ten digits, the last a modulus-11 check digit), or None. Spaces and
    hyphens between the digits are allowed, as the number is usually written 943 476 5919."""
    digits = text.replace(" ", "").replace("-", "")
    if len(digits) != 10 or not digits.isascii() or not digits.isdigit():
        return "an NHS number is ten digits (e.g. 943 476 5919)"
    total = sum(int(d) * (10 - i) for i, d in enumerate(digits[:9]))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    if check == 10 or check != int(digits[9]):
        return "that NHS number's last digit does not match the others (check it against a letter from the NHS)"
    return None


def nhs_number_words(text: str) -> str:
    """An NHS number as it is usually written: 943 476 5919."""
    digits = text.replace(" ", "").replace("-", "")
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}" if len(digits) == 10 else text


def _standing(entries: list[RecordedFacts]) -> dict[str, str]:
    """Each field's latest value (by recorded time, then entry id): a later entry corrects an earlier one."""
    values: dict[str, str] = {}
    for entry in sorted(entries, key=lambda e: (e.at, e.entry_id)):
        values.update(entry.values)
    return values


def _referrals_in_order(lead: LeadRecords, pupil_id: str) -> list[Referral]:
    return sorted(lead.about(pupil_id, Referral), key=lambda r: (r.occurred_at, r.at, r.entry_id))


def child_fact_values(lead: LeadRecords, pupil_id: str) -> dict[str, str]:
    """The child's facts as they stand (fields never recorded are absent; a cleared one is "")."""
    return _standing([r for r in lead.about(pupil_id, RecordedFacts) if r.scope == CHILD])


def referral_fact_values(lead: LeadRecords, pupil_id: str) -> dict[str, str]:
    """The facts of the child's latest referral as they stand: entries naming that referral, and entries for "the
    referral being prepared" ("") recorded after the referral before it (so what a lead wrote before recording the
    referral carries into it, and what was written for an earlier referral never does)."""
    referrals = _referrals_in_order(lead, pupil_id)
    latest = referrals[-1].entry_id if referrals else ""
    since = referrals[-2].at if len(referrals) > 1 else None
    chosen = [
        r
        for r in lead.about(pupil_id, RecordedFacts)
        if r.scope == REFERRAL
        and ((latest and r.referral_id == latest) or (r.referral_id == "" and (since is None or r.at > since)))
    ]
    return _standing(chosen)


def _text(values: dict[str, str], name: str) -> str | None:
    value = values.get(name, "")
    if not value.strip():
        return None
    return nhs_number_words(value) if name == "nhs_number" else value


def referral_facts(lead: LeadRecords, pupil_id: str) -> ReferralFacts:
    """`ReferralFacts` from the entries: a field never recorded, or cleared, is None (a pack prints a gap)."""
    child = child_fact_values(lead, pupil_id)
    referral = referral_fact_values(lead, pupil_id)
    interpreter = {"yes": True, "no": False}.get(child.get("interpreter_needed", ""))
    return ReferralFacts(
        other_names=_text(child, "other_names"),
        ethnicity=_text(child, "ethnicity"),
        first_language=_text(child, "first_language"),
        interpreter_needed=interpreter,
        religion=_text(child, "religion"),
        disability_or_sen=_text(child, "disability_or_sen"),
        nhs_number=_text(child, "nhs_number"),
        gp=_text(child, "gp"),
        previous_addresses=_text(child, "previous_addresses"),
        **{name: _text(referral, name) for name in REFERRAL_LABELS},
    )
