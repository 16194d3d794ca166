"""Red-team attacks on the verified view (issue 11's gate), each done for real against a real store. Every test
asserts the SAFE behaviour, so each one fails while the bypass it names is open."""

from __future__ import annotations

import contextlib
import time
import uuid
from datetime import timedelta
from unittest import mock

import pytest

from desktop_app.crypto.envelope import Recipient, seal
from desktop_app.crypto.kdf import wrap_with_password
from desktop_app.crypto.keys import (
    AccountKeys,
    generate_symmetric_key,
    generate_team_key,
    login_tag,
    public_bytes_x25519,
    x25519_private_bytes,
    x25519_public_from_bytes,
)
from desktop_app.domain.entries import EntryKind, EntryRecord, canonical_json, to_millis
from desktop_app.domain.keybook import MalformedKeyMaterial, b64
from desktop_app.domain.records import Role
from desktop_app.services.errors import SignInRefused
from desktop_app.services.oversight import grant_dashboard_access, load_dashboard
from desktop_app.services.session import Session
from desktop_app.services.staff_admin import disable_account, revoke_lead
from desktop_app.services.state import load_state
from desktop_app.services.triage import load_queue, open_workspace
from desktop_app.services.uow import UnitOfWork, now_utc
from desktop_app.services.verified import SCHOOL_ENTRY_SETTING, VerifiedView, key_book_of
from desktop_app.storage.models import ENTRY_COLUMNS
from tests.adversarial.test_trust_at_use import plant, raw, recipients_of_newest_concern
from tests.conftest import LEAD2, LEAD2_PASS, OVERSIGHT, OVERSIGHT_PASS, STAFF2, STAFF2_PASS, School
from tests.unit.test_triage import ZOFIA, record

FAR = 10**12  # a sequence number no chain will reach: "I have seen everything this device will ever write"


def write_with_seen(session: Session, public: dict, seen: dict[str, int], **kw) -> str:
    """A key-material entry written through the ordinary unit of work, but with a `seen` vector of the author's
    choosing (a modified program can sign any public part with its own key)."""
    session.view.heads_seen = lambda: dict(seen)  # type: ignore[method-assign]
    try:  # nor does it keep to the size limits
        with UnitOfWork(session) as uow, mock.patch("desktop_app.services.uow.size_problem", lambda *_: None):
            entry_id = uow.record_public(public, **kw)
            # The author's own key book refuses it once written: the attacker's program does not care; it is on disk.
            with contextlib.suppress(MalformedKeyMaterial):
                uow.commit()
    finally:
        del session.view.heads_seen
    return entry_id


def signed_by(session: Session, public: dict, *, device_id: str, seq: int = 1, prev_hash: bytes = bytes(32),
              entry_id: str | None = None, when_ms: int | None = None) -> EntryRecord:  # fmt: skip
    """An entry signed with the session's own key, on any device chain and place its author chooses."""
    when = when_ms if when_ms is not None else to_millis(now_utc())
    entry = EntryRecord(
        entry_id or str(uuid.uuid4()), session.school_id, device_id, 0, b"", session.key.key_id, None, when, when,
        canonical_json(public), None,
    ).chained(seq, prev_hash)  # fmt: skip
    assert session.keys is not None
    return EntryRecord(*[getattr(entry, n) for n in ENTRY_COLUMNS[:-1]], session.keys.sign(entry.hash))


def account_id_of(school: School, username: str, password: str) -> str:
    session = school.sign_in(username, password)
    try:
        return session.account_id
    finally:
        session.close()


# --- bypasses --------------------------------------------------------------------------------------------------


