"""Shared test set-up: offscreen Qt, the test-only cheap Argon2id cost, and fresh encrypted stores."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # must precede any Qt import: without a display Qt aborts the run

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app.crypto import kdf
from desktop_app.domain.records import Role
from desktop_app.services.accounts import add_staff, create_school
from desktop_app.services.directory import import_roster
from desktop_app.services.file_keys import HUB_SHELF_SETTING, SHELF_ABSENT
from desktop_app.services.session import Session, sign_in
from desktop_app.services.store import SchoolStore

kdf.use_test_cost()  # the test-only switch is a call in this process, never the environment (crypto/kdf.py)

LEAD, LEAD_PASS = "a.lead", "lead-passphrase-1"
LEAD2, LEAD2_PASS = "b.deputy", "deputy-passphrase-2"
STAFF, STAFF_PASS = "c.teacher", "teacher-password-3"
STAFF2, STAFF2_PASS = "d.assistant", "assistant-password-4"
OVERSIGHT, OVERSIGHT_PASS = "e.governor", "governor-password-5"

ROSTER_CSV = (
    "upn,forename,surname,preferred_name,date_of_birth,gender,year_group,reg_group,address,postcode\n"
    "A123456789012,Zofia,Łuczak,,2021-03-04,Female,R,RA,12 Mill Lane Coventry,CV1 2AB\n"
    "A123456789013,Jakub,Łuczak,Kuba,2018-06-10,Male,3,3B,12 Mill Lane Coventry,CV1 2AB\n"
    "B123456789014,Ахмед,Krężołek,,2016-01-20,Male,5,5A,4 Elm Grove Coventry,CV2 3CD\n"
    "C123456789015,Şeyma,Yılmaz,,2015-09-01,Female,6,6C,9 Park View Coventry,CV3 4EF\n"
).encode()


@dataclass
class School:
    """A fresh school store with two leads, two staff and an oversight account, and four pupils."""

    data_dir: Path
    store: SchoolStore
    recovery_code: str

    def sign_in(self, username: str, password: str) -> Session:
        return sign_in(self.store, username, password, sleep=lambda _s: None)

    def lead(self) -> Session:
        return self.sign_in(LEAD, LEAD_PASS)

    def staff(self) -> Session:
        return self.sign_in(STAFF, STAFF_PASS)


def make_school(data_dir: Path, name: str = "Hillside Primary School", *, hub_shelf: bool = True) -> School:
    """With `hub_shelf` False, a PC meant for a hub with no key shelf (schema 1 or 2): its records are written
    without file keys (services/file_keys.py), as its first sync with such a hub would set."""
    store, code = create_school(data_dir, name, LEAD, "Alice Lead", LEAD_PASS)
    if not hub_shelf:
        store.settings.set(HUB_SHELF_SETTING, SHELF_ABSENT)
    lead = sign_in(store, LEAD, LEAD_PASS)
    add_staff(lead, LEAD2, "Bilal Deputy", Role.LEAD, LEAD2_PASS, "Deputy DSL")
    add_staff(lead, STAFF, "Carys Teacher", Role.STAFF, STAFF_PASS, "Year 1 teacher")
    add_staff(lead, STAFF2, "Dev Assistant", Role.STAFF, STAFF2_PASS, "Teaching assistant")
    add_staff(lead, OVERSIGHT, "Erin Governor", Role.OVERSIGHT, OVERSIGHT_PASS, "Safeguarding governor")
    import_roster(lead, ROSTER_CSV)
    lead.close()
    return School(data_dir, store, code)


@pytest.fixture
def school(tmp_path: Path) -> Iterator[School]:
    made = make_school(tmp_path / "school")
    yield made
    made.store.close()
