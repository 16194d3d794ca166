"""Verifying a store: one flipped byte anywhere is found and named, the log refuses edits, and forgeries show."""

from __future__ import annotations

import io
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from desktop_app import cli
from desktop_app.crypto.kdf import wrap_with_password
from desktop_app.crypto.keys import AccountKeys, login_tag
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.keybook import b64
from desktop_app.domain.records import Role
from desktop_app.services.concerns import add_addendum, check_concerns, record_concerns
from desktop_app.services.directory import load_directory
from desktop_app.services.session import Session
from desktop_app.services.state import load_state
from desktop_app.services.uow import UnitOfWork
from desktop_app.services.verify import verify_store
from tests.conftest import LEAD, LEAD_PASS, School


def record(session: Session, upn: str, what: str) -> str:
    directory = load_directory(session)
    item = {
        "pupil": upn,
        "occurred_at": (datetime.now(UTC) - timedelta(hours=1)).isoformat(),
        "category": "neglect",
        "what_happened": what,
    }
    return record_concerns(session, directory, check_concerns(directory, [item]))[0].entry_id


@pytest.fixture
def concerns(school: School) -> list[str]:
    """Three concerns and an addendum, by a member of staff and a lead, on top of the school's own entries."""
    staff = school.staff()
    ids = [record(staff, "A123456789012", "Came in without a coat again"), record(staff, "B123456789014", "Hungry")]
    lead = school.lead()
    ids.append(record(lead, "C123456789015", "Call from the school nurse"))
    ids.append(add_addendum(lead, load_state(lead), ids[0], "Spoke to Mum at pick-up"))
    return ids


@contextmanager
def raw(school: School) -> Iterator[sqlite3.Connection]:
    """The store's file opened with plain sqlite3, as someone with disk access could."""
    with closing(sqlite3.connect(school.store.db_path)) as conn:
        yield conn
        conn.commit()


def flip_byte(school: School, entry_id: str, column: str, position: int = -1) -> None:
    """Change one byte of one column of one entry, getting round the store's append-only trigger."""
    with raw(school) as conn:
        conn.execute("DROP TRIGGER entries_no_update")
        (value,) = conn.execute(f"SELECT {column} FROM entries WHERE id = ?", (entry_id,)).fetchone()
        changed = bytearray(value)
        changed[position] ^= 0x01
        conn.execute(f"UPDATE entries SET {column} = ? WHERE id = ?", (bytes(changed), entry_id))


def run_verify(school: School, capsys: pytest.CaptureFixture[str], *login: str) -> tuple[int, str]:
    args = ["--data-dir", str(school.data_dir), "verify"]
    if login:
        args += ["--as", login[0]]
    stdin = io.StringIO("".join(secret + "\n" for secret in login[1:]))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdin", stdin)
        code = cli.main(args)
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out


