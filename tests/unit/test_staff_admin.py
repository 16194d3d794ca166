"""Staff management: disabling, password resets, and granting and revoking the lead role (with a team-key rotation)."""

from __future__ import annotations

import random

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desktop_app.crypto.envelope import NoKeyHeld, open_envelope
from desktop_app.crypto.kdf import WrongPassword, unwrap_with_password
from desktop_app.crypto.keys import normalise_recovery_code, public_bytes_x25519, x25519_from_bytes
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.keybook import KeyBook
from desktop_app.domain.records import Role
from desktop_app.services.directory import load_directory
from desktop_app.services.errors import NotPermitted, ServiceError, SignInRefused
from desktop_app.services.oversight import grant_dashboard_access, load_dashboard
from desktop_app.services.oversight_key import TEAM_GRANTEE
from desktop_app.services.session import DISABLED, REFUSED, Session
from desktop_app.services.staff_admin import (
    add_account,
    disable_account,
    enable_account,
    find_account,
    grant_lead,
    list_accounts,
    reset_password,
    revoke_lead,
)
from desktop_app.services.state import load_state
from desktop_app.services.triage import acknowledge
from desktop_app.services.uow import UnitOfWork
from desktop_app.services.verified import key_book_of
from desktop_app.services.verify import verify_store
from tests.conftest import LEAD2, LEAD2_PASS, OVERSIGHT, STAFF, STAFF2, STAFF_PASS, School
from tests.unit.test_triage import JAKUB, ZOFIA, record


def account(school: School, lead: Session, username: str) -> str:
    return find_account(lead, load_state(lead), username)


def readable(session: Session, entry_id: str) -> bool:
    session.refresh()  # take in batch keys written since the session began (as the app does after sync)
    entry = session.store.log.get(entry_id)
    assert entry is not None
    try:
        return session.keyring.open_content(entry) is not None
    except NoKeyHeld:
        return False


def test_a_disabled_account_is_refused_with_a_clear_message_until_enabled(school: School) -> None:
    lead = school.lead()
    staff_id = account(school, lead, STAFF)
    with pytest.raises(NotPermitted, match="your own account"):
        disable_account(lead, lead.account_id)
    disable_account(lead, staff_id)
    with pytest.raises(SignInRefused) as refused:
        school.sign_in(STAFF, STAFF_PASS)
    assert str(refused.value) == DISABLED
    with pytest.raises(SignInRefused) as guessed:  # without the password nobody learns the account exists
        school.sign_in(STAFF, "not-the-password")
    assert str(guessed.value) == REFUSED
    with pytest.raises(ServiceError, match="already an account"):
        add_account(lead, STAFF, "Someone Else", Role.STAFF, "password-123")
    rows = {r.username: r for r in list_accounts(lead, load_state(lead))}
    assert (rows[STAFF].active, rows[LEAD2].role, rows["a.lead"].is_you) == (False, Role.LEAD, True)
    enable_account(lead, staff_id)
    assert school.sign_in(STAFF, STAFF_PASS).account_id == staff_id
    assert verify_store(school.store, lead).intact


def test_a_password_reset_gives_new_keys_and_leaves_old_copies_sealed(school: School) -> None:
    staff, lead = school.staff(), school.lead()
    old_concern = record(staff, ZOFIA, "Before the reset")
    staff_id = staff.account_id
    with pytest.raises(ServiceError, match="at least 8"):
        reset_password(lead, load_state(lead), staff_id, "short")
    reset_password(lead, load_state(lead), staff_id, "a-brand-new-password")
    with pytest.raises(SignInRefused):
        school.sign_in(STAFF, STAFF_PASS)
    renewed = school.sign_in(STAFF, "a-brand-new-password")
    assert renewed.key.key_id != staff_id
    assert not readable(renewed, old_concern)  # their own copy stays sealed to the old key
    assert load_directory(renewed).pupil_by_upn(JAKUB) is not None  # the directory key was granted again
    new_concern = record(renewed, JAKUB, "After the reset")
    state = load_state(renewed)
    assert set(state.concerns) == {new_concern} and state.staff[staff_id].full_name == "Carys Teacher"
    assert readable(lead, old_concern) and readable(lead, new_concern)
    assert verify_store(school.store, lead).intact


def test_a_reset_lead_and_a_reset_oversight_account_keep_their_keys(school: School) -> None:
    lead = school.lead()
    concern = record(school.staff(), ZOFIA, "x")
    oversight_id = account(school, lead, OVERSIGHT)
    grant_dashboard_access(lead, oversight_id)
    reset_password(lead, load_state(lead), account(school, lead, LEAD2), "deputy-new-pass")
    reset_password(lead, load_state(lead), oversight_id, "governor-new-pass")
    deputy = school.sign_in(LEAD2, "deputy-new-pass")
    deputy.require_lead()
    assert concern in load_state(deputy).concerns
    assert load_dashboard(school.sign_in(OVERSIGHT, "governor-new-pass")).concerns == 1
    with pytest.raises(NotPermitted):
        reset_password(lead, load_state(lead), lead.account_id, "another-pass")