def test_a_lead_cannot_make_itself_irrevocable_with_a_seen_vector_from_the_future(school: School) -> None:
    """Lead B (modified program, while still a lead) re-asserts its own lead role in an `account.role` entry whose
    `seen` claims every device up to 10**12. When lead A later revokes B, the two role changes each "know" the
    other, so neither is the newest; `_value_at` finds no top and falls back to the role B was created with. B is
    a lead for ever, and its post-revocation key material counts."""
    deputy = school.sign_in(LEAD2, LEAD2_PASS)
    devices = {school.store.device_id: FAR}
    write_with_seen(deputy, {"type": EntryKind.ACCOUNT_ROLE, "account_id": deputy.account_id, "role": "lead"}, devices)
    deputy_id = deputy.account_id
    deputy.close()
    revoke_lead(school.lead(), deputy_id)
    book = key_book_of(school.store)
    assert book.accounts[deputy_id].role != Role.LEAD
    deputy = school.sign_in(LEAD2, LEAD2_PASS)
    assert deputy.role != Role.LEAD
    # What B does with it: a team key of its own after the revocation, which counts and becomes the current one.
    rogue = generate_team_key()
    rogue_id = write_with_seen(deputy, {"type": EntryKind.TEAM_KEY, "public": b64(public_bytes_x25519(
        rogue.public_key())), "recovery": b64(b"r" * 60)}, deputy.view.heads_seen())  # fmt: skip
    assert rogue_id not in recipients_of_newest_concern(school)


def test_staff_poisoning_a_shared_pcs_order_does_not_hide_a_leavers_concerns(school: School) -> None:
    """A member of staff (modified program) on the shared staff-room PC writes one batch key whose `seen` claims
    this device up to 10**12. Every later entry on that PC inherits the claim (`_point_of` joins the point of the
    key material below it), so it "knows" entries not yet written. A colleague then records a genuine concern on
    that PC; when she later leaves and a lead disables her account, her concern counts as made "after it was
    disabled" and vanishes from the lead's state (and the lead's own later entries are judged the same way)."""
    mallory = school.sign_in(STAFF2, STAFF2_PASS)
    write_with_seen(
        mallory, {"type": EntryKind.BATCH}, {school.store.device_id: FAR},
        secret=generate_symmetric_key(), recipients=[mallory.team_recipient(), mallory.own_recipient()],
    )  # fmt: skip
    mallory.close()
    teacher = school.staff()
    concern = record(teacher, ZOFIA, "Said her uncle hits her")
    teacher_id = teacher.account_id
    teacher.close()
    lead = school.lead()
    assert concern in load_state(lead).concerns
    disable_account(lead, teacher_id)  # she leaves the school, weeks later
    lead = school.lead()
    assert concern in load_state(lead, use_snapshot=False).concerns, lead.view.quarantine()


def test_a_revoked_lead_cannot_demote_the_lead_who_revoked_it_by_claiming_concurrency(school: School) -> None:
    """RESISTED today (kept as a guard). Lead B has been revoked (and knows it). With its old key and a modified
    program it writes, on a device id of its own choosing at seq 1, an `account.role` demoting lead A, with
    `seen` = {} so it "knew" nothing and looks concurrent with everything. It must count for nothing: A stays a
    lead with the team key and B stays staff. (It holds only because settle()'s mutual voiding happens to end on
    the safe side here; see the report.)"""
    lead = school.lead()
    lead_id = lead.account_id
    deputy_id = account_id_of(school, LEAD2, LEAD2_PASS)
    revoke_lead(lead, deputy_id)
    lead.close()
    deputy = school.sign_in(LEAD2, LEAD2_PASS)
    assert deputy.role == Role.STAFF
    forged_demotion = signed_by(
        deputy, {"type": EntryKind.ACCOUNT_ROLE, "account_id": lead_id, "role": "staff", "seen": {}},
        device_id=str(uuid.uuid4()),
    )  # fmt: skip
    school.store.log.insert_foreign([forged_demotion])  # as sync would bring it from B's PC
    book = key_book_of(school.store)
    assert book.accounts[lead_id].role == Role.LEAD and book.accounts[lead_id].active
    assert book.accounts[deputy_id].role == Role.STAFF
    assert forged_demotion.id in book.refused
    lead = school.lead()
    assert lead.role == Role.LEAD and lead.holds_team_key


def it_chain(school_id: str, keys: AccountKeys, items: list[tuple[str, str, dict, bytes | None]]) -> list[EntryRecord]:
    """A device chain IT makes with a key pair of its own: (id, author key id, public part, sealed) each."""
    device, prev, out = str(uuid.uuid4()), bytes(32), []
    when = to_millis(now_utc())
    for seq, (entry_id, author, public, sealed) in enumerate(items, start=1):
        entry = EntryRecord(entry_id, school_id, device, 0, b"", author, None, when, when, canonical_json(public),
                            sealed).chained(seq, prev)  # fmt: skip
        entry = EntryRecord(*[getattr(entry, n) for n in ENTRY_COLUMNS[:-1]], keys.sign(entry.hash))
        out.append(entry)
        prev = entry.hash
    return out


