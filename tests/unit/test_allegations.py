"""Allegations against staff: the head's key and its holders as the key book folds them, the record, its outcome and
its retention."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.allegations import (
    Allegation,
    AllegationError,
    AllegationOutcome,
    Outcome,
    allegation_content,
    holders,
    outcome_content,
    retention_of,
)
from desktop_app.services.allegations import (
    account_named,
    add_holder,
    create_allegations_key,
    list_holders,
    load_allegations,
    record_allegation,
    record_outcome,
    remove_holder,
)
from desktop_app.services.errors import NotFound, NotPermitted, ServiceError
from desktop_app.services.staff_admin import find_account, reset_password
from desktop_app.services.state import load_state
from tests.conftest import LEAD, LEAD2, LEAD2_PASS, OVERSIGHT, OVERSIGHT_PASS, STAFF, School


def head(school: School):
    return school.sign_in(OVERSIGHT, OVERSIGHT_PASS)


def allegation(session, **extra):
    fields = {
        "made_on": date(2026, 11, 2),
        "raised_by": "Mrs Okafor (parent)",
        "alleged": "Grabbed a child by the arm in the corridor and shouted at him.",
        "staff_username": STAFF,
        "staff_name": "Carys Teacher",
        **extra,
    }
    return record_allegation(session, **fields)


def test_the_head_makes_the_key_and_names_holders(school: School) -> None:
    h = head(school)
    key_id = create_allegations_key(h)
    assert h.keybook.current_allegations_key.key_id == key_id
    assert holders(h.keybook, key_id) == {h.account_id}
    lead2 = add_holder(h, LEAD2)
    assert holders(h.keybook, key_id) == {h.account_id, lead2}
    assert sorted(x.username for x in list_holders(h)) == ["", LEAD2]  # the head is not named by a note
    with pytest.raises(ServiceError, match="already has"):
        create_allegations_key(h)
    with pytest.raises(ServiceError, match="designated lead or an oversight"):
        add_holder(h, STAFF)
    with pytest.raises(NotFound):
        add_holder(h, "no.such.person")
    h.close()
    # Every other PC (a fresh key book from the store) judges the same way.
    deputy = school.sign_in(LEAD2, LEAD2_PASS)
    assert holders(deputy.keybook, key_id) == {h.account_id, lead2}
    assert deputy.keyring.holds(key_id)


def test_a_lead_cannot_make_the_key_or_name_holders(school: School) -> None:
    lead = school.lead()
    with pytest.raises(NotPermitted, match="head"):
        create_allegations_key(lead)
    with pytest.raises(NotPermitted, match="head"):
        add_holder(lead, LEAD2)


def test_record_list_and_outcome(school: School) -> None:
    h = head(school)
    create_allegations_key(h)
    add_holder(h, LEAD2)
    deputy = school.sign_in(LEAD2, LEAD2_PASS)
    recorded = allegation(deputy, children=["a123456789012"], lado_referred=date(2026, 11, 3), lado_reference="L-77")
    assert recorded.notice == ""
    found = load_allegations(deputy).allegations[recorded.allegation_id]
    assert found.staff_name == "Carys Teacher" and found.children == ("A123456789012",)
    assert found.lado_reference == "L-77" and found.outcome is None
    record_outcome(deputy, recorded.allegation_id[:12], "unsubstantiated", date(2026, 12, 1), "No witness.")
    again = load_allegations(h).allegations[recorded.allegation_id]
    assert again.outcome is not None and again.outcome.outcome == Outcome.UNSUBSTANTIATED
    with pytest.raises(ServiceError, match="outcome must be one of"):
        record_outcome(deputy, recorded.allegation_id, "proven", date(2026, 12, 1))
    with pytest.raises(ServiceError, match="UPN"):
        allegation(deputy, children=["not-a-upn"])
    with pytest.raises(ServiceError, match="alleged is needed"):
        allegation(deputy, alleged="  ")
    # A lead who is not a holder reads nothing and records nothing.
    lead = school.lead()
    with pytest.raises(NotPermitted, match="not been given"):
        load_allegations(lead)
    with pytest.raises(NotPermitted, match="not been given"):
        allegation(lead)


def test_an_allegation_about_a_holder_rotates_the_key_without_them(school: School) -> None:
    h = head(school)
    first = create_allegations_key(h)
    add_holder(h, LEAD)
    add_holder(h, LEAD2)
    deputy = school.sign_in(LEAD2, LEAD2_PASS)
    with pytest.raises(NotPermitted, match="ask the head"):
        allegation(deputy, staff_username=LEAD, staff_name="Alice Lead")
    recorded = allegation(h, staff_username=LEAD, staff_name="Alice Lead")
    assert "new key" in recorded.notice
    second = h.keybook.current_allegations_key.key_id
    assert second != first
    lead_account = account_named(h, LEAD)
    assert lead_account.account_id not in holders(h.keybook, second)
    assert lead_account.account_id in holders(h.keybook, first)
    with pytest.raises(ServiceError, match="cannot be given"):
        add_holder(h, LEAD)


def test_retention_rules() -> None:
    def made(born: date | None, outcome: Outcome | None = None) -> Allegation:
        a = Allegation("x", date(2026, 1, 10), "p", "n", "", "", born, "w", (), None, "", "", "", None)  # type: ignore[arg-type]
        if outcome:
            a.outcomes.append(AllegationOutcome("o", outcome, date(2026, 2, 1), "", "", None))  # type: ignore[arg-type]
        return a

    assert retention_of(made(None)).until == date(2036, 1, 10)
    assert retention_of(made(date(1980, 5, 1))).until == date(2047, 5, 1)  # retirement at 67 is later
    assert retention_of(made(date(1965, 5, 1))).until == date(2036, 1, 10)  # ten years is later
    removed = retention_of(made(date(1980, 5, 1), Outcome.MALICIOUS))
    assert removed.remove and removed.until is None
    assert retention_of(made(date(1980, 5, 1), Outcome.SUBSTANTIATED)).until == date(2047, 5, 1)


def test_content_checks() -> None:
    with pytest.raises(AllegationError, match="future"):
        allegation_content(made_on=date(2030, 1, 1), raised_by="x", staff_name="y", alleged="z", today=date(2026, 1, 1))
    with pytest.raises(AllegationError, match="before the allegation"):
        allegation_content(
            made_on=date(2026, 1, 5), raised_by="x", staff_name="y", alleged="z", lado_referred=date(2026, 1, 1)
        )
    with pytest.raises(AllegationError, match="outcome must be"):
        outcome_content("id", "proven", date(2026, 1, 1))


def test_after_a_password_reset_the_head_names_the_lead_again_and_they_read_everything(school: School) -> None:
    h = head(school)
    create_allegations_key(h)
    add_holder(h, LEAD2)
    recorded = allegation(h)
    lead = school.lead()
    state = load_state(lead)
    reset_password(lead, state, find_account(lead, state, LEAD2), "a-new-deputy-passphrase-9")
    deputy = school.sign_in(LEAD2, "a-new-deputy-passphrase-9")
    with pytest.raises(NotPermitted):
        load_allegations(deputy)  # the grants were sealed to the old account key
    h.refresh()
    add_holder(h, LEAD2)
    deputy = school.sign_in(LEAD2, "a-new-deputy-passphrase-9")
    assert recorded.allegation_id in load_allegations(deputy).allegations


def test_removing_a_holder_makes_a_new_generation_for_everyone_else(school: School) -> None:
    h = head(school)
    first = create_allegations_key(h)
    deputy_id = add_holder(h, LEAD2)
    lead_id = add_holder(h, LEAD)
    second = remove_holder(h, LEAD2)
    assert second != first and h.keybook.current_allegations_key.key_id == second
    assert holders(h.keybook, second) == {h.account_id, lead_id}
    assert deputy_id in holders(h.keybook, first)
    with pytest.raises(ServiceError, match="does not hold"):
        remove_holder(h, LEAD2)
    with pytest.raises(ServiceError, match="cannot remove yourself"):
        remove_holder(h, OVERSIGHT)
    assert sorted(x.username for x in list_holders(school.lead())) == ["", LEAD]  # the note is written again
