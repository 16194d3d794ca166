"""Attack: one head at a time for allegations against staff. A governor (another oversight account) and a lead who
makes an oversight account for themselves write allegations key material and take-overs while the head is active;
a head who handed the role over keeps writing; and a lead disables the head to take over, which every holder sees."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.crypto.keys import generate_team_key, public_bytes_x25519, x25519_private_bytes
from desktop_app.domain.allegations_head import NOT_THE_HEAD, TAKE_OVER_WHILE_ACTIVE
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.key_material import ALLEGATIONS_GRANT, b64
from desktop_app.domain.records import Role
from desktop_app.services.accounts import add_staff
from desktop_app.services.allegations import (
    NOT_HEAD_NOTE,
    account_named,
    add_holder,
    create_allegations_key,
    list_holders,
    load_allegations,
    record_allegation,
)
from desktop_app.services.allegations_head import hand_over, head_words, take_over, the_head
from desktop_app.services.errors import NotPermitted
from desktop_app.services.session import Session
from desktop_app.services.staff_admin import disable_account
from desktop_app.services.uow import UnitOfWork
from tests.conftest import LEAD, LEAD2, LEAD2_PASS, OVERSIGHT, OVERSIGHT_PASS, School

GOVERNOR, GOVERNOR_PASS = "f.governor", "governor-password-6"
MINE, MINE_PASS = "a.lead.too", "my-own-oversight-9"


def head(school: School) -> Session:
    return school.sign_in(OVERSIGHT, OVERSIGHT_PASS)


def oversight_account(school: School, username: str, password: str) -> Session:
    add_staff(school.lead(), username, "An Oversight", Role.OVERSIGHT, password, "Governor")
    return school.sign_in(username, password)


def forge_generation(session: Session, holder: Session) -> tuple[str, str]:
    """Key material written by hand, past the service's checks: a new generation, granted to `holder`."""
    private = generate_team_key()
    with UnitOfWork(session) as uow:
        key_id = uow.record_public(
            {"type": EntryKind.ALLEGATIONS_KEY, "public": b64(public_bytes_x25519(private.public_key()))}
        )
        grant = uow.record_public(
            {
                "type": EntryKind.GRANT,
                "key_kind": ALLEGATIONS_GRANT,
                "key_id": key_id,
                "account_id": holder.account_id,
                "to_key": holder.account.current_key.key_id,
            },
            secret=x25519_private_bytes(private),
            recipients=[holder.own_recipient()],
        )
        uow.commit()
    return key_id, grant


def forge_turn(session: Session, account_id: str) -> str:
    with UnitOfWork(session) as uow:
        entry_id = uow.record_public({"type": EntryKind.ALLEGATIONS_HEAD, "account_id": account_id})
        uow.commit()
    return entry_id


def with_a_holder(school: School) -> tuple[Session, str]:
    """The head makes the key, names the deputy lead, and records an allegation."""
    h = head(school)
    create_allegations_key(h)
    add_holder(h, LEAD2)
    recorded = record_allegation(
        h, made_on=date(2026, 11, 2), raised_by="A parent", alleged="Shouted at a child.", staff_name="A coach"
    )
    return h, recorded.allegation_id


def test_a_governors_generation_and_holder_material_is_set_aside(school: School) -> None:
    h, allegation_id = with_a_holder(school)
    real = h.keybook.current_allegations_key
    governor = oversight_account(school, GOVERNOR, GOVERNOR_PASS)
    with pytest.raises(NotPermitted, match="another oversight account is the head"):
        add_holder(governor, LEAD)
    deputy = school.sign_in(LEAD2, LEAD2_PASS)
    fake, grant = forge_generation(governor, deputy)
    h = head(school)
    assert h.keybook.refused.get(fake) == NOT_THE_HEAD
    assert h.keybook.refused.get(grant) is not None
    assert real is not None and h.keybook.current_allegations_key is not None
    assert h.keybook.current_allegations_key.key_id == real.key_id  # nothing is sealed to the governor's
    deputy = school.sign_in(LEAD2, LEAD2_PASS)
    assert not deputy.keyring.holds(fake)
    assert allegation_id in load_allegations(deputy).allegations  # holders keep reading
    later = record_allegation(
        deputy, made_on=date(2026, 11, 3), raised_by="A pupil", alleged="Pushed a pupil.", staff_name="A coach"
    )
    entry = school.store.log.get(later.allegation_id)
    assert entry is not None and fake not in str(entry.sealed)
    assert later.allegation_id in load_allegations(h).allegations
    assert head_words(the_head(deputy)).startswith("The head: ")