def test_it_cannot_swap_the_schools_root_by_editing_the_pinned_school_entry(school: School) -> None:
    """IT (the data folder, no password) makes a school of its own in the store: an account signed by its own new
    key, a `school` entry with the real school's id, copies of every real account (same login tag, public keys and
    password-wrapped secret, so every password still works), a team key and grants of it to the copied leads. Then
    it points the plaintext local setting `school_entry` at its school entry. The key book takes IT's school as the
    root: IT's account is the founder and every real key-material entry is refused; leads and staff still sign in
    with their own passwords (as IT's copies), but the lead's team key is now IT's: every record is unreadable
    to the school (denial of service by one UPDATE), and anything sealed to the team from here on is IT's to read."""
    concern = record(school.staff(), ZOFIA, "Written before IT's edit")
    real = key_book_of(school.store)
    school_id = real.school_id
    it_keys, it_id = AccountKeys.generate(), str(uuid.uuid4())
    it_team = generate_team_key()
    team_id = str(uuid.uuid4())
    items: list[tuple[str, str, dict, bytes | None]] = [
        (it_id, it_id, {"type": EntryKind.ACCOUNT, "role": "lead", "login": login_tag(school_id, "it.admin"),
         "agreement": b64(it_keys.agreement_public), "signing": b64(it_keys.signing_public),
         "wrapped": b64(wrap_with_password(it_keys.secret_bytes(), "it-knows-this"))}, None),
        (str(uuid.uuid4()), it_id, {"type": EntryKind.SCHOOL, "school_id": school_id, "name": real.school_name}, None),
        (team_id, it_id, {"type": EntryKind.TEAM_KEY, "public": b64(public_bytes_x25519(it_team.public_key())),
                          "recovery": b64(b"z" * 60)}, None),
    ]  # fmt: skip
    for account in real.accounts.values():
        key = account.current_key
        copy_id = str(uuid.uuid4())
        items.append((copy_id, it_id, {
            "type": EntryKind.ACCOUNT, "role": account.role.value, "login": account.login_tag,
            "agreement": b64(key.agreement_public), "signing": b64(key.signing_public),
            "wrapped": b64(key.wrapped_secret)}, None))  # fmt: skip
        if account.role == Role.LEAD:
            grant_id = str(uuid.uuid4())
            to = Recipient(copy_id, public=x25519_public_from_bytes(key.agreement_public))
            sealed = seal(x25519_private_bytes(it_team), entry_id=grant_id, subject=None, recipients=[to])
            items.append((grant_id, it_id, {"type": EntryKind.GRANT, "key_kind": "team", "key_id": team_id,
                                            "account_id": copy_id, "to_key": copy_id}, sealed))  # fmt: skip
    chain = it_chain(school_id, it_keys, items)
    for entry in chain:
        plant(school, entry)
    school.store.settings.set(SCHOOL_ENTRY_SETTING, chain[1].id)  # one UPDATE of a plaintext row

    book = key_book_of(school.store)
    assert book.founder_key_id == "" and not book.team_keys  # two set-ups: the store alone cannot say which
    lead = school.lead()  # a lead who used this PC before: their sealed prefix proves the genuine set-up
    assert lead.keybook.founder_key_id == real.founder_key_id
    assert lead.keybook.current_team_key.key_id != team_id
    assert concern in load_state(lead, use_snapshot=False).concerns
    assert any("planted" in what for _e, what in lead.view.problems())
    with pytest.raises(SignInRefused, match="tampered"):  # nobody is let in on the planted set-up's word
        school.sign_in(STAFF2, STAFF2_PASS)