def test_an_intact_store_has_no_problems_and_a_lead_opens_every_sealed_entry(
    school: School, concerns: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    lead = school.lead()
    report = verify_store(school.store, lead)
    assert report.intact, report.problems
    entries = list(school.store.log.all())
    assert report.entries == len(entries)
    key_material = (EntryKind.BATCH, EntryKind.GRANT)
    content = [e for e in entries if e.sealed is not None and lead.keybook.kinds.get(e.id) not in key_material]
    assert report.opened == len(content)
    assert {*concerns} <= {e.id for e in content}
    for entry in entries:
        if entry.sealed is not None and lead.keybook.kinds.get(entry.id) != EntryKind.GRANT:
            lead.keyring.open_bytes(entry)  # raises if any does not open
    assert verify_store(school.store).intact  # with public keys alone, too

    code, out = run_verify(school, capsys, LEAD, LEAD_PASS)
    assert code == 0
    assert out.splitlines() == [
        f"OK: {len(entries)} entries, every signature and chain intact, {report.opened} opened."
    ]


@pytest.mark.parametrize(
    ("column", "position"),
    [
        ("sealed", -1),  # the last byte of the content's ciphertext (its authentication tag)
        ("sealed", -30),  # inside the content's ciphertext
        ("signature", 10),
        ("hash", 0),
        ("prev_hash", 31),
    ],
)
def test_one_flipped_byte_is_reported_against_its_entry(
    school: School, concerns: list[str], capsys: pytest.CaptureFixture[str], column: str, position: int
) -> None:
    victim = concerns[1]
    flip_byte(school, victim, column, position)
    report = verify_store(school.store, school.lead())
    assert not report.intact
    assert victim in {p.entry_id for p in report.problems}, report.problems
    # Nothing else is blamed, except the entry after a broken link, whose chain no longer joins up.
    entries = list(school.store.log.all())
    following = {
        e.id for e in entries if e.device_id == school.store.device_id and e.prev_hash == _hash_of(school, victim)
    }
    assert {p.entry_id for p in report.problems} <= {victim} | following

    code, out = run_verify(school, capsys)
    assert code == 1
    assert victim in out
    assert out.splitlines()[-1].startswith("FAILED: ")


def _hash_of(school: School, entry_id: str) -> bytes:
    entry = school.store.log.get(entry_id)
    assert entry is not None
    return entry.hash


def test_altered_ciphertext_that_keeps_its_hash_fails_authentication(school: School, concerns: list[str]) -> None:
    """Someone who also recomputes the hash still cannot sign it, and a reader's key shows the content was changed."""
    victim = concerns[0]
    flip_byte(school, victim, "sealed", -5)
    entry = school.store.log.get(victim)
    assert entry is not None
    with raw(school) as conn:
        conn.execute("UPDATE entries SET hash = ? WHERE id = ?", (entry.compute_hash(), victim))
    problems = verify_store(school.store, school.lead()).problems
    whats = [p.what for p in problems if p.entry_id == victim]
    assert "signature does not match (altered or forged)" in whats
    assert "encrypted content fails its authentication check (altered)" in whats


def test_the_store_refuses_to_update_or_delete_an_entry(school: School, concerns: list[str]) -> None:
    before = verify_store(school.store)
    with raw(school) as conn:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("UPDATE entries SET sealed = x'00' WHERE id = ?", (concerns[0],))
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("UPDATE entries SET occurred_at = 0")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("DELETE FROM entries WHERE id = ?", (concerns[0],))
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("DELETE FROM entries")
    after = verify_store(school.store)
    assert after.intact and after.entries == before.entries


def test_a_deleted_entry_breaks_the_chain_of_the_one_after_it(school: School, concerns: list[str]) -> None:
    with raw(school) as conn:
        conn.execute("DROP TRIGGER entries_no_delete")
        conn.execute("DELETE FROM entries WHERE id = ?", (concerns[1],))
    problems = verify_store(school.store).problems
    assert problems
    # The entry written straight after the deleted one is named.
    following = [e for e in school.store.log.all() if e.device_id == school.store.device_id]
    following.sort(key=lambda e: e.seq)
    gap = next(e for e, seq in zip(following, range(1, len(following) + 1), strict=True) if e.seq != seq)
    assert gap.id in {p.entry_id for p in problems}


def test_an_account_entry_made_by_a_member_of_staff_is_reported(school: School) -> None:
    staff = school.staff()
    keys = AccountKeys.generate()
    forged_public = {
        "type": EntryKind.ACCOUNT,
        "login": login_tag(staff.school_id, "fake.lead"),
        "role": Role.LEAD.value,
        "agreement": b64(keys.agreement_public),
        "signing": b64(keys.signing_public),
        "wrapped": b64(wrap_with_password(keys.secret_bytes(), "forged-password")),
    }
    with UnitOfWork(staff) as uow:
        forged = uow.record_public(forged_public)
        uow.commit()
    report = verify_store(school.store)  # named as not used; kept, so the chain after it goes on
    assert report.intact
    assert [(p.entry_id, p.what) for p in report.refused] == [
        (forged, "account entry made by an account that is not a lead")
    ]


def test_an_entry_signed_by_the_wrong_key_is_reported(school: School) -> None:
    staff = school.staff()
    staff.keys = AccountKeys.generate()  # signs with keys the school never issued, under the staff member's key id
    with UnitOfWork(staff) as uow:
        entry_id = uow.record("concern", {"what_happened": "forged"}, recipients=[staff.own_recipient()])
        uow.commit()
    problems = verify_store(school.store).problems
    assert [(p.entry_id, p.what) for p in problems] == [(entry_id, "signature does not match (altered or forged)")]


def test_an_entry_signed_under_a_key_the_school_never_issued_is_reported(school: School) -> None:
    staff = school.staff()
    staff.key = replace(staff.key, key_id=str(uuid.uuid4()))
    with UnitOfWork(staff) as uow:
        entry_id = uow.record("concern", {"what_happened": "forged"}, recipients=[staff.own_recipient()])
        uow.commit()
    problems = verify_store(school.store).problems
    assert [(p.entry_id, p.what) for p in problems] == [(entry_id, "signed by a key this school does not know")]


def test_a_broken_chain_both_views_see_is_named_once(school: School, concerns: list[str]) -> None:
    lead = school.lead()
    with raw(school) as conn:
        conn.execute("DROP TRIGGER entries_no_delete")
        conn.execute("DELETE FROM entries WHERE id = ?", (concerns[1],))
    load_state(lead)  # the lead reads: the session's own view finds the gap as well
    problems = [(p.entry_id, p.what) for p in verify_store(school.store, lead).problems]
    assert problems and len(problems) == len(set(problems)), problems
