"""Attacks on trust at use (issue 11's table), each done for real against a real store: IT with write access to the
data folder and no password, a member of staff running a modified program, a revoked lead, a disabled account.
Each asserts that the app itself (sign-in, the fold, the lead's queue, what new records are sealed to) refuses or
ignores the attack and names it, not only `verify`."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop_app.crypto.kdf import wrap_with_password
from desktop_app.crypto.keys import AccountKeys, generate_team_key, login_tag, public_bytes_x25519
from desktop_app.domain.entries import EntryKind, EntryRecord, canonical_json, to_millis
from desktop_app.domain.envelope_layout import recipient_key_ids
from desktop_app.domain.keybook import b64
from desktop_app.domain.records import Role
from desktop_app.services.backup import backup_store
from desktop_app.services.session import Session, sign_in
from desktop_app.services.staff_admin import disable_account, revoke_lead
from desktop_app.services.state import load_state
from desktop_app.services.triage import load_queue, open_workspace
from desktop_app.services.uow import UnitOfWork, now_utc
from desktop_app.services.verified import key_book_of
from desktop_app.services.verify import verify_store
from desktop_app.storage.models import ENTRY_COLUMNS
from desktop_app.storage.store import SchoolStore, rotate_device
from tests.conftest import LEAD2, LEAD2_PASS, STAFF, STAFF_PASS, School
from tests.unit.test_triage import ZOFIA, record

# --- what an attacker with the files can do ----------------------------------------------------------------------


@contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    """The store's file opened with plain sqlite3, as IT with access to the data folder could."""
    with closing(sqlite3.connect(path)) as conn:
        yield conn
        conn.commit()


def plant(school: School, entry: EntryRecord, *, local_seq: int | None = None) -> None:
    """Insert an entry row directly, as someone with the file and no key would."""
    with raw(school.store.db_path) as conn:
        top = conn.execute("SELECT coalesce(max(local_seq), 0) FROM entries").fetchone()[0]
        columns = ", ".join([*ENTRY_COLUMNS, "recipients", "local_seq"])
        values = [getattr(entry, name) for name in ENTRY_COLUMNS]
        values += [",".join(recipient_key_ids(entry.sealed)) if entry.sealed else "", local_seq or top + 1]
        conn.execute(f"INSERT INTO entries ({columns}) VALUES ({', '.join('?' * len(values))})", values)


@contextmanager
def second_pc(school: School, tmp_path: Path) -> Iterator[SchoolStore]:
    """A copy of the school's PC with a chain of its own: another PC, offline, until its entries are copied over
    (as sync would bring them)."""
    school.store.close()
    shutil.copytree(school.data_dir, tmp_path / "other-pc")
    school.store = SchoolStore(school.data_dir)
    with SchoolStore(tmp_path / "other-pc") as store:
        rotate_device(store, "a second PC for the test")
        yield store


def forged(
    school_id: str,
    public: dict,
    *,
    author_key_id: str,
    device_id: str | None = None,
    seq: int = 1,
    prev_hash: bytes = bytes(32),
    sign: AccountKeys | None = None,
    recorded_at: datetime | None = None,
    entry_id: str | None = None,
) -> EntryRecord:
    """A key-material entry made without any key of the school: hashed correctly, signed by `sign` (a key of the
    attacker's own) or not at all."""
    when = to_millis(recorded_at or now_utc())
    entry = EntryRecord(
        entry_id or str(uuid.uuid4()), school_id, device_id or str(uuid.uuid4()), 0, b"", author_key_id, None,
        when, when, canonical_json(public), None,
    ).chained(seq, prev_hash)  # fmt: skip
    signature = sign.sign(entry.hash) if sign else bytes(64)
    return EntryRecord(*[getattr(entry, n) for n in ENTRY_COLUMNS[:-1]], signature)


def recipients_of_newest_concern(school: School) -> set[str]:
    staff = school.staff()
    entry_id = record(staff, ZOFIA, "Came in hungry again")
    entry = school.store.log.get(entry_id)
    assert entry is not None and entry.sealed is not None
    batch_id = recipient_key_ids(entry.sealed)[0]
    batch = school.store.log.get(batch_id)
    assert batch is not None and batch.sealed is not None
    return set(recipient_key_ids(batch.sealed))


def quarantined(session: Session) -> dict[str, str]:
    return {q.entry_id: q.reason for q in session.view.quarantine()}


