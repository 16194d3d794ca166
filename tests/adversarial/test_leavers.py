"""Leavers lose what they held: a disabled account (staff, lead or governor), or a lead whose role was revoked, still
has its password and a copy of the store's file. The app refuses it at sign-in, but that is only the app; here the
attacker skips the app.

The attacker reads the school's SQLite file directly, unwraps every key of the account with its password (Argon2id)
and then, with the crypto functions alone, opens every grant and batch key in the file that any key it holds opens,
over and over until nothing more opens (it does not care whom a grant was meant for). Then it tries every sealed
entry in the file. Nothing written after the disable (or the revocation) may open, except what the account may still
read as it now stands: a demoted lead is still a member of staff, so the pupil directory. The school has an oversight
dashboard throughout, so counts are written after the leaving too (sealed to the oversight key a lead, or a governor
with the dashboard, held).

Before the disable the account could read the directory and its own entries, and it still can: what it held, it
held. Those entries are counted too, so a harness that opens nothing proves nothing.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from contextlib import closing
from dataclasses import dataclass, field

from desktop_app.crypto.envelope import CannotOpen, HeldKey, SlotKey, open_envelope, open_raw
from desktop_app.crypto.file_keys import unwrap_file_key
from desktop_app.crypto.kdf import WrongPassword, unwrap_with_password
from desktop_app.crypto.keys import AccountKeys, login_tag, x25519_from_bytes
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.keybook import unb64
from desktop_app.services.directory import add_category, import_roster, load_directory
from desktop_app.services.households import add_household_adult, link_household
from desktop_app.services.oversight import flush_metrics, grant_dashboard_access
from desktop_app.services.oversight_key import hold_oversight_key
from desktop_app.services.session import Session
from desktop_app.services.sign_out import sign_out
from desktop_app.services.staff_admin import disable_account, find_account, revoke_lead
from desktop_app.services.state import load_state
from desktop_app.services.store import SchoolStore
from desktop_app.services.triage import acknowledge
from desktop_app.services.verified import key_book_of
from desktop_app.storage.engine import DB_FILENAME
from tests.conftest import LEAD2, LEAD2_PASS, OVERSIGHT, OVERSIGHT_PASS, STAFF, STAFF2, STAFF2_PASS, STAFF_PASS, School
from tests.unit.test_triage import ZOFIA, record

NEW_PUPILS = (
    "upn,forename,surname,date_of_birth,year_group,address,postcode,Parent/Carer 1,Parent/Carer 2\n"
    "F123456789018,Oskar,Wiśniewski,2019-02-11,2,31 Canal Street Coventry,CV6 1XY,Ewa Wiśniewska 07700 900456,"
    "Piotr Wiśniewski\n"
    "F123456789019,Lena,Wiśniewska,2016-08-23,5,31 Canal Street Coventry,CV6 1XY,Ewa Wiśniewska 07700 900456,\n"
).encode()
MOVED = (  # an existing pupil's new address: a roster update, sealed to the directory key
    "upn,forename,surname,date_of_birth,year_group,address,postcode\n"
    "A123456789012,Zofia,Łuczak,2021-03-04,R,Flat 2 Hope House Coventry,CV1 9QQ\n"
).encode()


@dataclass
class Row:
    id: str
    local_seq: int
    subject: str | None
    public: dict | None
    sealed: bytes | None


@dataclass
class Attacker:
    """Someone holding an account's password and a copy of the school's file, and no app."""

    rows: list[Row]
    held: dict[str, HeldKey] = field(default_factory=dict)
    file_keys: dict[bytes, bytes] = field(default_factory=dict)  # children's file keys the shelf gives it

    @classmethod
    def with_files(cls, store: SchoolStore, username: str, password: str) -> Attacker:
        with closing(sqlite3.connect(store.data_dir / DB_FILENAME)) as db:
            found = db.execute("SELECT id, local_seq, subject, public, sealed FROM entries ORDER BY local_seq")
            rows = [Row(i, seq, subj, json.loads(pub) if pub else None, sealed) for i, seq, subj, pub, sealed in found]
            shelf = db.execute("SELECT subject, key_id, wrapped, directory_key_id FROM file_keys").fetchall()
        attacker = cls(rows)
        attacker.unwrap_account(username, password)
        attacker.open_every_key()
        for subject, key_id, wrapped, directory_key_id in shelf:  # every file key a directory key it holds opens
            directory = attacker.held.get(directory_key_id)
            if isinstance(directory, bytes):
                try:
                    key = unwrap_file_key(wrapped, subject, key_id, directory_key_id, directory)
                except CannotOpen:
                    continue
                attacker.file_keys[uuid.UUID(key_id).bytes] = key.key
        return attacker

    def unwrap_account(self, username: str, password: str) -> None:
        """Every key of the account (each password it ever had opens its own generation; this one opens at least
        the current one), found by the login tag and the account id in the public parts."""
        school_id = next(r.public["school_id"] for r in self.rows if r.public and r.public["type"] == EntryKind.SCHOOL)
        tag = login_tag(school_id, username)
        account_id = next(r.id for r in self.rows if r.public and r.public.get("login") == tag)
        for row in self.rows:
            public = row.public or {}
            own = (row.id == account_id) or (
                public.get("type") == EntryKind.ACCOUNT_KEYS and public.get("account_id") == account_id
            )
            if not own:
                continue
            try:
                secret = unwrap_with_password(unb64(public["wrapped"]), password)
            except WrongPassword:
                continue  # a key wrapped under another password
            self.held[row.id] = AccountKeys.from_secret_bytes(secret).agreement
        assert self.held, "the password opens none of the account's keys"

    def open_every_key(self) -> None:
        """Grants and batch keys opened with whatever is held, whoever they were for, until nothing more opens."""
        opened = True
        while opened:
            opened = False
            for row in self.rows:
                public = row.public or {}
                if row.sealed is None or public.get("type") not in (EntryKind.GRANT, EntryKind.BATCH):
                    continue
                key_id = public["key_id"] if public["type"] == EntryKind.GRANT else row.id
                if key_id in self.held:
                    continue
                try:
                    secret = open_envelope(row.sealed, entry_id=row.id, subject=row.subject, lookup=self.held.get)
                except CannotOpen:
                    continue
                x25519 = public["type"] == EntryKind.GRANT and public["key_kind"] in ("team", "oversight")
                self.held[key_id] = x25519_from_bytes(secret) if x25519 else secret
                opened = True

    def opens(self, row: Row) -> bool:
        """Whether the row opens with what it holds (a record under a child's file key needs that key too)."""

        def find(raw: bytes) -> SlotKey | None:
            key_id = str(uuid.UUID(bytes=raw))
            key = self.held.get(key_id)
            return SlotKey.of(key_id, key) if key is not None else None

        try:
            open_raw(row.sealed or b"", row.id, row.subject, find, find_file=self.file_keys.get)
        except CannotOpen:
            return False
        return True

    def split_at(self, entry_id: str) -> tuple[list[Row], list[Row]]:
        """The sealed entries this file received up to `entry_id` (inclusive), and those after it."""
        at = next(r.local_seq for r in self.rows if r.id == entry_id)
        sealed = [r for r in self.rows if r.sealed is not None]
        return [r for r in sealed if r.local_seq <= at], [r for r in sealed if r.local_seq > at]


def with_dashboard(school: School) -> Session:
    """A lead of a school whose governor has the oversight dashboard (so every counted event writes metrics)."""
    lead = school.lead()
    grant_dashboard_access(lead, find_account(lead, load_state(lead), OVERSIGHT))
    return lead


def status_entry(school: School, account_id: str) -> str:
    """The id of the latest `account.status` entry of the account (its disable)."""
    book = key_book_of(school.store)
    return max(
        (c for c in book.accounts[account_id].changes if c.field == "active"), key=lambda c: c.recorded_at
    ).entry_id


def role_entry(school: School, account_id: str) -> str:
    book = key_book_of(school.store)
    return max(
        (c for c in book.accounts[account_id].changes if c.field == "role"), key=lambda c: c.recorded_at
    ).entry_id


def lead_writes_afterwards(school: School, lead: Session) -> dict[str, str]:
    """What a lead writes after someone left: new pupils with their addresses and carers, a moved pupil, a category,
    a household of the new children with an adult, concerns about a new child, an acknowledgement. Returns the kind
    of every sealed entry in the store, by id, as a lead opens it ("key material" for grants and batch keys)."""
    import_roster(lead, NEW_PUPILS)
    import_roster(lead, MOVED)
    add_category(lead, "young-carer", "Young carer")
    state = load_state(lead)
    oskar, lena = (state.pupil_by_upn(upn) for upn in ("F123456789018", "F123456789019"))
    assert oskar is not None and lena is not None
    household = link_household(lead, state, [oskar.pupil_id, lena.pupil_id])
    add_household_adult(lead, load_state(lead), household, "Piotr Wiśniewski", "father", True, "31 Canal Street")
    assistant = school.sign_in(STAFF2, STAFF2_PASS)
    concern = record(assistant, "F123456789018", "Oskar said his dad hit him with a belt")
    sign_out(assistant)  # the session's counts are written when it ends
    acknowledge(lead, load_state(lead), concern)
    record(lead, "F123456789019", "Lena is caring for her mother most nights")
    flush_metrics(lead)
    reader = school.lead()
    hold_oversight_key(reader)  # leads open the counts through the team key
    kinds = {}
    for entry in school.store.log.all():
        if entry.sealed is not None:
            content = reader.keyring.open_content(entry) if entry.public is None else None
            kinds[entry.id] = content["kind"] if content else "key material" if entry.public else "unread"
    assert "unread" not in kinds.values()  # a lead reads every entry in the school
    return kinds


def test_a_disabled_member_of_staff_opens_nothing_written_after_the_disable(school: School) -> None:
    lead = with_dashboard(school)
    own = record(school.staff(), ZOFIA, "Written by the member of staff before they left")
    staff_id = find_account(lead, load_state(lead), STAFF)
    disable_account(lead, staff_id)
    kinds = lead_writes_afterwards(school, lead)

    attacker = Attacker.with_files(school.store, STAFF, STAFF_PASS)
    before, after = attacker.split_at(status_entry(school, staff_id))
    # What it held, it still holds: the roster as it stood, and its own concern.
    opened_before = {r.id for r in before if attacker.opens(r)}
    roster_before = {r.id for r in before if kinds.get(r.id) == EntryKind.PUPIL}
    assert own in opened_before and len(roster_before) == 4 and roster_before <= opened_before
    # Nothing written since opens: not the new pupils, their carers or the moved address, not the household.
    written = {kinds.get(r.id) for r in after}
    assert {EntryKind.PUPIL, EntryKind.CATEGORY, EntryKind.HOUSEHOLD_LINK, EntryKind.HOUSEHOLD_ADULT} <= written
    assert {EntryKind.CONCERN, EntryKind.ACKNOWLEDGEMENT, EntryKind.METRICS} <= written
    assert [(r.id, kinds.get(r.id)) for r in after if attacker.opens(r)] == []
    assert len(after) > 10


def test_a_disabled_lead_opens_nothing_written_after_the_disable(school: School) -> None:
    lead = with_dashboard(school)
    deputy_id = find_account(lead, load_state(lead), LEAD2)
    earlier = record(school.staff(), ZOFIA, "A concern the deputy could read as a lead")
    disable_account(lead, deputy_id)
    kinds = lead_writes_afterwards(school, lead)

    attacker = Attacker.with_files(school.store, LEAD2, LEAD2_PASS)
    before, after = attacker.split_at(status_entry(school, deputy_id))
    assert earlier in {r.id for r in before if attacker.opens(r)}  # a lead's old team key opens what it did
    assert [(r.id, kinds.get(r.id)) for r in after if attacker.opens(r)] == []


def test_a_revoked_lead_opens_only_the_directory_it_still_holds_as_staff(school: School) -> None:
    lead = with_dashboard(school)
    deputy_id = find_account(lead, load_state(lead), LEAD2)
    earlier = record(school.staff(), ZOFIA, "A concern the deputy could read as a lead")
    revoke_lead(lead, deputy_id)
    kinds = lead_writes_afterwards(school, lead)

    attacker = Attacker.with_files(school.store, LEAD2, LEAD2_PASS)
    before, after = attacker.split_at(role_entry(school, deputy_id))
    assert earlier in {r.id for r in before if attacker.opens(r)}
    opened_after = {kinds.get(r.id) for r in after if attacker.opens(r)}
    assert opened_after == {EntryKind.PUPIL, EntryKind.CATEGORY}  # the directory: every member of staff reads it
    assert load_directory(school.sign_in(LEAD2, LEAD2_PASS)).pupil_by_upn("F123456789018") is not None


def test_a_disabled_governor_opens_no_count_written_after_the_disable(school: School) -> None:
    lead = with_dashboard(school)
    governor_id = find_account(lead, load_state(lead), OVERSIGHT)
    staff = school.staff()
    record(staff, ZOFIA, "Counted while the governor had the dashboard")
    sign_out(staff)  # its counts are written as the session ends, while the governor still has the dashboard
    disable_account(lead, governor_id)
    kinds = lead_writes_afterwards(school, lead)

    attacker = Attacker.with_files(school.store, OVERSIGHT, OVERSIGHT_PASS)
    before, after = attacker.split_at(status_entry(school, governor_id))
    assert EntryKind.METRICS in {kinds.get(r.id) for r in before if attacker.opens(r)}  # counts and clocks only
    assert EntryKind.METRICS in {kinds.get(r.id) for r in after}
    assert [(r.id, kinds.get(r.id)) for r in after if attacker.opens(r)] == []
