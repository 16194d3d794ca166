"""The pupil directory key when people leave: rotated on a disable, granted to whoever should hold it, every
generation readable through the newest, and the current one chosen the same way whatever order key material came in."""

from __future__ import annotations

import random

import pytest

from desktop_app.crypto.keys import generate_symmetric_key
from desktop_app.domain.directory_keys import (
    DIRECTORY_GRANTEE,
    DIRECTORY_KIND,
    current_directory_key_id,
    directory_generations,
    first_directory_key_id,
    granted_to,
)
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.ids import new_id
from desktop_app.domain.keybook import KeyBook
from desktop_app.domain.records import Role
from desktop_app.services.directory import add_category, categories, import_roster, load_directory
from desktop_app.services.directory_keys import rotate_directory_key, sealing_recipient
from desktop_app.services.errors import NotPermitted
from desktop_app.services.oversight import opaque_ref
from desktop_app.services.session import Session
from desktop_app.services.staff_admin import (
    add_account,
    disable_account,
    enable_account,
    find_account,
    grant_lead,
    reset_password,
    revoke_lead,
)
from desktop_app.services.state import load_state
from desktop_app.services.uow import UnitOfWork
from desktop_app.services.verified import key_book_of
from desktop_app.services.verify import verify_store
from tests.conftest import LEAD2, LEAD2_PASS, OVERSIGHT, OVERSIGHT_PASS, STAFF, STAFF2, STAFF2_PASS, STAFF_PASS, School
from tests.unit.test_triage import ZOFIA, record

HEADER = "upn,forename,surname,date_of_birth,year_group,address,postcode,Parent/Carer 1\n"


def roster(*rows: tuple[str, str, str]) -> bytes:
    """A roster file of new pupils: (UPN, forename, surname), all at one address with one carer."""
    lines = [
        f"{upn},{fore},{sur},2017-05-06,4,7 Quarry Road Coventry,CV4 9ZZ,Dana {sur} 07700 900123"
        for upn, fore, sur in rows
    ]
    return (HEADER + "\n".join(lines) + "\n").encode()


def account(lead: Session, username: str) -> str:
    return find_account(lead, load_state(lead), username)


def directory_entries(school: School) -> dict[str, str]:
    """Directory entries (sealed to one directory key alone, not key material): entry id -> the key they are
    sealed to."""
    return {
        entry.id: key_id
        for key_id in directory_generations(key_book_of(school.store))
        for entry in school.store.log.sealed_to(key_id)
        if entry.public is None
    }


def test_disabling_a_member_of_staff_makes_a_new_directory_key_for_everyone_else(school: School) -> None:
    lead = school.lead()
    staff_id, lead2_id, staff2_id = (account(lead, name) for name in (STAFF, LEAD2, STAFF2))
    oversight_id = account(lead, OVERSIGHT)
    old = current_directory_key_id(lead.keybook)
    assert old is not None and directory_generations(lead.keybook) == (old,)

    assert disable_account(lead, staff_id) is None  # not a lead: no new team key, no recovery code
    book = key_book_of(school.store)
    new = current_directory_key_id(book)
    assert new is not None and new != old and directory_generations(book) == (old, new)
    assert granted_to(book, new) == {lead.account_id, lead2_id, staff2_id}  # not the disabled, not oversight
    assert staff_id in granted_to(book, old)
    [chain] = [g for g in book.grants if g.account_id == DIRECTORY_GRANTEE]
    assert (chain.key_kind, chain.key_id, chain.to_key_id) == (DIRECTORY_KIND, old, new)
    assert lead.directory_key()[0] == new  # this session holds the new key at once
    assert oversight_id not in granted_to(book, new)
    assert verify_store(school.store, lead).intact


def test_new_directory_entries_are_sealed_to_the_newest_key_and_every_generation_still_reads(school: School) -> None:
    lead = school.lead()
    before_disable = school.sign_in(STAFF2, STAFF2_PASS)  # signed in before the rotation (another PC, say)
    old = lead.directory_key()[0]
    disable_account(lead, account(lead, STAFF))
    new = lead.directory_key()[0]
    import_roster(lead, roster(("D123456789016", "Wiktor", "Nowak")))
    add_category(lead, "young-carer", "Young carer")
    written = list(directory_entries(school).values())
    assert written.count(old) == 4 and written.count(new) == 2  # the first roster; the new pupil and the category

    before_disable.refresh()  # what the app does after sync: the new grant is taken in
    for reader in (before_disable, school.sign_in(STAFF2, STAFF2_PASS), school.lead()):
        directory = load_directory(reader)
        assert directory.pupil_by_upn(ZOFIA) is not None and directory.pupil_by_upn("D123456789016") is not None
        assert "young-carer" in {c.code for c in categories(directory)}
        assert reader.directory_key()[0] == new

    # A new account is granted the newest key alone, and opens the older generation through it.
    add_account(lead, "g.new", "Grace Newteacher", Role.STAFF, "new-teacher-pass-8")
    newcomer = school.sign_in("g.new", "new-teacher-pass-8")
    assert {g.key_id for g in newcomer.keybook.grants_to(newcomer.account_id)} == {new}
    directory = load_directory(newcomer)
    assert directory.pupil_by_upn(ZOFIA) is not None and directory.pupil_by_upn("D123456789016") is not None
    assert record(newcomer, ZOFIA, "Recorded by someone who joined after the rotation")
    assert verify_store(school.store, lead).intact