# --- the table's rows --------------------------------------------------------------------------------------------


def test_it_planting_a_later_team_key_does_not_make_new_concerns_readable_to_it(school: School) -> None:
    lead = school.lead()
    founder_key = lead.keybook.founder_key_id
    real_team = lead.keybook.current_team_key.key_id
    it_team = generate_team_key()
    public = {
        "type": EntryKind.TEAM_KEY,
        "public": b64(public_bytes_x25519(it_team.public_key())),
        "recovery": b64(b"x" * 60),
    }
    later = now_utc() + timedelta(minutes=5)
    unsigned = forged(lead.school_id, public, author_key_id=founder_key, recorded_at=later)
    it_keys = AccountKeys.generate()  # signed, but by a key of IT's own
    self_signed = forged(lead.school_id, public, author_key_id=founder_key, sign=it_keys, recorded_at=later)
    plant(school, unsigned)
    plant(school, self_signed)

    sealed_to = recipients_of_newest_concern(school)
    assert real_team in sealed_to and unsigned.id not in sealed_to and self_signed.id not in sealed_to
    lead = school.lead()
    assert lead.keybook.current_team_key.key_id == real_team
    assert set(quarantined(lead)) >= {unsigned.id, self_signed.id}
    problems = {p.entry_id for p in verify_store(school.store, lead).problems}
    assert {unsigned.id, self_signed.id} <= problems


def test_it_planting_a_lead_account_gets_no_share_of_a_rotated_team_key(school: School) -> None:
    lead = school.lead()
    it_keys = AccountKeys.generate()
    account_public = {
        "type": EntryKind.ACCOUNT,
        "login": login_tag(lead.school_id, "it.helpdesk"),
        "role": Role.LEAD.value,
        "agreement": b64(it_keys.agreement_public),
        "signing": b64(it_keys.signing_public),
        "wrapped": b64(wrap_with_password(it_keys.secret_bytes(), "it-knows-this")),
    }
    founder = lead.keybook.founder_key_id
    # Claimed to be made by the founding lead, unsigned; and self-signed by IT's own key as its own author.
    plant(school, forged(lead.school_id, account_public, author_key_id=founder))
    own_id = str(uuid.uuid4())  # an account entry signed by its own new key, as only the founder's may be
    self_made = forged(lead.school_id, account_public, author_key_id=own_id, entry_id=own_id, sign=it_keys)
    assert self_made.id == self_made.author_key_id
    plant(school, self_made)

    lead = school.lead()
    assert all(a.login_tag != account_public["login"] for a in lead.keybook.accounts.values())
    revoke_lead(lead, next(a.account_id for a in lead.keybook.accounts.values() if a.login_tag == login_tag(
        lead.school_id, LEAD2)))  # fmt: skip
    book = key_book_of(school.store)
    assert all(g.to_key_id not in (self_made.id,) for g in book.grants)
    with pytest.raises(Exception, match="not recognised"):
        school.sign_in("it.helpdesk", "it-knows-this")


def test_a_member_of_staff_cannot_forge_a_leads_records(school: School) -> None:
    """Correctly signed, sealed to the team, dated in the future or not: a lead's kinds of record by a member of
    staff count for nothing, and the concern stays in the lead's queue."""
    staff = school.staff()
    concern = record(staff, ZOFIA, "Bruise on the cheek, says she fell")
    pupil = load_state(school.lead()).concerns[concern].pupil_id
    future = now_utc() + timedelta(days=30)
    with UnitOfWork(staff) as uow:
        forged_ids = [
            uow.record(EntryKind.ACKNOWLEDGEMENT, {"concern": concern}, subject=pupil),
            uow.record(
                EntryKind.DECISION,
                {
                    "concern": concern,
                    "decision": "no-further-action",
                    "rationale": "fine",
                    "needs_second_lead": False,
                    "flags": [],
                },
                subject=pupil,
            ),
            uow.record(EntryKind.CONCERN_CLOSED, {"concern": concern, "outcome": "nothing"}, subject=pupil),
            uow.record(EntryKind.LEAD_SETTINGS, {"settings": {"red_flags": {}}}, subject=None),
        ]
        uow.commit()
    with UnitOfWork(staff) as uow:
        forged_ids.append(
            uow.record(
                EntryKind.CONCERN_CLOSED, {"concern": concern, "outcome": "later"}, subject=pupil, recorded_at=future
            )
        )
        uow.commit()

    lead = school.lead()
    workspace = open_workspace(lead)
    assert concern in {item.concern_id for item in load_queue(workspace)}
    state = workspace.state
    assert state.lead.acknowledgement(concern) is None and state.lead.closure(concern) is None
    assert not [d for d in state.lead.decisions.values() if d.concern_id == concern]
    assert set(forged_ids) <= set(quarantined(lead))
    assert set(forged_ids) <= {p.entry_id for p in verify_store(school.store, lead).refused}


