"""Attack: allegations against staff are read only by the head and the holders the head names, by key. The member of
staff concerned (a lead, holding the team key, the directory key and older allegations keys) tries every key they
hold; a lead forges the head's key material; a removed holder reads and writes after removal; a member of staff
forges an outcome for an allegation about themselves; IT reads the store's file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop_app.crypto.envelope import Recipient, open_envelope
from desktop_app.crypto.keys import (
    generate_team_key,
    public_bytes_x25519,
    x25519_private_bytes,
    x25519_public_from_bytes,
)
from desktop_app.domain.entries import EntryKind, EntryRecord
from desktop_app.domain.key_material import ALLEGATIONS_GRANT, b64
from desktop_app.domain.key_refusals import NOT_HEAD
from desktop_app.domain.records import Role
from desktop_app.services.accounts import add_staff
from desktop_app.services.allegations import (
    account_named,
    add_holder,
    create_allegations_key,
    load_allegations,
    record_allegation,
    remove_holder,
)
from desktop_app.services.errors import NotPermitted
from desktop_app.services.oversight import ensure_oversight_key, grant_dashboard_access
from desktop_app.services.session import Session
from desktop_app.services.uow import UnitOfWork
from desktop_app.storage.engine import DB_FILENAME
from tests.conftest import LEAD, LEAD2, LEAD2_PASS, OVERSIGHT, OVERSIGHT_PASS, STAFF, STAFF_PASS, School

WORDS = ("Alice Lead", "locked a pupil in the store cupboard", "LADO-2026-0412", "Mr Haddad (teaching assistant)")


def head(school: School) -> Session:
    return school.sign_in(OVERSIGHT, OVERSIGHT_PASS)


def every_key(session: Session) -> list[object]:
    """Every key this person holds or can open: their own, each granted one, and each batch key they open."""
    keys = [session.keyring.lookup(k) for k in session.keyring.granted_ids()]
    keys += [session.keyring.lookup(b) for b in session.keybook.batches]
    return [k for k in keys if k is not None]


def opens(keys: list[object], entry: EntryRecord) -> bool:
    """Whether any of `keys`, offered for every slot of the entry's envelope, opens it."""
    for key in keys:
        try:
            open_envelope(entry.sealed or b"", entry_id=entry.id, subject=entry.subject, lookup=lambda _id, k=key: k)
        except Exception:
            continue
        return True
    return False


def about_the_lead(school: School) -> tuple[str, Session]:
    """The head makes the key, names both leads, then records an allegation about the first lead."""
    h = head(school)
    create_allegations_key(h)
    add_holder(h, LEAD)
    add_holder(h, LEAD2)
    recorded = record_allegation(
        h,
        made_on=date(2026, 11, 2),
        raised_by="Mr Haddad (teaching assistant)",
        alleged="Alice Lead locked a pupil in the store cupboard at lunchtime.",
        staff_username=LEAD,
        staff_name="Alice Lead",
        lado_referred=date(2026, 11, 3),
        lado_reference="LADO-2026-0412",
    )
    assert "new key" in recorded.notice
    return recorded.allegation_id, h


def test_the_lead_it_is_about_cannot_open_it_with_any_key_they_hold(school: School) -> None:
    allegation_id, h = about_the_lead(school)
    lead = school.lead()
    ensure_oversight_key(lead)  # the subject holds as much as a lead can: team, directory, oversight keys
    entry = school.store.log.get(allegation_id)
    assert entry is not None
    theirs = every_key(lead)
    assert len(theirs) >= 4  # own key, team key, directory key, the first allegations key...
    assert lead.keyring.holds(next(iter(h.keybook.allegations_keys)))  # they held the first generation
    assert not opens(theirs, entry)
    assert opens(every_key(h), entry)  # the same test opens it with the head's keys: it can fail
    with pytest.raises(NotPermitted):
        load_allegations(lead)  # they no longer hold the current key
    deputy = school.sign_in(LEAD2, LEAD2_PASS)
    assert allegation_id in load_allegations(deputy).allegations


