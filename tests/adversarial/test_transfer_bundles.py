"""Attacks on child-protection file transfers between schools (issue 12, item 8), each done for real: real stores,
real keys, real bundles; the receiving school's import must refuse with one plain message and write nothing.

The attackers: someone holding only public values (every key-material entry as the hub stores it), a revoked or
disabled lead with their old keys, a member of staff, someone holding two genuine bundles and their passphrases,
another school, and a replay of a genuine bundle."""

from __future__ import annotations

import json
import uuid
from base64 import b64decode
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from desktop_app.crypto.keys import AccountKeys
from desktop_app.domain.entries import GENESIS_HASH, EntryKind, EntryRecord, canonical_json
from desktop_app.domain.ids import new_id
from desktop_app.domain.keybook import KeyBook, b64
from desktop_app.domain.records import Role
from desktop_app.domain.transfer import BUNDLE_MAGIC, OLD_BUNDLE_MAGIC
from desktop_app.services.session import Session
from desktop_app.services.staff_admin import disable_account, grant_lead, revoke_lead
from desktop_app.services.state import load_state
from desktop_app.services.transfer import (
    TransferRefused,
    export_transfer,
    import_transfer,
    open_bundle,
    seal_bundle,
)
from desktop_app.services.transfer.bundle import wrapped_transfer_key
from desktop_app.services.transfer.chain import entry_from_json, entry_json, key_chain
from desktop_app.services.transfer.export import build_manifest, signed_body
from desktop_app.services.uow import UnitOfWork
from tests.conftest import LEAD2, LEAD2_PASS, School, make_school
from tests.unit.test_reports import ZOFIA, record_history

PDF_PASSWORD = "decompose overact wrecker unglue drainpipe trillion prudishly"
PASSPHRASE = "ravine tassel unmarked gumdrop catalyst oblong whiff"
JAKUB = "A123456789013"
NOT_PROVEN = "does not prove that a designated safeguarding lead"


@pytest.fixture
def schools(tmp_path: Path):
    sending, receiving = make_school(tmp_path / "hillside"), make_school(tmp_path / "riverside")
    record_history(sending, 2)
    yield sending, receiving
    sending.store.close()
    receiving.store.close()


def _export(school: School, out: Path, upn: str = ZOFIA):
    out.mkdir(exist_ok=True)
    return export_transfer(school.lead(), upn, "Riverside Academy", out, PDF_PASSWORD, PASSPHRASE)


def _session_batch(session: Session) -> EntryRecord:
    """Make this session write (an access-log entry anyone may write) so it has a batch key: its point to sign at."""
    with UnitOfWork(session) as uow:
        uow.audit(EntryKind.FILE_VIEWED, None, what="the pupil directory")
        uow.commit()
    assert session.batch is not None
    batch = session.store.log.get(session.batch[0])
    assert batch is not None
    return batch


def _chain(school: School, book: KeyBook, manifest: dict[str, Any], anchor: EntryRecord) -> list[dict[str, Any]]:
    """The key chain a modified program would send for `manifest`'s records signed at `anchor`, from `book`."""
    records = [entry_from_json(item) for item in manifest["entries"]]
    return [entry_json(e) for e in key_chain(school.store.log.key_material(), book, records, anchor)]


def _genuine_manifest(school: School) -> dict[str, Any]:
    lead = school.lead()
    state = load_state(lead)
    now = datetime.now(UTC)
    manifest = build_manifest(
        lead, state, state.pupil_by_upn(ZOFIA), _session_batch(lead), new_id(), "Riverside Academy", now, now
    )
    lead.close()
    return manifest


def _bundle(manifest: dict[str, Any], sign: Callable[[bytes], bytes]) -> bytes:
    """What a modified program writes: the manifest signed with whatever key it holds, sealed under PASSPHRASE."""
    key, wrapped = wrapped_transfer_key(PASSPHRASE)
    return seal_bundle(manifest["transfer_id"], signed_body(manifest, sign), key, wrapped)