def test_a_revoked_lead_cannot_rotate_the_team_key_at_the_same_moment(school: School, tmp_path: Path) -> None:
    """Lead B on another PC (offline) writes a team key "at the same time" as lead A revokes B: it had not seen
    the revocation and the revocation had not seen it, so it counts for nothing."""
    with second_pc(school, tmp_path) as b_store:
        deputy = sign_in(b_store, LEAD2, LEAD2_PASS, sleep=lambda _s: None)
        lead = school.lead()
        deputy_id = deputy.account_id
        revoke_lead(lead, deputy_id)
        rogue = generate_team_key()
        with UnitOfWork(deputy) as uow:
            rogue_id = uow.record_public(
                {
                    "type": EntryKind.TEAM_KEY,
                    "public": b64(public_bytes_x25519(rogue.public_key())),
                    "recovery": b64(b"y" * 60),
                }
            )
            uow.commit()
        copied = [e for e in b_store.log.all() if e.device_id == b_store.device_id]
    school.store.log.insert_foreign(copied)  # as sync would bring them
    sealed_to = recipients_of_newest_concern(school)
    assert rogue_id not in sealed_to
    lead = school.lead()
    assert lead.keybook.current_team_key.key_id != rogue_id
    assert rogue_id in quarantined(lead)


def test_a_disabled_account_backdating_its_work_is_refused(school: School, tmp_path: Path) -> None:
    with second_pc(school, tmp_path) as b_store:
        staff_b = sign_in(b_store, STAFF, STAFF_PASS, sleep=lambda _s: None)
        lead = school.lead()
        disable_account(lead, staff_b.account_id)
        long_ago = now_utc() - timedelta(days=40)
        with UnitOfWork(staff_b) as uow:  # a whole unit of work back-dated to before the disabling
            pupil = load_state(lead).pupil_by_upn(ZOFIA)
            assert pupil is not None
            concern_id = uow.record(
                EntryKind.CONCERN, {"what_happened": "back-dated", "category": "neglect"}, subject=pupil.pupil_id,
                occurred_at=long_ago, recorded_at=long_ago,
            )  # fmt: skip
            uow.commit()
        copied = [e for e in b_store.log.all() if e.device_id == b_store.device_id]
    school.store.log.insert_foreign(copied)
    lead = school.lead()
    assert concern_id not in load_state(lead).concerns
    assert "disabled" in quarantined(lead)[concern_id]
    # On the PC where the disabling is known, the account cannot even sign in.
    with pytest.raises(Exception, match="disabled"):
        school.staff()


def test_it_planting_an_entry_in_a_leads_chain_is_never_signed_over(school: School) -> None:
    lead = school.lead()
    head_seq, head_hash = lead.view.own_head()
    planted = forged(
        lead.school_id, {"type": EntryKind.BATCH}, author_key_id=lead.key.key_id,
        device_id=school.store.device_id, seq=head_seq + 1, prev_hash=head_hash,
    )  # fmt: skip
    plant(school, planted)
    old_device = school.store.device_id
    concern = record(lead, ZOFIA, "Written after the plant")
    written = school.store.log.get(concern)
    assert written is not None and written.device_id != old_device, "signed on top of the planted entry"
    assert not [e for e in school.store.log.all() if e.prev_hash == planted.hash]
    reader = school.lead()
    assert concern in load_state(reader).concerns
    assert planted.id in quarantined(reader)