def test_a_concern_from_a_pc_whose_clock_runs_fast_is_folded_once_its_time_comes(school: School, monkeypatch) -> None:
    """A staff PC's clock runs 20 minutes fast . The
    lead's sign-in quarantines the concern as "dated in the future", as it should, but `rows_after` moves the
    fold cursor past it ("quarantined entries included: they are never folded") and the snapshot keeps that
    cursor. Half an hour later the date is no longer in the future, yet the concern never reaches the lead's
    state or triage queue: only a fold without snapshots would find it."""
    staff = school.staff()
    pupil = load_state(school.lead()).pupil_by_upn(ZOFIA)
    assert pupil is not None
    with UnitOfWork(staff) as uow:
        concern = uow.record(
            EntryKind.CONCERN, {"what_happened": "Bruises on both arms", "category": "physical"},
            subject=pupil.pupil_id, recorded_at=now_utc() + timedelta(minutes=20),
        )  # fmt: skip
        uow.commit()
    lead = school.lead()
    assert concern not in load_state(lead).concerns  # for now: dated ahead of this PC's clock
    open_workspace(lead)
    lead.close()
    later = time.time() + 30 * 60
    monkeypatch.setitem(VerifiedView.__init__.__kwdefaults__, "clock", lambda: later)
    lead = school.lead()
    assert concern in load_state(lead).concerns
    assert concern in {item.concern_id for item in load_queue(open_workspace(lead))}


def test_it_cannot_add_counts_to_the_oversight_dashboard_with_unsigned_entries(school: School) -> None:
    """IT (no password) reads the current oversight key's public half from the store's plaintext key material and
    plants unsigned entries sealed straight to it, each a `metrics` "concern" event. `_metric_records` reads
    `store.log.sealed_to_any` directly, not through the view, so the governors' dashboard counts them: IT (or a
    member of staff) can make the school's safeguarding figures say anything."""
    lead = school.lead()
    governor = next(m.account_id for m in load_state(lead).staff.values() if m.username == OVERSIGHT)
    grant_dashboard_access(lead, governor)
    before = load_dashboard(school.sign_in(OVERSIGHT, OVERSIGHT_PASS)).concerns
    oversight_key = key_book_of(school.store).current_oversight_key
    assert oversight_key is not None
    to = Recipient(oversight_key.key_id, public=x25519_public_from_bytes(oversight_key.public))
    for _ in range(5):
        entry_id = str(uuid.uuid4())
        content = canonical_json({"kind": EntryKind.METRICS, "event": "concern", "ref": str(uuid.uuid4())})
        sealed = seal(content, entry_id=entry_id, subject=None, recipients=[to])
        when = to_millis(now_utc())
        entry = EntryRecord(entry_id, lead.school_id, str(uuid.uuid4()), 0, b"", lead.key.key_id, None, when, when,
                            None, sealed).chained(1, bytes(32))  # fmt: skip
        plant(school, EntryRecord(*[getattr(entry, n) for n in ENTRY_COLUMNS[:-1]], bytes(64)))
    assert load_dashboard(school.sign_in(OVERSIGHT, OVERSIGHT_PASS)).concerns == before


def test_staff_cannot_add_an_addendum_to_a_colleagues_concern(school: School) -> None:
    """A member of staff (modified program) learns a colleague's concern id and the child's id from the store's
    plaintext columns and writes an addendum to it ("I spoke to the child: nothing happened, please close").
    `add_addendum` says "Authors and leads may add one", but the fold applies any addendum (ANYONE_MAY_WRITE, no
    check of `amends`' author), so it joins the colleague's concern in the lead's chronology."""
    concern = record(school.staff(), ZOFIA, "Flinched when I raised my hand")
    row = school.store.log.get(concern)
    assert row is not None
    mallory = school.sign_in(STAFF2, STAFF2_PASS)
    with UnitOfWork(mallory) as uow:
        note = uow.record(EntryKind.ADDENDUM, {"amends": concern, "text": "Spoke to her: nothing happened, close it"},
                          subject=row.subject)  # fmt: skip
        uow.commit()
    state = load_state(school.lead(), use_snapshot=False)
    assert note not in {a.addendum_id for a in state.addenda.get(concern, [])}


