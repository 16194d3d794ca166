"""Who can read what, by construction: real keyrings, real stores, and the raw bytes on disk."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.crypto.envelope import NoKeyHeld
from desktop_app.domain.entries import EntryKind, EntryRecord
from desktop_app.domain.envelope_layout import recipient_key_ids
from desktop_app.services.attendance import import_attendance
from desktop_app.services.backup import backup_store
from desktop_app.services.concerns import add_addendum, check_concerns, read_child_file_by_upn, record_concerns
from desktop_app.services.directory import load_directory
from desktop_app.services.errors import NotPermitted
from desktop_app.services.session import Session
from desktop_app.services.state import load_state
from tests.conftest import (
    LEAD,
    LEAD2,
    OVERSIGHT,
    OVERSIGHT_PASS,
    STAFF,
    STAFF2,
    STAFF2_PASS,
    School,
)

ZOFIA, JAKUB, AHMED, SEYMA = "A123456789012", "A123456789013", "B123456789014", "C123456789015"


def record(session: Session, upn: str, what: str, **fields: object) -> str:
    """Record one concern through the services, as the GUI and the command line do; returns its entry id."""
    directory = load_directory(session)
    item = {
        "pupil": upn,
        "occurred_at": (datetime.now(UTC) - timedelta(hours=2)).isoformat(),
        "category": "physical-abuse",
        "what_happened": what,
        **fields,
    }
    return record_concerns(session, directory, check_concerns(directory, [item]))[0].entry_id


def entries(school: School) -> list[EntryRecord]:
    return list(school.store.log.all())


def opens(session: Session, entry: EntryRecord) -> bool:
    try:
        session.keyring.open_bytes(entry)
    except NoKeyHeld:
        return False
    return True


# --- (a) staff see only their own records ---------------------------------------------------------------------


def test_a_member_of_staff_cannot_read_another_staff_members_concern(
    school: School, monkeypatch: pytest.MonkeyPatch
) -> None:
    staff_a = school.staff()
    a_concern = record(staff_a, ZOFIA, "Carys saw a hand-shaped bruise", childs_words="Mummy's friend did it")
    staff_b = school.sign_in(STAFF2, STAFF2_PASS)  # after A wrote, so B's key book knows A's batch key entry
    b_concern = record(staff_b, AHMED, "Dev noticed he was hungry again")
    entry_a = school.store.log.get(a_concern)
    assert entry_a is not None
    (a_batch,) = recipient_key_ids(entry_a.sealed)
    assert a_batch in staff_b.keybook.batches

    # B's real keyring holds no key for A's concern: not the team key, not A's key, not A's batch key.
    assert not staff_b.holds_team_key
    assert staff_b.keyring.lookup(a_batch) is None
    with pytest.raises(NoKeyHeld):
        staff_b.keyring.open_bytes(entry_a)
    assert staff_b.keyring.open_content(entry_a) is None
    state_b = load_state(staff_b)  # no role check on this path: only keys decide
    assert set(state_b.concerns) == {b_concern}

    # Even with the lead check switched off, the chronology B could open holds nothing of A's.
    monkeypatch.setattr(Session, "require_lead", lambda _self: None)
    assert read_child_file_by_upn(staff_b, ZOFIA).chronology == ()

    # A reads their own; a lead reads both.
    state_a = load_state(staff_a)
    assert set(state_a.concerns) == {a_concern}
    assert state_a.concerns[a_concern].childs_words == "Mummy's friend did it"
    lead_state = load_state(school.lead())
    assert {a_concern, b_concern} <= set(lead_state.concerns)
    assert lead_state.concerns[a_concern].what_happened == "Carys saw a hand-shaped bruise"


def test_staff_hold_nothing_but_their_own_entries_and_the_directory(school: School) -> None:
    lead = school.lead()
    record(lead, JAKUB, "Lead's own note after a call from the school nurse")
    staff_a = school.staff()
    record(staff_a, SEYMA, "Said she is scared to go home")
    staff_b = school.sign_in(STAFF2, STAFF2_PASS)
    record(staff_b, AHMED, "Arrived with a cut lip")
    own_key = staff_b.key.key_id
    directory_id, _ = staff_b.directory_key()
    own_batches = {bid for bid, batch in staff_b.keybook.batches.items() if batch.author_key_id == own_key}
    assert own_batches

    readable, unreadable = [], []
    for entry in entries(school):
        if entry.sealed is None:
            continue
        (readable if opens(staff_b, entry) else unreadable).append(entry)
    for entry in readable:
        assert set(recipient_key_ids(entry.sealed)) & {own_key, directory_id, *own_batches}, entry.id
    # Lead-only material: every other account's profile, the team-key grants, others' concerns and batch keys.
    book = staff_b.keybook
    team_grants = {g.entry_id for g in book.grants if g.key_kind == "team"}
    other_profiles = set(book.accounts) - {staff_b.account_id}
    others_batches = set(book.batches) - own_batches
    assert team_grants and other_profiles and others_batches
    assert team_grants | other_profiles | others_batches <= {e.id for e in unreadable}
    with pytest.raises(NotPermitted):
        staff_b.require_lead()


def test_a_lead_already_signed_in_reads_concerns_recorded_since(school: School) -> None:
    lead = school.lead()
    concern = record(school.staff(), ZOFIA, "Recorded while the lead had the app open")
    assert concern in load_state(lead).concerns


# --- (b) oversight reads no record ---------------------------------------------------------------------------


def test_an_oversight_account_holds_no_key_to_any_concern_or_pupil(school: School) -> None:
    lead = school.lead()
    concern = record(lead, ZOFIA, "Bruising to both upper arms")
    add_addendum(lead, load_state(lead), concern, "Mum phoned: says it happened at gymnastics")
    record(school.staff(), AHMED, "Told me he sleeps on the floor")
    oversight = school.sign_in(OVERSIGHT, OVERSIGHT_PASS)

    reader = school.lead()  # signed in after everything was written, so its key book knows every batch
    kinds: dict[str, list[EntryRecord]] = {}
    for entry in entries(school):
        if entry.sealed is None or reader.keybook.kinds.get(entry.id) in (EntryKind.BATCH, EntryKind.GRANT):
            continue
        content = reader.keyring.open_content(entry)
        assert content is not None, f"a lead cannot open {entry.id}"
        kinds.setdefault(content.get("kind", ""), []).append(entry)
    assert len(kinds[EntryKind.CONCERN]) == 2
    assert len(kinds[EntryKind.PUPIL]) == 4
    assert len(kinds[EntryKind.ADDENDUM]) == 1
    for kind in (EntryKind.CONCERN, EntryKind.PUPIL, EntryKind.ADDENDUM, EntryKind.FILE_VIEWED):
        for entry in kinds.get(kind, []):
            with pytest.raises(NoKeyHeld):
                oversight.keyring.open_bytes(entry)
    # What oversight can open at all: its own profile, and nothing else.
    assert [e.id for e in entries(school) if e.sealed is not None and opens(oversight, e)] == [oversight.account_id]
    with pytest.raises(NotPermitted):
        oversight.directory_key()
    state = load_state(oversight)
    assert not state.pupils and not state.concerns and not state.addenda
    assert set(state.staff) == {oversight.account_id}


# --- (c) nothing readable on disk ----------------------------------------------------------------------------

PUPIL_NAMES = ["Zofia", "Łuczak", "Jakub", "Kuba", "Ахмед", "Krężołek", "Şeyma", "Yılmaz"]
PUPIL_DETAILS = [ZOFIA, JAKUB, AHMED, SEYMA, "12 Mill Lane", "4 Elm Grove", "9 Park View", "CV1 2AB", "CV3 4EF"]
STAFF_NAMES = ["Alice Lead", "Bilal Deputy", "Carys Teacher", "Dev Assistant", "Erin Governor"]
STAFF_DETAILS = [LEAD, LEAD2, STAFF, STAFF2, OVERSIGHT, "Deputy DSL", "Year 1 teacher", "Safeguarding governor"]
PHRASES = {
    "what_happened": "Purple fingertip bruising on the left upper arm",
    "childs_words": "Uncle Wojciech squeezed me till it hurt",
    "location": "the cloakroom by the hall",
    "action_taken": "Phoned the MASH duty desk",
    "explanation": "He said he walked into the door frame",
    "addendum": "Grandmother collected him and was tearful",
    "category": "physical-abuse",
    "region": "upper-arm-left",
}


def _variants(needle: str) -> set[bytes]:
    """The byte forms a needle could take on disk: UTF-8 and UTF-16-LE, as written, lower and upper case."""
    forms = {needle, needle.lower(), needle.upper(), needle.casefold()}
    return {form.encode(encoding) for form in forms for encoding in ("utf-8", "utf-16-le")}


def find_leaks(raw: bytes, needles: list[str]) -> list[str]:
    """The needles found in `raw`. ASCII needles of five or more letters match in any mix of case; shorter ones
    (and all others) as written, lower and upper case, so four random letters in ciphertext cannot make it flaky."""
    folded = raw.lower()  # lowers ASCII letters only
    found = []
    for needle in needles:
        for form in _variants(needle):
            any_case = needle.isascii() and len(needle) >= 5
            haystack, wanted = (folded, form.lower()) if any_case else (raw, form)
            if wanted in haystack:
                found.append(f"{needle!r} as {form!r}")
                break
    return found


def test_no_name_upn_or_phrase_is_readable_in_the_store_its_log_or_a_backup(school: School, tmp_path: Path) -> None:
    staff = school.staff()
    injury = {"view": "front", "x": 0.64, "y": 0.27, "region": "upper-arm-left", "explanation": PHRASES["explanation"]}
    concern = record(
        staff,
        JAKUB,
        PHRASES["what_happened"],
        childs_words=PHRASES["childs_words"],
        location=PHRASES["location"],
        other_children=[ZOFIA],
        injuries=[injury],
    )
    lead = school.lead()
    record(lead, AHMED, "Ахмед Krężołek said Şeyma Yılmaz was crying", action_taken=PHRASES["action_taken"])
    add_addendum(lead, load_state(lead), concern, PHRASES["addendum"])
    marked = date.today() - timedelta(days=3)  # attendance: names in the export, one child's marks, its kind
    export = f"Surname,Forename,UPN,Date,AM,PM\nŁuczak,Jakub,{JAKUB},{marked:%d/%m/%Y},/,I\n"
    import_attendance(lead, export.encode())
    read_child_file_by_upn(lead, JAKUB)

    db = school.store.db_path
    wal = db.with_name(db.name + "-wal")
    assert wal.exists(), "the store is open, so its write-ahead log should be on disk"
    backup = tmp_path / "backup.sqlite3"
    backup_store(school.store, backup)
    files = {"store": db.read_bytes(), "write-ahead log": wal.read_bytes(), "backup": backup.read_bytes()}
    assert files["backup"].startswith(b"SQLite format 3\x00")

    # The scan reads the right bytes: plaintext index columns, such as the concern's entry id, are there to see.
    assert concern.encode() in files["store"] + files["write-ahead log"]
    assert concern.encode() in files["backup"]
    needles = PUPIL_NAMES + PUPIL_DETAILS + STAFF_NAMES + STAFF_DETAILS + list(PHRASES.values())
    needles += [EntryKind.ATTENDANCE, marked.isoformat(), f"{marked:%d/%m/%Y}", '"am":["/"]', '"pm":["I"]']
    for label, raw in files.items():
        assert not find_leaks(raw, needles), f"readable in the {label}: {find_leaks(raw, needles)}"


def test_the_leak_scan_finds_what_it_looks_for() -> None:
    assert find_leaks(b"xx" + "ŁUCZAK".encode() + b"yy", ["Łuczak"])
    assert find_leaks("Ахмед".encode("utf-16-le"), ["Ахмед"])
    assert find_leaks(b"...CARYS teacher...", ["Carys Teacher"])
    assert find_leaks("şeyma".encode(), ["Şeyma"])
    assert find_leaks("a123456789012".encode("utf-16-le"), [ZOFIA])
    assert not find_leaks(b"Luczak Ahmed Seyma", ["Łuczak", "Ахмед", "Şeyma"])


# --- (d) the command line refuses a staff account a chronology -------------------------------------------------


def test_the_command_line_refuses_a_chronology_to_staff(
    school: School, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    record(school.staff(), ZOFIA, "Seen crying at the gate")
    monkeypatch.setattr("sys.stdin", io.StringIO("teacher-password-3\n"))
    code = cli.main(["--data-dir", str(school.data_dir), "chronology", ZOFIA, "--as", STAFF])
    out, err = capsys.readouterr()
    assert code == 1
    assert out == ""
    assert err.splitlines() == [
        "error: This account holds no safeguarding team key, so it cannot decrypt other people's records; "
        "a designated lead can open a chronology."
    ]