def test_granting_the_lead_role_gives_the_team_key(school: School) -> None:
    lead = school.lead()
    concern = record(school.staff(), ZOFIA, "x")
    with pytest.raises(NotPermitted):
        school.staff().require_lead()
    grant_lead(lead, account(school, lead, STAFF))
    promoted = school.staff()
    promoted.require_lead()
    assert concern in load_state(promoted).concerns
    with pytest.raises(ServiceError, match="already a lead"):
        grant_lead(lead, promoted.account_id)


def test_revoking_a_lead_rotates_the_team_key_so_nothing_written_after_can_be_read(school: School) -> None:
    lead, deputy = school.lead(), school.sign_in(LEAD2, LEAD2_PASS)
    add_account(deputy, "f.cook", "Fatima Cook", Role.STAFF, "cook-password-6")  # while a lead: stays valid
    staff_before = school.staff()  # signed in before the rotation, on another PC
    before = record(staff_before, ZOFIA, "Before the rotation")
    old_team = lead.team_key_id
    code = revoke_lead(lead, account(school, lead, LEAD2))
    assert code != school.recovery_code and lead.team_key_id != old_team

    ack = acknowledge(lead, load_state(lead), before)  # this session sealed a new batch to the new key
    staff_before.refresh()  # after sync
    after = record(staff_before, JAKUB, "After the rotation")
    fresh = record(school.sign_in(STAFF2, "assistant-password-4"), ZOFIA, "From a new sign-in")
    deputy.refresh()
    with pytest.raises(NotPermitted):
        deputy.require_lead()
    assert readable(deputy, before)  # what they could read, they could read
    assert not any(readable(deputy, e) for e in (ack, after, fresh))
    assert all(readable(lead, e) for e in (before, ack, after, fresh))

    newcomer_id = add_account(lead, "g.new", "Grace Newlead", Role.LEAD, "newlead-pass-7")
    newcomer = school.sign_in("g.new", "newlead-pass-7")
    assert newcomer.account_id == newcomer_id
    assert all(readable(newcomer, e) for e in (before, ack, after, fresh))  # every generation was granted
    with pytest.raises(NotPermitted):
        revoke_lead(lead, lead.account_id)
    assert verify_store(school.store, lead).intact


def test_the_new_recovery_code_opens_the_new_team_key_and_through_it_the_old_one(school: School) -> None:
    lead = school.lead()
    old_team = lead.keybook.current_team_key
    code = revoke_lead(lead, account(school, lead, LEAD2))
    book = key_book_of(school.store)
    team = book.current_team_key
    private = x25519_from_bytes(unwrap_with_password(team.recovery_wrapped, normalise_recovery_code(code)))
    assert public_bytes_x25519(private.public_key()) == team.public
    with pytest.raises(WrongPassword):
        unwrap_with_password(team.recovery_wrapped, normalise_recovery_code(school.recovery_code))
    [chain] = [g for g in book.grants if g.account_id == TEAM_GRANTEE and g.key_id == old_team.key_id]
    sealed = book.grant_entries[chain.entry_id]
    assert sealed.sealed is not None
    raw = open_envelope(sealed.sealed, entry_id=sealed.id, subject=None, lookup={team.key_id: private}.get)
    old = x25519_from_bytes(raw)
    assert isinstance(old, X25519PrivateKey) and public_bytes_x25519(old.public_key()) == old_team.public


def test_a_role_change_by_a_member_of_staff_is_reported_by_verify(school: School) -> None:
    staff = school.staff()
    with UnitOfWork(staff) as uow:
        uow.record_public({"type": EntryKind.ACCOUNT_ROLE, "account_id": staff.account_id, "role": "lead"})
        forged = uow.commit()[0].id
    report = verify_store(school.store)  # named as not used; kept, so the chain after it goes on
    assert report.intact
    assert [(p.entry_id, p.what) for p in report.refused] == [
        (forged, "account.role entry made by an account that is not a lead")
    ]
    with pytest.raises(NotPermitted):
        school.staff().require_lead()  # the role alone opens nothing: no team key was ever granted


def test_roles_and_status_do_not_depend_on_arrival_order(school: School) -> None:
    lead = school.lead()
    staff_id = account(school, lead, STAFF)
    grant_lead(lead, staff_id)
    revoke_lead(lead, staff_id)
    disable_account(lead, staff_id)
    enable_account(lead, staff_id)
    disable_account(lead, staff_id)
    material = school.store.log.key_material()
    expected = KeyBook.build(material).accounts[staff_id]
    for seed in range(5):
        shuffled = list(material)
        random.Random(seed).shuffle(shuffled)
        got = KeyBook.build(shuffled).accounts[staff_id]
        assert (got.role, got.active, got.login_tag) == (expected.role, expected.active, expected.login_tag)
    assert (expected.role, expected.active) == (Role.STAFF, False)