def test_a_huge_seen_vector_does_not_make_sign_in_slow(school: School) -> None:
    """A member of staff (modified program) writes one batch key whose `seen` names 200,000 made-up devices (4 MB
    of public JSON, no size limit), then a few ordinary batch keys on the same chain. Every key-material entry
    after it on that chain copies the whole vector into its point (`_point_of`) at every `settle()`, and sign-in
    settles more than once: everyone's sign-in on every PC slows by seconds, for ever."""
    mallory = school.sign_in(STAFF2, STAFF2_PASS)
    huge = {str(uuid.uuid4()): 1 for _ in range(200_000)}
    keys = {"secret": generate_symmetric_key(), "recipients": [mallory.team_recipient(), mallory.own_recipient()]}
    write_with_seen(mallory, {"type": EntryKind.BATCH}, huge, **keys)
    for _ in range(20):
        write_with_seen(mallory, {"type": EntryKind.BATCH}, {}, **keys)
    mallory.close()
    started = time.perf_counter()
    school.lead()
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize("public", [b"\xff\xfe not utf-8", b"{not json"])
def test_one_malformed_public_part_does_not_stop_everyone_signing_in(school: School, public: bytes) -> None:
    """IT plants one unsigned row whose public part is not UTF-8 or not JSON. `VerifiedView._learn_keys` calls
    `public_data()` (json.loads) on every key-material row before any check and catches only the base64 error,
    so sign-in raises for every account on this PC until someone edits the database by hand."""
    when = to_millis(now_utc())
    entry = EntryRecord(str(uuid.uuid4()), key_book_of(school.store).school_id, str(uuid.uuid4()), 0, b"", "x", None,
                        when, when, public, None).chained(1, bytes(32))  # fmt: skip
    plant(school, EntryRecord(*[getattr(entry, n) for n in ENTRY_COLUMNS[:-1]], bytes(64)))
    lead = school.lead()
    assert entry.id in {q.entry_id for q in lead.view.quarantine()}


def signed_chain(session: Session, device_id: str, count: int) -> list[EntryRecord]:
    """`count` batch-key entries signed by the session's own key on a device chain of its choosing."""
    out, prev = [], bytes(32)
    for seq in range(1, count + 1):
        entry = signed_by(session, {"type": EntryKind.BATCH, "seen": {}}, device_id=device_id, seq=seq, prev_hash=prev)
        out.append(entry)
        prev = entry.hash
    return out


def test_a_device_id_longer_than_36_characters_cannot_overwrite_another_chains_trusted_prefix(school: School) -> None:
    """A member of staff (modified program) writes a few signed entries on a device id made of the shared PC's
    own id plus "-x". `_encode_prefix` packs device ids with struct "36s", which silently cuts them to 36 bytes, so
    the lead's sealed prefix file holds two chains under the real PC's id and the attacker's (written second)
    wins. At the lead's next sign-in the real chain's genuine entries differ from the "trusted" hashes: they are
    quarantined as replaced, a false rollback is announced, and the concerns written there vanish."""
    concern = record(school.staff(), ZOFIA, "Told me about the belt")
    real_device = school.store.device_id
    lead = school.lead()
    heads = school.store.log.device_heads()
    mallory = school.sign_in(STAFF2, STAFF2_PASS)
    school.store.log.insert_foreign(signed_chain(mallory, real_device + "-x", heads[real_device] + 2))
    load_state(lead)
    lead.close()  # the lead's verified prefix is kept
    lead = school.lead()
    assert concern in load_state(lead, use_snapshot=False).concerns
    assert not lead.view.problems()


def test_a_device_id_that_is_not_ascii_does_not_switch_off_rollback_detection(school: School, tmp_path) -> None:
    """A member of staff writes one signed entry on a device id that is not ASCII. From then on
    `_decode_prefix` raises for every reader's sealed prefix file ("not a verified prefix"), `unlock` ignores
    it, and a store cut short or an older copy put back is no longer detected at sign-in."""
    mallory = school.sign_in(STAFF2, STAFF2_PASS)
    school.store.log.insert_foreign(signed_chain(mallory, "é" + str(uuid.uuid4())[1:], 1))
    first = record(school.staff(), ZOFIA, "First")
    lead = school.lead()
    load_state(lead)
    lead.close()
    with raw(school.store.db_path) as conn:  # IT deletes the newest concern (and what follows it on the chain)
        conn.execute("DROP TRIGGER entries_no_delete")
        row = conn.execute("SELECT device_id, seq FROM entries WHERE id = ?", (first,)).fetchone()
        conn.execute("DELETE FROM entries WHERE device_id = ? AND seq >= ?", row)
    lead = school.lead()
    assert any("missing or replaced" in what for _entry, what in lead.view.problems())