def _refused(receiving: School, bundle: bytes, fingerprint: str, match: str = NOT_PROVEN) -> str:
    lead = receiving.lead()
    before = receiving.store.log.count()
    with pytest.raises(TransferRefused, match=match) as refused:
        import_transfer(lead, bundle, PASSPHRASE, fingerprint)
    assert receiving.store.log.count() == before, "nothing was written"
    message = str(refused.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def _self_made(
    school_id: str, keys: AccountKeys, public: dict[str, Any], author: str = "", **place: Any
) -> EntryRecord:
    """A key-material entry made and signed by an attacker with their own key (hash and signature hold)."""
    entry_id = place.get("entry_id") or new_id()
    entry = EntryRecord(
        id=entry_id,
        school_id=school_id,
        device_id=place.get("device_id") or str(uuid.uuid4()),
        seq=place.get("seq", 1),
        prev_hash=place.get("prev_hash", GENESIS_HASH),
        author_key_id=author or entry_id,
        subject=None,
        occurred_at=0,
        recorded_at=0,
        public=canonical_json({**public, "seen": {}}),
        sealed=None,
    ).chained(place.get("seq", 1), place.get("prev_hash", GENESIS_HASH))
    return replace(entry, signature=keys.sign(entry.hash))


def _forged_lead(school_id: str) -> tuple[AccountKeys, list[EntryRecord]]:
    """An account of the attacker's own making that says it is a lead, and its session key (a batch entry)."""
    keys = AccountKeys.generate()
    account_public = {
        "type": EntryKind.ACCOUNT,
        "agreement": b64(keys.agreement_public),
        "signing": b64(keys.signing_public),
        "wrapped": b64(b"x" * 64),
        "role": Role.LEAD.value,
        "login": "0" * 64,
    }
    account = _self_made(school_id, keys, account_public)
    batch = _self_made(
        school_id,
        keys,
        {"type": EntryKind.BATCH},
        author=account.id,
        device_id=account.device_id,
        seq=2,
        prev_hash=account.hash,
    )
    return keys, [account, batch]


# --- someone holding only public values -------------------------------------------------------------------------


def test_a_bundle_forged_from_public_values_only_is_refused_though_its_root_is_genuine(schools, tmp_path) -> None:
    """The issue's attack: the school's public key material (as on the hub) and the child's entries as stored, with
    made-up content, signed by a key of the attacker's own that the bundle says is a lead's. The fingerprint the
    receiving lead was read is the real school's, and the bundle carries the real root: still refused."""
    sending, receiving = schools
    genuine = _export(sending, tmp_path / "out")
    manifest = _genuine_manifest(sending)
    school_id = manifest["school_id"]
    for item in manifest["entries"]:
        item["content"]["what_happened"] = "Nothing of concern was ever seen."
    keys, own = _forged_lead(school_id)
    public_material = [entry_json(e) for e in sending.store.log.key_material()]  # everything the hub holds

    # 1. its own "lead" account, self-signed, beside the school's genuine key chain
    forged = {**manifest, "key_material": public_material + [entry_json(e) for e in own]}
    forged.update(sent_by=own[0].id, anchor=own[1].id, names={own[0].id: {"name": "Alice Lead", "job_title": "DSL"}})
    message = _refused(receiving, _bundle(forged, keys.sign), genuine.fingerprint)
    assert "signed by a key the school's key chain does not hold" in message

    # 2. the real lead's key id and session named, the attacker's signature
    real = dict(manifest, key_material=public_material)
    _refused(receiving, _bundle(real, keys.sign), genuine.fingerprint, "signature over the bundle does not match")

    # 3. a role change of its own making that says the attacker's account is a lead
    promote = _self_made(
        school_id,
        keys,
        {"type": EntryKind.ACCOUNT_ROLE, "account_id": own[0].id, "role": Role.LEAD.value},
        author=own[0].id,
        device_id=own[0].device_id,
        seq=3,
        prev_hash=own[1].hash,
    )
    forged["key_material"] = forged["key_material"] + [entry_json(promote)]
    _refused(receiving, _bundle(forged, keys.sign), genuine.fingerprint, "does not hold")


def test_a_bundle_of_the_first_version_is_refused_as_forgeable(schools, tmp_path) -> None:
    sending, receiving = schools
    genuine = _export(sending, tmp_path / "out")
    data = genuine.bundle.read_bytes()
    assert data.startswith(BUNDLE_MAGIC)
    old = OLD_BUNDLE_MAGIC + data[len(BUNDLE_MAGIC) :]
    message = _refused(receiving, old, genuine.fingerprint, "earlier version")
    assert "could be forged" in message and "export the file again" in message


# --- a revoked or disabled lead, a member of staff ---------------------------------------------------------------


def test_a_bundle_signed_by_a_lead_after_their_lead_role_was_revoked_is_refused(schools, tmp_path) -> None:
    sending, receiving = schools
    genuine = _export(sending, tmp_path / "out")
    lead = sending.lead()
    bilal = next(a for a in load_state(lead).staff.values() if a.username == LEAD2)
    revoke_lead(lead, bilal.account_id)
    lead.close()
    former = sending.sign_in(LEAD2, LEAD2_PASS)  # a member of staff now, with the keys they always had
    anchor = _session_batch(former)
    manifest = _genuine_manifest(sending)
    material = _chain(sending, former.keybook, manifest, anchor)
    manifest.update(sent_by=former.key.key_id, anchor=anchor.id, key_material=material)
    message = _refused(receiving, _bundle(manifest, former.signer()), genuine.fingerprint)
    assert "could not send a child's file at that point" in message


def test_a_bundle_signed_by_a_disabled_lead_with_a_session_from_before_is_refused(schools, tmp_path) -> None:
    """The lead signed in before being disabled and keeps the session's keys (a modified program); the bundle is
    made from a copy of the store that holds the disabling."""
    sending, receiving = schools
    genuine = _export(sending, tmp_path / "out")
    bilal = sending.sign_in(LEAD2, LEAD2_PASS)
    anchor = _session_batch(bilal)
    lead = sending.lead()
    disable_account(lead, bilal.account_id)
    lead.close()
    manifest = _genuine_manifest(sending)
    material = _chain(sending, sending.lead().keybook, manifest, anchor)  # a copy of the store as it is now
    assert any(json.loads(b64decode(e["public"])).get("type") == EntryKind.ACCOUNT_STATUS for e in material)
    manifest.update(sent_by=bilal.key.key_id, anchor=anchor.id, key_material=material)
    message = _refused(receiving, _bundle(manifest, bilal.signer()), genuine.fingerprint)
    assert "it was signed later, by someone who was no longer a lead" in message


def test_a_lead_whose_role_was_taken_away_and_given_back_can_send_again(schools, tmp_path) -> None:
    """The rule above refuses nothing honest: a lead demoted and made a lead again signs after knowing both."""
    sending, receiving = schools
    lead = sending.lead()
    bilal = next(a for a in load_state(lead).staff.values() if a.username == LEAD2)
    revoke_lead(lead, bilal.account_id)
    grant_lead(lead, bilal.account_id)
    lead.close()
    (tmp_path / "out").mkdir()
    again = sending.sign_in(LEAD2, LEAD2_PASS)
    sent = export_transfer(again, ZOFIA, "Riverside Academy", tmp_path / "out", PDF_PASSWORD, PASSPHRASE)
    got = import_transfer(receiving.lead(), sent.bundle.read_bytes(), PASSPHRASE, sent.fingerprint)
    assert (
        got.records >= 2
        and "Bilal Deputy" in load_state(receiving.lead()).transfers.ins_for(got.pupil.pupil_id)[0].sent_by
    )


def test_a_bundle_signed_by_a_member_of_staff_is_refused(schools, tmp_path) -> None:
    sending, receiving = schools
    genuine = _export(sending, tmp_path / "out")
    staff = sending.staff()
    anchor = _session_batch(staff)
    manifest = _genuine_manifest(sending)
    material = _chain(sending, staff.keybook, manifest, anchor)
    manifest.update(sent_by=staff.key.key_id, anchor=anchor.id, key_material=material)
    message = _refused(receiving, _bundle(manifest, staff.signer()), genuine.fingerprint)
    assert "not a lead" in message


# --- two genuine bundles, a replay, another school ----------------------------------------------------------------


def _opened(bundle: bytes) -> tuple[str, dict[str, Any]]:
    transfer_id, _key, body = open_bundle(bundle, PASSPHRASE)
    return transfer_id, json.loads(body)


def _resealed(transfer_id: str, signed: dict[str, Any]) -> bytes:
    key, wrapped = wrapped_transfer_key(PASSPHRASE)
    return seal_bundle(transfer_id, canonical_json(signed), key, wrapped)


def test_entries_swapped_between_two_genuine_bundles_are_refused(schools, tmp_path) -> None:
    """Someone holding two genuine bundles of one school and their passphrases moves records from one to the other,
    or one bundle's whole signed content into the other's envelope."""
    sending, receiving = schools
    zofia, jakub = _export(sending, tmp_path / "a"), _export(sending, tmp_path / "b", JAKUB)
    zofia_id, zofia_signed = _opened(zofia.bundle.read_bytes())
    jakub_id, jakub_signed = _opened(jakub.bundle.read_bytes())

    swapped = json.loads(json.dumps(zofia_signed))
    swapped["manifest"]["entries"] += jakub_signed["manifest"]["entries"]
    _refused(receiving, _resealed(zofia_id, swapped), zofia.fingerprint, "signature over the bundle does not match")

    swapped = json.loads(json.dumps(zofia_signed))
    swapped["manifest"]["key_material"] = jakub_signed["manifest"]["key_material"]
    swapped["manifest"]["entries"], swapped["signature"] = (
        jakub_signed["manifest"]["entries"],
        jakub_signed["signature"],
    )
    _refused(receiving, _resealed(zofia_id, swapped), zofia.fingerprint)

    _refused(receiving, _resealed(zofia_id, jakub_signed), zofia.fingerprint, "does not belong to this bundle")
    assert jakub_id != zofia_id


def test_a_replayed_bundle_is_imported_once_and_the_second_time_says_so(schools, tmp_path) -> None:
    sending, receiving = schools
    sent = _export(sending, tmp_path / "out")
    lead = receiving.lead()
    got = import_transfer(lead, sent.bundle.read_bytes(), PASSPHRASE, sent.fingerprint)
    assert got.records >= 2 and got.from_school == "Hillside Primary School"
    _refused(receiving, sent.bundle.read_bytes(), sent.fingerprint, "already imported on")
    received = load_state(receiving.lead())
    assert len(received.transfers.ins_for(received.pupil_by_upn(ZOFIA).pupil_id)) == 1


def test_a_bundle_from_another_school_of_the_same_name_is_refused_against_the_fingerprint_given(
    schools, tmp_path
) -> None:
    """School X is set up under school Y's very name. The receiving lead types the fingerprint Y's lead read out:
    X's bundle is refused. X's lead naming Y's school id in a manifest they sign is refused too."""
    genuine_y, receiving = schools
    y = _export(genuine_y, tmp_path / "y")
    x_school = make_school(tmp_path / "x")  # "Hillside Primary School" too
    try:
        record_history(x_school, 1)
        x = _export(x_school, tmp_path / "x-out")
        assert x.fingerprint != y.fingerprint
        message = _refused(
            receiving, x.bundle.read_bytes(), y.fingerprint, "not signed by the school whose fingerprint"
        )
        assert "look up yourself" in message

        x_lead = x_school.lead()
        manifest = _genuine_manifest(x_school)
        y_manifest = _opened(y.bundle.read_bytes())[1]["manifest"]
        manifest.update(school_id=y_manifest["school_id"], school_entry=y_manifest["school_entry"])
        anchor = next(e for e in x_school.store.log.key_material() if e.id == manifest["anchor"])
        assert anchor.author_key_id == x_lead.key.key_id
        _refused(receiving, _bundle(manifest, x_lead.signer()), x.fingerprint, "not the school whose key chain")
        _refused(receiving, _bundle(manifest, x_lead.signer()), y.fingerprint, "not the school whose key chain")
    finally:
        x_school.store.close()


@pytest.mark.parametrize(
    "damage",
    [
        lambda m: m.update(names=["Alice Lead"]),
        lambda m: m.update(pupil={"upn": 7}),
        lambda m: m.update(sent_at="yesterday"),
        lambda m: m["entries"][0]["content"].pop("kind"),
        lambda m: m["entries"][0].update(seq="1"),
        lambda m: m["key_material"].append({"id": "x"}),
        lambda m: m["key_material"].append(m["entries"][0]),
        lambda m: m.update(anchor=m["entries"][0]["id"]),
    ],
)
def test_a_malformed_manifest_signed_by_a_genuine_lead_gets_one_plain_refusal(schools, tmp_path, damage) -> None:
    """Another school's lead (valid keys, valid chain) signs whatever they like: the import answers in one sentence
    and writes nothing, never a traceback."""
    sending, receiving = schools
    genuine = _export(sending, tmp_path / "out")
    manifest = _genuine_manifest(sending)
    damage(manifest)
    lead = sending.lead()
    _refused(receiving, _bundle(manifest, lead.signer()), genuine.fingerprint)


def test_a_signing_point_forked_off_the_schools_chain_is_refused(schools, tmp_path) -> None:
    """A key holder who makes a session key of their own right after an entry the bundle carries, but not linked to
    it (a fork, to claim an earlier point), is found out by the hashes. (A fork linked to the entry before it, whose
    real successor the bundle does not carry, cannot be seen from the bundle alone: design note 17.)"""
    sending, receiving = schools
    genuine = _export(sending, tmp_path / "out")
    manifest = _genuine_manifest(sending)
    lead = sending.lead()
    material = [entry_from_json(item) for item in manifest["key_material"]]
    places = {(e.device_id, e.seq) for e in material}
    below = next(e for e in material if (e.device_id, e.seq + 1) not in places)
    keys = lead.keys
    assert keys is not None
    fork = _self_made(
        manifest["school_id"],
        keys,
        {"type": EntryKind.BATCH},
        author=lead.key.key_id,
        device_id=below.device_id,
        seq=below.seq + 1,
        prev_hash=bytes(32),
    )
    manifest.update(anchor=fork.id, key_material=manifest["key_material"] + [entry_json(fork)])
    message = _refused(receiving, _bundle(manifest, lead.signer()), genuine.fingerprint)
    assert "forked" in message