def test_a_second_rotation_chains_every_older_key_to_the_newest(school: School) -> None:
    lead = school.lead()
    disable_account(lead, account(lead, STAFF))
    import_roster(lead, roster(("D123456789016", "Wiktor", "Nowak")))
    disable_account(lead, account(lead, STAFF2))
    import_roster(lead, roster(("E123456789017", "Amara", "Okafor")))
    first, second, third = directory_generations(lead.keybook)
    chained = {(g.key_id, g.to_key_id) for g in lead.keybook.grants if g.account_id == DIRECTORY_GRANTEE}
    assert chained == {(first, second), (first, third), (second, third)}
    add_account(lead, "g.new", "Grace Newteacher", Role.STAFF, "new-teacher-pass-8")
    directory = load_directory(school.sign_in("g.new", "new-teacher-pass-8"))
    assert {p.upn for p in directory.pupils.values()} >= {ZOFIA, "D123456789016", "E123456789017"}


def test_enabling_again_grants_the_current_key_and_what_was_added_meanwhile_reads(school: School) -> None:
    lead = school.lead()
    staff_id = account(lead, STAFF)
    disable_account(lead, staff_id)
    import_roster(lead, roster(("D123456789016", "Wiktor", "Nowak")))
    enable_account(lead, staff_id)
    assert staff_id in granted_to(lead.keybook, lead.directory_key()[0])
    staff = school.sign_in(STAFF, STAFF_PASS)
    assert load_directory(staff).pupil_by_upn("D123456789016") is not None
    enable_grants = [g for g in lead.keybook.grants_to(staff_id) if g.key_kind == DIRECTORY_KIND]
    assert len(enable_grants) == 2  # the first key when the account was made, the current one on enabling


def test_an_account_that_never_held_the_directory_key_changes_nothing_when_disabled(school: School) -> None:
    lead = school.lead()
    key = lead.directory_key()[0]
    disable_account(lead, account(lead, OVERSIGHT))
    assert directory_generations(lead.keybook) == (key,)
    enable_account(lead, account(lead, OVERSIGHT))
    with pytest.raises(NotPermitted):
        school.sign_in(OVERSIGHT, OVERSIGHT_PASS).directory_key()  # still none: oversight reads no directory


def test_disabling_a_lead_rotates_the_team_key_too_and_enabling_gives_every_key_back(school: School) -> None:
    lead = school.lead()
    deputy_id = account(lead, LEAD2)
    old_team, old_directory = lead.team_key_id, lead.directory_key()[0]
    code = disable_account(lead, deputy_id)
    assert code is not None and code != school.recovery_code
    assert lead.team_key_id != old_team and lead.directory_key()[0] != old_directory
    concern = record(school.staff(), ZOFIA, "Written while the deputy was disabled")
    enable_account(lead, deputy_id)
    deputy = school.sign_in(LEAD2, LEAD2_PASS)
    deputy.require_lead()
    assert concern in load_state(deputy).concerns
    assert deputy.directory_key()[0] == lead.directory_key()[0]
    assert verify_store(school.store, lead).intact


def test_revoking_a_lead_keeps_their_directory_key_they_are_still_staff(school: School) -> None:
    lead = school.lead()
    key = lead.directory_key()[0]
    revoke_lead(lead, account(lead, LEAD2))
    assert directory_generations(lead.keybook) == (key,)
    assert school.sign_in(LEAD2, LEAD2_PASS).directory_key()[0] == key


def test_a_password_reset_or_a_promotion_after_a_rotation_reads_every_generation(school: School) -> None:
    lead = school.lead()
    disable_account(lead, account(lead, STAFF))
    import_roster(lead, roster(("D123456789016", "Wiktor", "Nowak")))
    reset_password(lead, load_state(lead), account(lead, STAFF2), "assistant-new-pass-9")
    assistant = load_directory(school.sign_in(STAFF2, "assistant-new-pass-9"))
    assert assistant.pupil_by_upn(ZOFIA) is not None and assistant.pupil_by_upn("D123456789016") is not None

    grant_lead(lead, account(lead, OVERSIGHT))  # an oversight account held no directory key at all
    governor = school.sign_in(OVERSIGHT, OVERSIGHT_PASS)
    assert governor.directory_key()[0] == lead.directory_key()[0]
    assert load_directory(governor).pupil_by_upn(ZOFIA) is not None


