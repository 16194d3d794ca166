"""Referral packs and the recovery sheet: encrypted PDFs (AES-256, revision 6) that show the whole record."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.domain import bodymap
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.ids import short_reference
from desktop_app.domain.lead.child_file import child_file
from desktop_app.domain.records import Concern, InjuryMark, Pupil, Role, SchoolState, StaffMember
from desktop_app.reports import inputs as rp
from desktop_app.reports.encryption import PERMISSIONS, WeakPdfPassword, encrypt_pdf
from desktop_app.reports.fonts import BOLD, REGULAR, string_width
from desktop_app.reports.recovery_sheet import RecoverySheetInput, build_recovery_sheet
from desktop_app.reports.referral_pack import build_referral_pack
from desktop_app.reports.text import clean, wrap
from desktop_app.services.concerns import check_concerns, record_concerns
from desktop_app.services.directory import load_directory
from desktop_app.services.errors import ServiceError
from desktop_app.services.referral import ReferralAnswers, ReferralOptions, export_referral_pack
from desktop_app.services.state import load_state
from tests.conftest import School

PDF_PASSWORD = "pdf-password-1"
ZOFIA = "A123456789012"
HOSTILE = (
    'Mum\'s <font color="red">partner</font> & "Uncle" said <br/> '
    + "X" * 400
    + " שלום مرحبا 😢 \u202eevil\u202c Łuczak Ахмед"
)


def record_history(school: School, count: int = 3) -> list[str]:
    """A member of staff records `count` concerns about Zofia Łuczak, each with marks; returns the entry ids."""
    staff = school.staff()
    directory = load_directory(staff)
    base = datetime(2024, 3, 4, 9, 15, tzinfo=UTC)
    items = []
    for i in range(count):
        items.append(
            {
                "pupil": ZOFIA,
                "category": "physical-abuse",
                "occurred_at": (base + timedelta(days=9 * i)).isoformat(),
                "what_happened": HOSTILE if i == 1 else f"Entry {i}: I saw bruises on Zofia's arm at break time.",
                "childs_words": "Mummy's friend grabbed me",
                "action_taken": f"Told the DSL, visit {i}",
                "injuries": [
                    {"view": "front", "x": 0.27, "y": 0.3, "region": "upper-arm-right", "type": "bruise", "size_cm": 3},
                    {
                        "view": "head-left",
                        "x": 0.55,
                        "y": 0.62,
                        "region": "cheek-left",
                        "type": "scratch",
                        "explanation": f"She said the cat did it ({i})",
                    },
                ][: 1 + i % 2],
            }
        )
    recorded = record_concerns(staff, directory, check_concerns(directory, items))
    staff.close()
    return [r.entry_id for r in recorded]


def open_pdf(data: bytes, password: str = PDF_PASSWORD) -> tuple[PdfReader, str]:
    """The reader (after checking it needs the password and is AES-256 revision 6) and all its text."""
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    assert not reader.decrypt("wrong-password-0")
    reader = PdfReader(io.BytesIO(data))
    assert reader.decrypt(password)
    encrypt = reader.trailer["/Encrypt"]
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)
    assert encrypt["/CF"]["/StdCF"]["/CFM"] == "/AESV3"  # AES-256
    assert encrypt["/P"] & 0xFFF == PERMISSIONS & 0xFFF
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_referral_pack_shows_the_child_every_entry_and_every_mark(school: School, tmp_path: Path) -> None:
    ids = record_history(school)
    lead = school.lead()
    out = tmp_path / "pack.pdf"
    answers = ReferralAnswers(summary="Three injuries in three weeks.", parents_know=False, why_not="Risk to Zofia")
    done = export_referral_pack(lead, ZOFIA, out, PDF_PASSWORD, ReferralOptions(purpose="referral-csc"), answers)
    reader, text = open_pdf(out.read_bytes())
    words = flat(text)
    assert "Łuczak" in text and "Zofia" in text
    assert "Three injuries in three weeks." in words and "Risk to Zofia" in words
    assert "Carys Teacher" in words  # internal version: staff by name
    state = load_state(lead)
    for entry_id in ids:
        assert short_reference(entry_id) in words
        assert state.concerns[entry_id].what_happened.split(":")[0][:20] in words
        for mark in state.concerns[entry_id].injuries:
            assert bodymap.region_name(mark.region) in words
    assert "She said the cat did it (1)" in words
    assert "All marks over time" in words
    assert "Referral to children's social care" in words and "Mummy's friend grabbed me" in words
    assert "occasion(s)" not in words and "3 occasions on which injuries were recorded" in words
    pages = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        page_text = flat(page.extract_text())
        assert f"Page {number} of {pages}" in page_text
        assert "OFFICIAL-SENSITIVE" in page_text and done.pack_id in page_text
    last = flat(reader.pages[-1].extract_text())
    for entry_id in ids:
        record = lead.store.log.get(entry_id)
        assert record is not None and record.hash.hex() in last.replace(" ", "")
    accesses = [a for a in load_state(lead).lead.accesses.values() if a.kind == EntryKind.FILE_EXPORTED]
    assert len(accesses) == 1 and done.pack_id in accesses[0].detail


def test_external_version_keeps_names_and_roles_and_marking_is_configurable(school: School, tmp_path: Path) -> None:
    record_history(school, 2)
    lead = school.lead()
    out = tmp_path / "external.pdf"
    options = ReferralOptions(external=True, marking="OFFICIAL-SENSITIVE PERSONAL")
    export_referral_pack(lead, ZOFIA, out, PDF_PASSWORD, options)
    reader, text = open_pdf(out.read_bytes())
    words = flat(text)
    # Police and social care must be able to contact the referrer and the staff who saw the marks.
    assert "Carys Teacher (Year 1 teacher)" in words and "Alice Lead" in words
    assert "External version" in words and "The school marks nothing internal" in words
    assert all("OFFICIAL-SENSITIVE PERSONAL" in page.extract_text() for page in reader.pages)


def test_hostile_text_is_printed_as_written_and_wraps(school: School, tmp_path: Path) -> None:
    record_history(school, 2)
    out = tmp_path / "pack.pdf"
    export_referral_pack(school.lead(), ZOFIA, out, PDF_PASSWORD, ReferralOptions(family=True))
    _, text = open_pdf(out.read_bytes())
    words = flat(text)
    assert '<font color="red">partner</font> &' in words
    assert "[crying face]" in words and "[right-to-left override]evil" in words
    assert "X" * 40 in text and "X" * 400 not in text  # the long word was cut across lines


def test_a_weak_pdf_password_or_unknown_pupil_writes_nothing(school: School, tmp_path: Path) -> None:
    lead = school.lead()
    out = tmp_path / "pack.pdf"
    with pytest.raises(ServiceError, match="at least 8"):
        export_referral_pack(lead, ZOFIA, out, "short")
    with pytest.raises(ServiceError, match="No pupil"):
        export_referral_pack(lead, "Z999999999999", out, PDF_PASSWORD)
    with pytest.raises(ServiceError, match="does not exist"):
        export_referral_pack(lead, ZOFIA, tmp_path / "missing" / "pack.pdf", PDF_PASSWORD)
    assert [p.name for p in tmp_path.iterdir()] == ["school"]
    with pytest.raises(WeakPdfPassword):
        encrypt_pdf(b"%PDF-1.4", "x" * 200)


def test_only_a_lead_can_export(school: School, tmp_path: Path) -> None:
    with pytest.raises(ServiceError, match="designated safeguarding lead"):
        export_referral_pack(school.staff(), ZOFIA, tmp_path / "pack.pdf", PDF_PASSWORD)


def sample_state(entries: int = 12, events: int = 3, hostile: str = HOSTILE) -> SchoolState:
    """A school's folded state made directly (no store): one child with `entries` concerns, the first `events` of
    them with marks on every view."""
    state = SchoolState(school_id="school", school_name="Hillside Primary School")
    pupil = Pupil("p1", ZOFIA, "Zofia", "Łuczak", "Zosia", date(2021, 3, 4), "Female", address=hostile)
    state.pupils[pupil.pupil_id] = pupil
    state.staff["t1"] = StaffMember("t1", "carys", "Carys Teacher", Role.STAFF, "Year 1 teacher")
    state.staff["l1"] = StaffMember("l1", "alice", "Alice Lead", Role.LEAD, "Designated Safeguarding Lead")
    base = datetime(2024, 1, 8, 9, 30, tzinfo=UTC)
    views = list(bodymap.VIEWS)  # every view a mark can be on, the backs of the hands too
    for i in range(entries):
        at = base + timedelta(days=i, hours=i % 5)
        what = hostile if i == 1 else f"Entry {i}: I (Carys Teacher, Year 1 teacher) saw Zofia holding her arm. " * 3
        marks = []
        if i < events:
            for k in range(1 + i % 4):
                view = views[(i + k) % len(views)]
                region = bodymap.regions_for(view)[-1 - k % 2]
                x = sum(p[0] for p in region.polygon) / len(region.polygon)
                y = sum(p[1] for p in region.polygon) / len(region.polygon)
                marks.append(InjuryMark(view, x, y, region.code, "bruise", 2.0, "round", "purple", False))
        concern_id = f"0190{i:04d}-0000-7000-8000-{i:012d}"
        state.concerns[concern_id] = Concern(
            concern_id, "p1", "t1", at, at, "physical-abuse", what, "Playground", "It hurts", injuries=tuple(marks)
        )
    return state


def sample_pack(entries: int = 12, events: int = 3, hostile: str = HOSTILE) -> rp.ReferralPackInput:
    """A pack input made directly from a state (no store): `entries` concerns, `events` of them with body maps."""
    state = sample_state(entries, events, hostile)
    made = datetime(2024, 4, 1, 12, 0, tzinfo=UTC)
    file = child_file(state, "p1", made, region_name=bodymap.region_name)
    return rp.ReferralPackInput(
        pack_id="RP-TEST-0001",
        generated_at=made,
        file=file,
        referrer=rp.Referrer(file.who("l1"), "Hillside Primary School"),
        included=tuple(rp.IncludedEntry(c, "concern", "ab" * 32) for c in state.concerns),
    )


def test_pack_built_from_plain_input_has_a_page_per_body_map_and_a_layered_page() -> None:
    pack = sample_pack(entries=4, events=3)
    reader, text = open_pdf(encrypt_pdf(build_referral_pack(pack), PDF_PASSWORD))
    words = flat(text)
    for index in (1, 2, 3):
        assert f"Body map {index} of 3" in words
    starts = [i for i, page in enumerate(reader.pages) if "Body map 1 of 3" in page.extract_text()]
    assert len(starts) == 1
    assert "Sites marked on more than one occasion" in words or "All marks over time" in words
    assert "No summary has been written" in words and "No decision is recorded yet" in words


def test_every_view_is_drawn_in_a_pack_with_its_title_and_the_childs_sides() -> None:
    pack = sample_pack(entries=6, events=6)  # marks on all six views, the backs of the hands among them
    assert {m.view for o in pack.file.occasions for m in o.marks} == set(bodymap.VIEWS)
    _reader, text = open_pdf(encrypt_pdf(build_referral_pack(pack), PDF_PASSWORD))
    words = flat(text)
    assert "Backs of the hands (the child faces away)" in words and "Hands, palms towards you" in words
    assert "hands, backs" in words


@pytest.mark.parametrize("word", ["W" * 3000, "😀" * 300, "<b>" * 500, "\u202e" * 100])
def test_any_single_long_word_builds(word: str) -> None:
    pack = sample_pack(entries=2, events=1, hostile=word)
    data = build_referral_pack(pack)
    assert data.startswith(b"%PDF")


def test_clean_and_wrap_keep_every_character_and_fit_the_width() -> None:
    text = clean("a\tb\r\nc 😀 \u0007 Łuczak")
    assert text == "a b\nc [grinning face] [U+0007] Łuczak"
    lines = wrap("Z" * 300 + " short words here", REGULAR, 9, 100)
    assert all(string_width(line, REGULAR, 9) <= 100 for line in lines)
    assert "".join(line.replace(" ", "") for line in lines) == "Z" * 300 + "shortwordshere"
    assert len(lines) > 3
    assert wrap("", BOLD, 9, 100) == [""]


def test_recovery_sheet_is_one_page_with_the_code() -> None:
    sheet = RecoverySheetInput(
        "Hillside Primary School", "7K2QD-9XAM3-PV0RT-N1234-56789-ABCDE", datetime.now(UTC), "Alice Lead"
    )
    reader = PdfReader(io.BytesIO(build_recovery_sheet(sheet)))
    assert len(reader.pages) == 1
    text = flat(reader.pages[0].extract_text())
    assert "7K2QD-9XAM3-PV0RT-N1234-56789-ABCDE" in text and "NOT encrypted" not in text
    assert "not encrypted" in text and "school safe" in text
