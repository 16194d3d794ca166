"""Attendance in the packs (issue 17, item 4): the referral and transfer packs print what the lead's window shows
beside the chronology, from the one child-file model: the figures and persistent absence on the child's details, the
absence around each injury on its body-map page, and the absence-after-injuries red flag."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop_app.services.attendance import import_attendance
from desktop_app.services.concerns import read_child_file_by_upn
from desktop_app.services.referral import ReferralOptions, export_referral_pack
from desktop_app.services.session import Session
from desktop_app.services.transfer import export_transfer
from tests.conftest import School
from tests.transfer_story import PASSWORD, PDF_PASSWORD
from tests.unit.test_attendance import UPN, UPN2, present, sessions_csv, weekdays
from tests.unit.test_reports import flat, open_pdf
from tests.unit.test_triage import record

TODAY = date(2026, 12, 4)


def _injury(lead: Session, when: str, region: str) -> str:
    mark = {"view": "front", "x": 0.6, "y": 0.3, "region": region, "type": "bruise",
            "explanation": "don't know", "given_by": "child"}  # fmt: skip
    return record(lead, UPN, f"Bruise on the {region}", occurred_at=when, injuries=[mark])


def _kept_at_home_after_two_injuries(school: School) -> None:
    """Two unexplained injuries, each followed by the next school day missed; ten days missed in September."""
    lead = school.lead()
    _injury(lead, "2026-10-06T10:00:00+00:00", "upper-arm-left")
    _injury(lead, "2026-11-09T10:00:00+00:00", "cheek-left")
    zofia = present(
        date(2026, 9, 7), date(2026, 11, 27), {date(2026, 10, 7): ("I", "I"), date(2026, 11, 10): ("N", "N")}
    )
    for day in weekdays(date(2026, 9, 7), date(2026, 9, 18)):
        zofia[day] = ("N", "N")
    import_attendance(lead, sessions_csv({UPN: zofia, UPN2: present(date(2026, 9, 7), date(2026, 11, 27))}),
                      today=TODAY)  # fmt: skip


def _says_what_the_window_shows(words: str) -> None:
    assert (
        "Attendance 80.0% of 120 possible sessions, 07 Sep 2026 to 27 Nov 2026; 24 missed (2 authorised, "
        "22 unauthorised)" in words
    ), words[:3000]
    assert "PERSISTENT ABSENCE (below 90% of possible sessions)" in words
    assert "Absent after injuries 2 times" in words  # the red flag, with its reason
    assert "after the injury on" in words and "Tue 10 Nov AM N" in words
    # on the second injury's body-map page, beside its marks, as the window's body-map history says it
    assert "Attendance: present every session in the 3 school days before; absent the school day after" in words


def test_the_referral_pack_shows_attendance_as_the_window_does(school: School, tmp_path: Path) -> None:
    _kept_at_home_after_two_injuries(school)
    file = read_child_file_by_upn(school.lead(), UPN)
    assert file.front_sheet.persistent_absence and len(file.bodymap.absence) == 2
    out = tmp_path / "pack.pdf"
    export_referral_pack(school.lead(), UPN, out, PDF_PASSWORD, ReferralOptions(purpose="referral-csc"))
    _, text = open_pdf(out.read_bytes(), PDF_PASSWORD)
    words = flat(text)
    _says_what_the_window_shows(words)
    body_maps = words[words.index("Body map 2 of 2") :]
    said = body_maps.index("absent the school day after (Tue 10 Nov AM N")
    assert body_maps.index("What happened: Bruise on the cheek") < said < body_maps.index("Explanation given")


def test_the_transfer_pack_shows_attendance_as_the_window_does(school: School, tmp_path: Path) -> None:
    _kept_at_home_after_two_injuries(school)
    out = tmp_path / "out"
    out.mkdir()
    sent = export_transfer(school.lead(), UPN, "Riverside Academy", out, PDF_PASSWORD, PASSWORD)
    _, text = open_pdf(sent.pdf.read_bytes(), PDF_PASSWORD)
    _says_what_the_window_shows(flat(text))


def test_a_pack_says_when_no_attendance_is_imported(school: School, tmp_path: Path) -> None:
    _injury(school.lead(), "2026-11-09T10:00:00+00:00", "cheek-left")
    out = tmp_path / "pack.pdf"
    export_referral_pack(school.lead(), UPN, out, PDF_PASSWORD)
    words = flat(open_pdf(out.read_bytes(), PDF_PASSWORD)[1])
    assert "Attendance no marks imported from the school's MIS" in words
    assert "PERSISTENT ABSENCE" not in words and "Attendance: " not in words