def test_a_concern_reinserted_out_of_order_stays_in_the_queue(school: School) -> None:
    concern = record(school.staff(), ZOFIA, "Told me she is scared of going home")
    lead = school.lead()
    load_state(lead)
    lead.close()  # the lead's fold and verified prefix are kept
    row = school.store.log.get(concern)
    assert row is not None
    with raw(school.store.db_path) as conn:  # the schema refuses the replacement
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("INSERT OR REPLACE INTO entries (id, school_id, device_id, seq, prev_hash, author_key_id,"
                         " subject, occurred_at, recorded_at, public, sealed, hash, signature, recipients, local_seq)"
                         " SELECT id, school_id, device_id, seq, prev_hash, author_key_id, subject, occurred_at,"
                         " recorded_at, public, sealed, hash, signature, recipients, -1 FROM entries WHERE id = ?",
                         (concern,))  # fmt: skip
        conn.execute("DROP TRIGGER entries_no_replace")  # IT can drop a trigger: the app must not depend on it
        conn.execute("DROP TRIGGER entries_no_delete")
        conn.execute("DELETE FROM entries WHERE id = ?", (concern,))
    plant(school, row, local_seq=-1)
    lead = school.lead()
    assert concern in {item.concern_id for item in load_queue(open_workspace(lead))}
    assert concern in load_state(lead, use_snapshot=False).concerns
    assert verify_store(school.store, lead).intact


@pytest.mark.parametrize("how", ["cut short", "older copy put back"])
def test_a_store_cut_short_or_put_back_is_named_at_sign_in_and_by_verify(
    school: School, tmp_path: Path, how: str
) -> None:
    backup = tmp_path / "older.sqlite3"
    if how == "older copy put back":
        backup_store(school.store, backup)
    first = record(school.staff(), ZOFIA, "First")
    second = record(school.staff(), ZOFIA, "Second")
    lead = school.lead()
    load_state(lead)
    lead.close()  # keeps what this lead verified
    if how == "cut short":
        with raw(school.store.db_path) as conn:
            conn.execute("DROP TRIGGER entries_no_delete")
            conn.execute("DELETE FROM entries WHERE id IN (?, ?)", (first, second))
            conn.execute("DELETE FROM entries WHERE device_id = ? AND seq > (SELECT seq FROM entries WHERE id = ?)",
                         (school.store.device_id, first))  # fmt: skip
    else:
        school.store.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(school.store.db_path) + suffix).unlink(missing_ok=True)
        with raw(backup) as source, closing(sqlite3.connect(school.store.db_path)) as target:
            source.backup(target)
        school.store = SchoolStore(school.data_dir)
    lead = school.lead()
    named = [what for _entry, what in lead.view.problems()]
    assert any("missing or replaced" in what for what in named), named
    report = verify_store(school.store, lead)
    assert any("missing or replaced" in p.what for p in report.problems)
    # The PC carries on: nothing is signed at a place in its chain that was used before; it starts a new chain.
    before = school.store.device_id
    third = record(school.staff(), ZOFIA, "Third, after the store went back")
    written = school.store.log.get(third)
    assert written is not None and written.device_id != before and written.seq <= 2  # its batch key, then it
    assert third in load_state(school.lead()).concerns


def test_a_flipped_byte_or_a_bad_signature_is_named_never_dropped_silently_or_shown(school: School) -> None:
    lead = school.lead()
    load_state(lead)
    lead.close()
    damaged = record(school.staff(), ZOFIA, "Ciphertext to be damaged")
    with raw(school.store.db_path) as conn:
        conn.execute("DROP TRIGGER entries_no_update")
        (sealed,) = conn.execute("SELECT sealed FROM entries WHERE id = ?", (damaged,)).fetchone()
        changed = bytearray(sealed)
        changed[-3] ^= 1
        conn.execute("UPDATE entries SET sealed = ? WHERE id = ?", (bytes(changed), damaged))
    impostor = record(school.staff(), ZOFIA, "Signature to be broken")
    with raw(school.store.db_path) as conn:
        conn.execute("UPDATE entries SET signature = ? WHERE id = ?", (bytes(64), impostor))
    lead = school.lead()
    state = load_state(lead)
    assert damaged not in state.concerns
    assert "altered" in quarantined(lead)[damaged]
    # The broken signature is the newest of its author on that chain: nothing vouches for it, so it is not shown.
    assert impostor not in state.concerns and "signature" in quarantined(lead)[impostor]


def test_an_entry_dated_beyond_the_clock_is_refused(school: School) -> None:
    staff = school.staff()
    pupil = load_state(school.lead()).pupil_by_upn(ZOFIA)
    assert pupil is not None
    with UnitOfWork(staff) as uow:
        ahead = uow.record(
            EntryKind.CONCERN, {"what_happened": "from the future", "category": "neglect"}, subject=pupil.pupil_id,
            recorded_at=datetime.now(UTC) + timedelta(days=2),
        )  # fmt: skip
        uow.commit()
    lead = school.lead()
    assert ahead not in load_state(lead).concerns
    assert quarantined(lead)[ahead] == "dated in the future"