def test_a_holder_note_by_a_governor_is_set_aside(school: School) -> None:
    h, _ = with_a_holder(school)
    oversight_account(school, GOVERNOR, GOVERNOR_PASS)
    add_holder(h, GOVERNOR)  # a holder, but not the head: their holder notes do not count
    governor = school.sign_in(GOVERNOR, GOVERNOR_PASS)
    key = h.keybook.current_allegations_key
    assert key is not None
    from desktop_app.crypto.envelope import Recipient
    from desktop_app.crypto.keys import x25519_public_from_bytes

    with UnitOfWork(governor) as uow:
        note = uow.record(
            EntryKind.ALLEGATIONS_HOLDER,
            {"account": account_named(governor, LEAD2).account_id, "username": "the real head"},
            recipients=[Recipient(key.key_id, public=x25519_public_from_bytes(key.public))],
        )
        uow.commit()
    from desktop_app.services.allegations import _judged

    h = head(school)
    judged = {e.entry_id: e.problem for e in _judged(h)}
    assert judged[note] == NOT_HEAD_NOTE
    assert {x.username for x in list_holders(h)} >= {LEAD2}
    assert "the real head" not in {x.username for x in list_holders(h)}


def test_a_lead_with_an_oversight_account_of_their_own_cannot_act_while_the_head_is_active(school: School) -> None:
    h, allegation_id = with_a_holder(school)
    mine = oversight_account(school, MINE, MINE_PASS)  # a lead made it for themselves
    with pytest.raises(NotPermitted, match="another oversight account is the head"):
        add_holder(mine, LEAD)
    with pytest.raises(NotPermitted, match="head's account is active"):
        take_over(mine, MINE)
    count = school.store.log.count()
    fake, _ = forge_generation(mine, mine)
    turn = forge_turn(mine, mine.account_id)
    h = head(school)
    assert school.store.log.count() == count + 3
    assert h.keybook.refused.get(fake) == NOT_THE_HEAD
    assert h.keybook.refused.get(turn) == TAKE_OVER_WHILE_ACTIVE
    assert h.keybook.allegations_head is not None and h.keybook.allegations_head.account_id == h.account_id
    mine = school.sign_in(MINE, MINE_PASS)
    with pytest.raises(NotPermitted):
        load_allegations(mine)  # it holds no generation that counts
    assert allegation_id in load_allegations(school.sign_in(LEAD2, LEAD2_PASS)).allegations


def test_hand_over_and_the_old_heads_later_material_is_set_aside(school: School) -> None:
    h, allegation_id = with_a_holder(school)
    oversight_account(school, GOVERNOR, GOVERNOR_PASS)
    hand_over(h, GOVERNOR)
    governor = school.sign_in(GOVERNOR, GOVERNOR_PASS)
    now = the_head(governor)
    assert now is not None and now.is_you and not now.taken_over and now.former == h.account_id
    assert allegation_id in load_allegations(governor).allegations  # granted every generation
    add_holder(governor, LEAD)
    lead = school.lead()
    assert allegation_id in load_allegations(lead).allegations
    with pytest.raises(NotPermitted, match="another oversight account is the head"):
        add_holder(h, LEAD)
    fake, grant = forge_generation(h, h)  # the old head, by hand
    deputy = school.sign_in(LEAD2, LEAD2_PASS)
    assert deputy.keybook.refused.get(fake) == NOT_THE_HEAD
    assert deputy.keybook.refused.get(grant) is not None
    deputy_sees = the_head(deputy)
    assert deputy_sees is not None and deputy_sees.name == GOVERNOR
    assert head_words(deputy_sees).startswith(f"The head: {GOVERNOR} (since ")