def test_a_lead_forging_the_heads_key_material_is_set_aside(school: School) -> None:
    h = head(school)
    real = create_allegations_key(h)
    h.close()
    lead = school.lead()
    me = lead.account
    private = generate_team_key()
    with UnitOfWork(lead) as uow:
        fake = uow.record_public(
            {"type": EntryKind.ALLEGATIONS_KEY, "public": b64(public_bytes_x25519(private.public_key()))}
        )
        grants = [
            uow.record_public(
                {
                    "type": EntryKind.GRANT,
                    "key_kind": ALLEGATIONS_GRANT,
                    "key_id": key_id,
                    "account_id": me.account_id,
                    "to_key": me.current_key.key_id,
                },
                secret=x25519_private_bytes(private),
                recipients=[lead.own_recipient()],
            )
            for key_id in (fake, real)
        ]
        uow.commit()
    h = head(school)  # another sign-in judges the store afresh
    assert h.keybook.current_allegations_key is not None
    assert h.keybook.current_allegations_key.key_id == real
    assert fake not in h.keybook.allegations_keys
    assert h.keybook.refused.get(fake) == NOT_HEAD
    assert all(h.keybook.refused.get(g) == NOT_HEAD for g in grants)
    with pytest.raises(NotPermitted):  # naming holders through the service is refused too
        add_holder(lead, LEAD2)


def test_a_removed_holder_reads_nothing_written_after_and_writes_nothing_that_counts(school: School) -> None:
    h = head(school)
    create_allegations_key(h)
    add_holder(h, LEAD2)
    deputy = school.sign_in(LEAD2, LEAD2_PASS)
    before = record_allegation(
        deputy, made_on=date(2026, 10, 1), raised_by="A parent", alleged="Shouted at a child.", staff_name="A supply"
    )
    remove_holder(h, LEAD2)
    after = record_allegation(
        h, made_on=date(2026, 11, 1), raised_by="A pupil", alleged="Sent messages to a pupil.", staff_name="A coach"
    )
    deputy.close()
    deputy = school.sign_in(LEAD2, LEAD2_PASS)
    entry = school.store.log.get(after.allegation_id)
    assert entry is not None and not opens(every_key(deputy), entry)
    assert opens(every_key(deputy), school.store.log.get(before.allegation_id))  # what they read before, they keep
    # Writing anyway, sealed to the old generation they hold, knowing the new one: set aside.
    old = next(k for k in h.keybook.allegations_keys if deputy.keyring.holds(k))

    public = x25519_public_from_bytes(h.keybook.allegations_keys[old].public)
    with UnitOfWork(deputy) as uow:
        forged = uow.record(
            EntryKind.ALLEGATION_OUTCOME,
            {"allegation": before.allegation_id, "outcome": "malicious", "on": "2026-11-02", "note": ""},
            recipients=[Recipient(old, public=public)],
        )
        uow.commit()
    h = head(school)
    record = load_allegations(h)
    assert (forged, "written by a holder after the head removed them") in record.set_aside
    assert record.allegations[before.allegation_id].outcome is None


def test_a_member_of_staff_forging_an_outcome_about_themselves_is_set_aside(school: School) -> None:
    h = head(school)
    create_allegations_key(h)
    recorded = record_allegation(
        h, made_on=date(2026, 11, 2), raised_by="A parent", alleged="Hit a child.", staff_username=STAFF,
        staff_name="Carys Teacher",
    )  # fmt: skip
    staff = school.sign_in(STAFF, STAFF_PASS)

    key = staff.keybook.current_allegations_key
    assert key is not None
    assert not opens(every_key(staff), school.store.log.get(recorded.allegation_id))
    with UnitOfWork(staff) as uow:
        forged = uow.record(
            EntryKind.ALLEGATION_OUTCOME,
            {"allegation": recorded.allegation_id, "outcome": "malicious", "on": "2026-11-03", "note": ""},
            recipients=[Recipient(key.key_id, public=x25519_public_from_bytes(key.public))],
        )
        uow.commit()
    record = load_allegations(head(school))
    assert (forged, "written by someone who was not given the allegations key it is sealed to") in record.set_aside
    assert record.allegations[recorded.allegation_id].outcome is None
    assert account_named(h, STAFF).account_id == record.allegations[recorded.allegation_id].staff_account


def test_the_dashboard_key_opens_no_allegation(school: School) -> None:
    """An oversight account with the dashboard but not named by the head reads no allegation."""
    allegation_id, _h = about_the_lead(school)
    lead = school.sign_in(LEAD2, LEAD2_PASS)

    add_staff(lead, "f.governor", "Fay Governor", Role.OVERSIGHT, "governor-password-6", "Chair of governors")
    grant_dashboard_access(lead, account_named(lead, "f.governor").account_id)
    governor = school.sign_in("f.governor", "governor-password-6")
    assert not opens(every_key(governor), school.store.log.get(allegation_id))


