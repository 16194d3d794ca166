"""One child's file: the window's model, `chronology --json` and the referral pack's PDF say the same thing, field by
field, for a file with back-dated and late entries (issue 14, item 1)."""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, datetime
from html import unescape
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.cli import main as cli_main
from desktop_app.domain.ids import short_reference
from desktop_app.domain.lead.child_file import ChildFile
from desktop_app.domain.lead.file_parts import CHILD_LABELS
from desktop_app.reports.cells import day, when
from desktop_app.services.referral import ReferralAnswers, ReferralOptions, export_referral_pack
from desktop_app.services.state import load_state
from desktop_app.ui.lead.file_html import front_sheet_html
from desktop_app.ui.lead.file_view import load_file_view
from tests.conftest import LEAD, LEAD_PASS, School
from tests.rich_case import CHILD_FACTS, REFERRAL_FACTS, REFERRAL_MADE, ZOFIA, record_rich_case

PASSWORD = "pdf-password-1"


def flat(text: str) -> str:
    return " ".join(text.split())


def _pdf_words(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    assert reader.decrypt(PASSWORD)
    return flat("\n".join(page.extract_text() for page in reader.pages))


def _screen(school: School) -> ChildFile:
    lead = school.lead()
    pupil = load_state(lead).pupil_by_upn(ZOFIA)
    assert pupil is not None
    view = load_file_view(lead, pupil.pupil_id, False, audit=True)
    lead.close()
    return view.file


def _json(school: School, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> dict:
    monkeypatch.setattr("sys.stdin", io.StringIO(LEAD_PASS + "\n"))
    capsys.readouterr()
    code = cli_main(["--data-dir", str(school.data_dir), "chronology", ZOFIA, "--json", "--as", LEAD])
    assert code == 0
    return json.loads(capsys.readouterr().out)


def test_the_window_the_json_and_the_pdf_agree_on_every_field(
    school: School, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    case = record_rich_case(school)
    screen = _screen(school)
    data = _json(school, capsys, monkeypatch)
    out = tmp_path / "pack.pdf"
    answers = ReferralAnswers("A pattern of marks.", True, True, contact="024 7600 0000")
    export_referral_pack(school.lead(), ZOFIA, out, PASSWORD, ReferralOptions(), answers)
    words = _pdf_words(out)
    zone = screen.zone

    # The chronology: the same rows, in the same order, with the same fields.
    assert [row for row in data["entries"]] == [
        {**item.to_json(), "red_flags": [f.to_json() for f in screen.flags_at(item.entry_id)],
         "child": screen.pupil_names.get(item.pupil_id, "")}
        for item in screen.chronology
    ]  # fmt: skip
    late = [item for item in screen.chronology if item.entry_id in case.concerns and item.recorded_late]
    assert len(late) == 4  # every concern was written down long after it happened
    for item in screen.chronology:
        assert short_reference(item.entry_id) in words
        assert when(item.occurred_at, zone) in words
        for text in (item.childs_words, item.present, item.location, item.outcome, item.recorded_by):
            assert flat(text) in words, (item.kind, text)
        if item.recorded_late:
            assert f"written down {when(item.recorded_at, zone)}" in words
    concern_rows = [item for item in screen.chronology if item.kind == "concern"]
    assert {item.childs_words for item in concern_rows} >= {"Mummy's friend pushed me", "There was no dinner"}

    # Red flags: evaluated once, the same everywhere.
    assert [f["reason"] for f in data["red_flags"]] == [f.reason for f in screen.flags]
    assert screen.flags
    for flag in screen.flags:
        assert flat(flag.reason) in words

    # The front sheet: the agency status that stands is the one that happened last (a back-dated "ended" written
    # later does not end the plan), on screen, in the JSON and in the PDF.
    sheet = screen.front_sheet
    assert [(a.status, a.since) for a in sheet.agencies] == [("cp-plan", datetime(2024, 1, 10, 10, tzinfo=UTC))]
    assert [(a["status"], a["since"]) for a in data["front_sheet"]["agencies"]] == [
        ("cp-plan", "2024-01-10T10:00:00+00:00")
    ]
    assert "Child-protection plan since 10 Jan 2024" in words and "Sam Worker, social worker" in words
    assert [m["name"] for m in data["front_sheet"]["household"]] == [m.name for m in sheet.members]
    for member in sheet.members:
        assert member.name in words and member.relationship in words
    assert {"Marta Łuczak", "Dariusz Nowak", "Jakub (Kuba) Łuczak"} <= {m.name for m in sheet.members}
    # The people around the child: every field of every member, the adults first, the same in all three.
    html = flat(unescape(re.sub(r"<[^>]+>", " ", front_sheet_html(screen, REFERRAL_MADE.date()))))  # as shown
    fields = ("name", "relationship", "parental_responsibility", "address", "school", "focus_of_referral", "contact",
              "language", "interpreter_needed", "notes")  # fmt: skip
    for row, member in zip(data["front_sheet"]["household"], sheet.members, strict=True):
        assert {f: row[f] for f in fields} == {f: getattr(member, f) for f in fields}
        assert row["date_of_birth"] == (member.date_of_birth.isoformat() if member.date_of_birth else None)
        assert (row["adult_id"] or "") == member.adult_id
        for text in (member.name, member.relationship, member.contact, member.language, member.address):
            assert flat(text) in words and flat(text) in html, text
        if member.date_of_birth:
            assert day(member.date_of_birth) in words and day(member.date_of_birth) in html
    adults = [m for m in sheet.members if m.adult_id]
    assert [m.name for m in adults] == ["Marta Łuczak", "Dariusz Nowak"] and sheet.members[: len(adults)] == tuple(
        adults
    )
    marta, nowak = adults
    assert (marta.contact, marta.language, marta.interpreter_needed, marta.focus_of_referral) == (
        "07700 900123", "Polish", True, False)  # fmt: skip
    assert nowak.focus_of_referral is True and nowak.interpreter_needed is False
    assert "Interpreter needed" in words and "No interpreter needed" in words
    assert "Polish (interpreter needed)" in html

    # The referral form's facts: recorded ones printed word for word, gaps as gaps, the same in all three.
    facts = screen.referral_facts
    assert data["referral_facts"] == facts.to_json()
    recorded = {name: value for name, value in facts.to_json().items() if value is not None}
    assert set(recorded) == set(CHILD_FACTS) | set(REFERRAL_FACTS)
    assert facts.nhs_number == "943 476 5919" and facts.interpreter_needed is False
    for label, value in (*facts.child_rows(), *facts.assessment_rows()):
        shown = {True: "Yes", False: "No", None: "not recorded"}.get(value, value)  # type: ignore[arg-type]
        if label == CHILD_LABELS["other_names"]:  # the PDF prints them once, in the front sheet's "Other names"
            assert flat(f"Other names {sheet.other_names or 'not recorded'}") in words
            assert flat(f"{label} ") not in words, "other names printed twice"
        else:
            assert flat(f"{label} {shown}") in words, label
        assert flat(f"{label} { ({True: 'yes', False: 'no'}.get(value, value) or 'not recorded') }") in html, label
    assert "Disability / special educational needs not recorded" in words  # a gap, never "none"

    assert data["front_sheet"]["file_status_words"] == sheet.file_status_words
    assert f"File status: {sheet.file_status_words}" in words

    # Retention (date of birth + 25 years): the same on screen, in the JSON and in the PDF.
    assert sheet.retention is not None and sheet.retention.retain_until == sheet.pupil.date_of_birth.replace(
        year=sheet.pupil.date_of_birth.year + 25
    )
    kept = f"Kept until {day(sheet.retention.retain_until)} (date of birth + 25 years)"
    assert data["front_sheet"]["retention"]["retain_until"] == sheet.retention.retain_until.isoformat()
    assert data["front_sheet"]["retention"]["status"] == "running"
    assert f"Retention {kept}" in words and f"Retention {kept}" in html

    # The decision a pack stands on, and the referral's own time.
    assert screen.decision is not None and data["decision"]["entry_id"] == screen.decision.decision.entry_id
    assert data["decision"]["rationale"] in words and "Refer to children's social care" in words
    assert f"Date and time of referral {when(REFERRAL_MADE, zone)}" in words
    assert [r["entry_id"] for r in data["referrals"]] == [case.referral_id]
    assert "MASH-2024-0412" in words

    # Times in the school's zone, with its name; the title fits the purpose; plurals; acknowledgements say who.
    assert "Mon 25 Mar 2024 14:40 GMT" in words
    assert words.startswith("Referral to children's social care")
    assert "occasion(s)" not in words and "entry(ies)" not in words and "1 entries" not in words
    assert "3 occasions on which injuries were recorded" in words
    assert "acknowledged by Alice Lead (a.lead)" in words or "acknowledged by Alice Lead" in words
    assert day(sheet.pupil.date_of_birth) in words


def test_a_pack_after_a_decision_to_monitor_is_a_chronology_summary_and_gaps_are_gaps(
    school: School, tmp_path: Path
) -> None:
    from tests.unit.test_reports import record_history

    record_history(school, 2)
    lead = school.lead()
    state = load_state(lead)
    from desktop_app.services.decisions import record_decision

    concern = next(iter(state.concerns))
    record_decision(lead, state, concern, "monitor", "Explained by a fall in the playground")
    out = tmp_path / "pack.pdf"
    export_referral_pack(lead, ZOFIA, out, PASSWORD)
    words = _pdf_words(out)
    assert words.startswith("Chronology summary for a meeting")
    assert "Referral to children's social care" not in words
    assert "Date and time of referral" not in words
    # Nothing recorded about other agencies: a gap, never "none".
    assert "No other agency's involvement is recorded in this school's file; that does not mean there is none" in words
    assert "none recorded" not in words.lower()