def test_oversight_references_stay_the_same_across_a_rotation(school: School) -> None:
    lead = school.lead()
    concern = record(school.staff(), ZOFIA, "Before the rotation")
    before = opaque_ref(lead, concern)
    first = first_directory_key_id(lead.keybook)
    disable_account(lead, account(lead, STAFF2))
    add_account(lead, "g.new", "Grace Newteacher", Role.STAFF, "new-teacher-pass-8")
    newcomer = school.sign_in("g.new", "new-teacher-pass-8")
    assert first_directory_key_id(lead.keybook) == first
    assert before is not None and opaque_ref(lead, concern) == before == opaque_ref(newcomer, concern)


def test_a_disable_that_came_without_its_rotation_is_healed_by_the_next_directory_write(school: School) -> None:
    """Two leads disabling two accounts on two PCs at once each rotate without knowing the other's disable; an
    older app wrote disables with no rotation at all. The next directory write makes a new key first."""
    lead = school.lead()
    staff_id = account(lead, STAFF)
    old = lead.directory_key()[0]
    with UnitOfWork(lead) as uow:  # the status entry alone, as another PC's concurrent disable arrives
        uow.record_public({"type": EntryKind.ACCOUNT_STATUS, "account_id": staff_id, "active": False})
        uow.commit()
    assert lead.directory_key()[0] == old and staff_id in granted_to(lead.keybook, old)
    import_roster(lead, roster(("D123456789016", "Wiktor", "Nowak")))
    new = lead.directory_key()[0]
    assert new != old and staff_id not in granted_to(lead.keybook, new)
    assert list(directory_entries(school).values()).count(new) == 1


def test_an_active_account_missing_the_current_key_is_granted_it_by_the_next_directory_write(school: School) -> None:
    lead = school.lead()
    staff2_id = account(lead, STAFF2)
    with UnitOfWork(lead) as uow:  # a rotation made on a PC that thought the assistant disabled
        rotate_directory_key(lead, uow, leaving={staff2_id})
        uow.commit()
    assert staff2_id not in granted_to(lead.keybook, lead.directory_key()[0])
    with UnitOfWork(lead) as uow:
        recipient = sealing_recipient(lead, uow)
        uow.commit()
    assert recipient.key_id == lead.directory_key()[0] and staff2_id in granted_to(lead.keybook, recipient.key_id)


def test_the_current_key_does_not_depend_on_arrival_order_or_on_grants_by_staff(school: School) -> None:
    lead = school.lead()
    disable_account(lead, account(lead, STAFF))
    disable_account(lead, account(lead, STAFF2))
    material = school.store.log.key_material()
    expected = directory_generations(KeyBook.build(material))
    assert len(expected) == 3
    for seed in range(5):
        shuffled = list(material)
        random.Random(seed).shuffle(shuffled)
        assert directory_generations(KeyBook.build(shuffled)) == expected

    # A grant a member of staff writes (of a key of their own making, dated far ahead) introduces nothing.
    deputy = school.sign_in(LEAD2, LEAD2_PASS)
    revoke_lead(lead, deputy.account_id)
    deputy.refresh()
    forged = {"type": EntryKind.GRANT, "key_kind": DIRECTORY_KIND, "key_id": new_id(), "account_id": deputy.account_id}
    with UnitOfWork(deputy) as uow:
        uow.record_public(
            {**forged, "to_key": deputy.key.key_id},
            secret=generate_symmetric_key(),
            recipients=[deputy.own_recipient()],
        )
        uow.commit()
    assert directory_generations(key_book_of(school.store)) == expected
    assert school.lead().directory_key()[0] == expected[-1]


def test_a_lead_who_knows_of_a_newer_key_but_does_not_hold_it_writes_no_directory_entry(school: School) -> None:
    """Part of a rotation has arrived (its grants to others, not yet the one to this lead): sealing to the older
    key instead would give the new pupil to the disabled account, so the write is refused until the rest arrives."""
    lead, elsewhere = school.lead(), school.lead()
    disable_account(lead, account(lead, STAFF))
    new = lead.directory_key()[0]
    for entry in school.store.log.key_material():
        grant = next((g for g in lead.keybook.grants if g.entry_id == entry.id), None)
        if grant is not None and grant.key_id == new and grant.account_id != elsewhere.account_id:
            elsewhere.keybook.add(entry)
    elsewhere.seen_local_seq = school.store.log.newest_local_seq()  # the rest has not reached this PC
    assert current_directory_key_id(elsewhere.keybook) == new
    with pytest.raises(NotPermitted):
        import_roster(elsewhere, roster(("D123456789016", "Wiktor", "Nowak")))
    assert len(load_directory(elsewhere).pupils) == 4  # reading what it holds still works