def test_it_with_the_files_reads_no_name_or_words(school: School) -> None:
    about_the_lead(school)
    raw = b"".join(p.read_bytes() for p in Path(school.data_dir).rglob("*") if p.is_file())
    assert (Path(school.data_dir) / DB_FILENAME).exists() or any(Path(school.data_dir).rglob(DB_FILENAME))
    for words in WORDS:
        for encoded in (words.encode("utf-8"), words.encode("utf-16-le")):
            assert encoded not in raw, f"{words!r} found in the store's files"


def test_a_disabled_lead_reads_no_allegation_recorded_after_and_a_lead_cannot_record_one_they_could_read(
    school: School,
) -> None:
    """Disabling a holding lead removes them as a holder: the head's next use makes a new generation without them
    (only the head's hand makes allegations key material). Until then a lead's allegation would be sealed to a key
    the disabled lead holds: it is refused, and nothing is written. The disabled lead's own session, opened before,
    and every key it holds, open nothing recorded after."""
    from desktop_app.services.allegations import departed_holders
    from desktop_app.services.staff_admin import disable_account

    h = head(school)
    create_allegations_key(h)
    add_holder(h, LEAD)
    add_holder(h, LEAD2)
    deputy = school.sign_in(LEAD2, LEAD2_PASS)  # kept open: a session from before the disabling
    before = record_allegation(
        deputy, made_on=date(2026, 10, 1), raised_by="A parent", alleged="Shouted at a child.", staff_name="A coach"
    )
    lead = school.lead()
    deputy_id = account_named(lead, LEAD2).account_id
    disable_account(lead, deputy_id)
    assert [a.account_id for a in departed_holders(lead)] == [deputy_id]
    count = school.store.log.count()
    with pytest.raises(NotPermitted, match="ask the head to open Allegations"):
        record_allegation(lead, made_on=date(2026, 11, 1), raised_by="A pupil", alleged="x", staff_name="A coach")
    assert school.store.log.count() == count, "nothing was written"
    h = head(school)
    load_allegations(h)  # the head opens Allegations: a new generation without the disabled lead
    assert not departed_holders(h)
    after = record_allegation(
        h, made_on=date(2026, 11, 2), raised_by="A pupil", alleged="Sent messages to a pupil.", staff_name="A coach"
    )
    entry = school.store.log.get(after.allegation_id)
    assert entry is not None and not opens(every_key(deputy), entry)
    deputy.refresh()
    assert not opens(every_key(deputy), entry)
    assert opens(every_key(deputy), school.store.log.get(before.allegation_id))  # what they read before, they keep
    lead = school.lead()
    assert after.allegation_id in load_allegations(lead).allegations  # the other holder reads on
    record_allegation(lead, made_on=date(2026, 11, 3), raised_by="A parent", alleged="y", staff_name="A coach")


def test_opening_allegations_is_logged_for_the_holders_alone(school: School) -> None:
    """Each reading in full writes `allegation.opened`, sealed to the allegations key: the holders see who opened
    what; the team key (every lead) and the member of staff it is about open none of it."""
    from desktop_app.services.allegations_opened import open_allegation, openings, read_allegations

    allegation_id, h = about_the_lead(school)
    deputy = school.sign_in(LEAD2, LEAD2_PASS)
    open_allegation(deputy, allegation_id, "opened in the window")
    read_allegations(h, "listed in full on the command line")
    seen = openings(h)[allegation_id]
    assert [o.how for o in seen] == ["listed in full on the command line", "opened in the window"]
    assert seen[1].who == LEAD2 and seen[0].who == "the head"
    sealed = school.store.log.sealed_to_any(list(h.keybook.allegations_keys))
    opened_entries = [e for e in sealed if h.keyring.open_content(e).get("kind") == EntryKind.ALLEGATION_OPENED]
    assert len(opened_entries) == 2
    lead = school.lead()  # the subject: a lead, holding the team key and older allegations keys
    assert not any(opens(every_key(lead), e) for e in opened_entries)
    with pytest.raises(NotPermitted):
        open_allegation(lead, allegation_id, "by the subject")
