"""Who a concern was shared with, recorded from JSON, is in the child's file, `chronology --json`, the referral and
transfer packs and the lead's page; a concern written before it was recorded shows it as not recorded."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from desktop_app.services.concerns import check_concerns, child_file_json, read_child_file, record_concerns
from desktop_app.services.directory import load_directory
from desktop_app.services.referral import ReferralAnswers, ReferralOptions, export_referral_pack
from desktop_app.services.state import load_state
from desktop_app.services.transfer.export import export_transfer
from desktop_app.ui.lead.file_html import concern_html
from tests.conftest import School
from tests.unit.test_reports import PDF_PASSWORD, ZOFIA, flat, open_pdf
from tests.unit.test_transfer import PASSWORD
from tests.unit.test_transfer import PDF_PASSWORD as TRANSFER_PDF_PASSWORD

SHARED = "Alice Lead (DSL) in person; Mrs Anna Łuczak (mother) by phone"


def _record(school: School) -> tuple[str, str]:
    staff = school.staff()
    directory = load_directory(staff)
    item = {"pupil": ZOFIA, "category": "neglect", "occurred_at": datetime(2024, 3, 4, 9, 15, tzinfo=UTC).isoformat(),
            "what_happened": "Zofia was hungry at breakfast club and took food from the bin."}  # fmt: skip
    older = {**item, "what_happened": "Zofia came in without a coat in the snow."}  # no shared_with, as before
    ids = [
        r.entry_id
        for r in record_concerns(staff, directory, check_concerns(directory, [{**item, "shared_with": SHARED}, older]))
    ]
    staff.close()
    return ids[0], ids[1]


def test_it_is_in_the_childs_file_and_chronology_json(school: School) -> None:
    shared, older = _record(school)
    lead = school.lead()
    state = load_state(lead)
    assert (state.concerns[shared].shared_with, state.concerns[older].shared_with) == (SHARED, "")
    opened = read_child_file(lead, state.concerns[shared].pupil_id)
    rows = {row.entry_id: row for row in opened.chronology}
    assert (rows[shared].shared_with, rows[older].shared_with) == (SHARED, "")
    entries = {row["entry_id"]: row for row in child_file_json(opened, datetime.now(UTC))["entries"]}
    assert (entries[shared]["shared_with"], entries[older]["shared_with"]) == (SHARED, "")
    page = concern_html(state, state.concerns[shared], {})
    assert "Who it was shared with" in page and "Mrs Anna Łuczak (mother)" in page
    assert "Who it was shared with" not in concern_html(state, state.concerns[older], {})  # nothing to show


def test_it_is_in_the_packs(school: School, tmp_path: Path) -> None:
    _record(school)
    lead = school.lead()
    answers = ReferralAnswers(summary="Hungry.", parents_know=True)
    referral = tmp_path / "pack.pdf"
    export_referral_pack(lead, ZOFIA, referral, PDF_PASSWORD, ReferralOptions(purpose="referral-csc"), answers)
    words = flat(open_pdf(referral.read_bytes())[1])
    assert "Shared with:" in words and flat(SHARED) in words
    out = tmp_path / "transfer"
    out.mkdir()
    sent = export_transfer(lead, ZOFIA, "Riverside Academy", out, TRANSFER_PDF_PASSWORD, PASSWORD)
    words = flat(open_pdf(sent.pdf.read_bytes(), TRANSFER_PDF_PASSWORD)[1])
    assert "Who it was shared with" in words and flat(SHARED) in words