# --- what the lead is told -----------------------------------------------------------------------------------------


def _staff_forges_a_closure(school: School) -> tuple[str, str]:
    staff = school.staff()
    concern = record(staff, ZOFIA, "Said her uncle hurts her")
    pupil = load_state(school.lead()).concerns[concern].pupil_id
    with UnitOfWork(staff) as uow:
        closure = uow.record(EntryKind.CONCERN_CLOSED, {"concern": concern, "outcome": "nothing"}, subject=pupil)
        uow.commit()
    return concern, closure


def test_the_chronology_command_warns_of_what_failed_its_checks(
    school: School, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop_app import cli
    from tests.conftest import LEAD, LEAD_PASS

    _concern, closure = _staff_forges_a_closure(school)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdin", io.StringIO(LEAD_PASS + "\n"))
        code = cli.main(["--data-dir", str(school.data_dir), "chronology", ZOFIA, "--as", LEAD])
    out, err = capsys.readouterr()
    assert code == 0 and "Traceback" not in err
    warnings = [line for line in out.splitlines() if line.startswith("WARNING:")]
    assert warnings and "not shown" in warnings[0]
    assert f"entry {closure}: concern.closed: a designated lead's record made by an account that was not a lead" in out
    assert "CLOSED" not in out.upper().split("WARNING")[0]  # the forged closure is not in the chronology itself

    with pytest.MonkeyPatch.context() as patch:  # with --json the warning goes to standard error
        patch.setattr("sys.stdin", io.StringIO(LEAD_PASS + "\n"))
        code = cli.main(["--data-dir", str(school.data_dir), "chronology", ZOFIA, "--as", LEAD, "--json"])
    out, err = capsys.readouterr()
    assert code == 0 and json.loads(out) and closure in err


def test_the_lead_window_shows_a_banner_naming_what_failed(qtbot: Any, school: School, make_shell: Any) -> None:
    from tests.gui.test_lead_queue import lead_window

    concern, closure = _staff_forges_a_closure(school)
    _window, workspace = lead_window(qtbot, make_shell)
    assert workspace.queue is not None
    banner = workspace.queue.ui.trustBanner
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=10_000)
    assert closure in banner.text() and "not a lead" in banner.text()
    items = workspace.controller.view().items
    assert concern in {item.concern_id for item in items}  # still waiting for a lead: the closure counted for nothing


def test_the_audit_names_a_forged_lead_record_and_who_wrote_it_in_plain_words(school: School) -> None:
    from desktop_app.services.audit import audit_summary

    _concern, closure = _staff_forges_a_closure(school)
    summary = audit_summary(school.lead())
    found = [b for b in summary.breaks if b.entry_id == closure]
    assert found and "not a designated lead" in found[0].words and "Carys Teacher" in found[0].by


def test_what_failed_is_still_named_at_every_later_sign_in_judged_again_each_time(school: School) -> None:
    """The fold's snapshot passes over a refused entry, so the reader keeps what it found wanting with its verified
    prefix and judges it again at each sign-in: the banner does not go quiet after the first one."""
    from desktop_app.services.verified import trust_warnings

    _concern, closure = _staff_forges_a_closure(school)
    first = school.lead()
    load_state(first)
    assert closure in quarantined(first)
    first.close()
    again = school.lead()
    load_state(again)  # from the snapshot: the forged entry is not read again
    assert closure in quarantined(again) and any(closure in line for line in trust_warnings(again.view))
    again.close()

    # Judged again each time (authority as it stood at its point, which does not change): still named.
    third = school.lead()
    assert closure in quarantined(third)


def test_a_chain_that_keeps_moving_while_saving_gives_one_clear_message_and_writes_nothing(
    school: School, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.services.errors import ServiceError
    from desktop_app.storage.log import ChainMoved, EntryLog

    staff = school.staff()
    before = school.store.log.count()

    def always_moved(*_args: object, **_kwargs: object) -> None:
        raise ChainMoved("something else keeps writing on this PC's chain")

    monkeypatch.setattr(EntryLog, "append", always_moved)
    with pytest.raises(ServiceError, match="nothing was saved"):
        record(staff, ZOFIA, "Never saved")
    monkeypatch.undo()
    assert school.store.log.count() == before