def test_take_over_after_the_head_is_disabled_is_shown_to_every_holder(school: School) -> None:
    h, allegation_id = with_a_holder(school)
    h_id = h.account_id
    oversight_account(school, MINE, MINE_PASS)
    disable_account(school.lead(), h_id)  # a lead disables the head
    mine = school.sign_in(MINE, MINE_PASS)
    take_over(mine, MINE)
    now = the_head(mine)
    assert now is not None and now.is_you and now.taken_over and now.former == h_id
    after = record_allegation(
        mine, made_on=date(2026, 11, 4), raised_by="A pupil", alleged="Sent messages.", staff_name="A coach"
    )
    deputy = school.sign_in(LEAD2, LEAD2_PASS)
    read = load_allegations(deputy).allegations
    assert allegation_id in read and after.allegation_id in read  # the holder keeps reading, old and new
    seen = the_head(deputy)
    assert seen is not None and seen.taken_over and seen.name == MINE
    words = head_words(seen)
    assert MINE in words and "taken over after the former head's account" in words
    assert allegation_id not in load_allegations(mine).allegations  # the older generations are not theirs


def test_a_second_take_over_while_the_new_head_is_active_is_refused(school: School) -> None:
    h, _ = with_a_holder(school)
    oversight_account(school, MINE, MINE_PASS)
    governor = oversight_account(school, GOVERNOR, GOVERNOR_PASS)
    disable_account(school.lead(), h.account_id)
    take_over(school.sign_in(MINE, MINE_PASS), MINE)
    governor = school.sign_in(GOVERNOR, GOVERNOR_PASS)
    with pytest.raises(NotPermitted, match="head's account is active"):
        take_over(governor, GOVERNOR)
    turn = forge_turn(governor, governor.account_id)
    assert school.sign_in(LEAD2, LEAD2_PASS).keybook.refused.get(turn) == TAKE_OVER_WHILE_ACTIVE


def test_forged_turns_are_set_aside_and_the_disabled_heads_session_makes_nothing_that_counts(school: School) -> None:
    """The head hands the role to a lead (not an oversight account): set aside. Once the head is disabled, a take-over
    naming someone else than its author is set aside; the disabled head's session, opened before, makes nothing
    that counts; the real take-over stands."""
    from desktop_app.domain.allegations_head import NOT_OVERSIGHT_TARGET, TAKE_OVER_FOR_ANOTHER

    h, _ = with_a_holder(school)
    to_a_lead = forge_turn(h, account_named(h, LEAD).account_id)
    oversight_account(school, MINE, MINE_PASS)
    oversight_account(school, GOVERNOR, GOVERNOR_PASS)
    disable_account(school.lead(), h.account_id)
    governor = school.sign_in(GOVERNOR, GOVERNOR_PASS)
    for_another = forge_turn(governor, account_named(governor, MINE).account_id)
    take_over(school.sign_in(MINE, MINE_PASS), MINE)
    late, _ = forge_generation(h, h)  # the disabled head's session, still open on their PC
    deputy = school.sign_in(LEAD2, LEAD2_PASS)
    refused = deputy.keybook.refused
    assert refused.get(to_a_lead) == NOT_OVERSIGHT_TARGET
    assert refused.get(for_another) == TAKE_OVER_FOR_ANOTHER
    assert refused.get(late) is not None and late not in deputy.keybook.allegations_keys
    turn = deputy.keybook.allegations_head
    assert turn is not None and turn.account_id == account_named(deputy, MINE).account_id
    assert [t.how for t in deputy.keybook.allegations_heads] == ["first key", "taken over"]
