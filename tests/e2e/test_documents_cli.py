"""Documents on the command line, end to end (issue 17, item 1): `document attach UPN PATH --as LEAD` stores a file
in chunk entries, `document list` names it, `document save` writes it back byte for byte; a second copy of the same
file adds no chunks; a member of staff is refused; an image is refused on a concern with injury marks."""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from reportlab.pdfgen import canvas

from tests.conftest import LEAD, LEAD_PASS, STAFF, STAFF_PASS
from tests.e2e.conftest import CliSchool, assert_one_error, entry_count, run_cli
from tests.e2e.test_lead_workflow_cli import BRUISE, concern, record
from tests.unit.test_reports import flat, open_pdf

ZOFIA = "A123456789012"
PDF_PASS = "pdf-password-2"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


@pytest.fixture
def school(cli_school_template: CliSchool, tmp_path: Path) -> Path:
    data_dir = tmp_path / "school"
    shutil.copytree(cli_school_template.data_dir, data_dir)
    return data_dir


def lead(data_dir: Path, *args: str):
    return run_cli(data_dir, *args, "--as", LEAD, secrets=[LEAD_PASS])


def _largest_entry(data_dir: Path) -> int:
    with closing(sqlite3.connect(f"file:{data_dir / 'school.sqlite3'}?mode=ro", uri=True)) as conn:
        return conn.execute("SELECT max(length(sealed)) FROM entries").fetchone()[0]


def test_a_lead_attaches_lists_and_saves_a_document(school: Path, tmp_path: Path) -> None:
    minutes = tmp_path / "CP conference minutes.pdf"
    body = b"%PDF-1.7\n" + os.urandom(3 * 1024 * 1024)  # 3 MiB: seven chunks
    minutes.write_bytes(body)
    held = entry_count(school)
    ran = lead(school, "document", "attach", ZOFIA, str(minutes), "--description", "Initial CP conference")
    assert ran.code == 0, ran.err
    assert "Attached 'CP conference minutes.pdf' (a PDF, 3.0 MB)" in ran.out
    written = entry_count(school) - held
    assert 8 <= written <= 12  # seven chunks, the document, a batch key, the audit of nothing else
    assert _largest_entry(school) < 600 * 1024  # never one 3 MiB entry
    again = lead(school, "document", "attach", ZOFIA, str(minutes))
    assert again.code == 0, again.err
    assert "7 of its 7 chunks were already held and are stored once" in again.out
    listed = lead(school, "document", "list", ZOFIA, "--json")
    assert listed.code == 0, listed.err
    documents = json.loads(listed.out)["documents"]
    assert [d["name"] for d in documents] == ["CP conference minutes.pdf"] * 2
    assert documents[0]["description"] == "Initial CP conference" and documents[0]["size"] == len(body)
    out = tmp_path / "saved.pdf"
    saved = lead(school, "document", "save", documents[0]["document_id"], str(out))
    assert saved.code == 0, saved.err
    assert out.read_bytes() == body
    refused = lead(school, "document", "save", documents[0]["document_id"], str(out))
    assert "already exists" in assert_one_error(refused)
    chronology = lead(school, "chronology", ZOFIA, "--json")
    assert chronology.code == 0, chronology.err
    rows = [r for r in json.loads(chronology.out)["entries"] if r["kind"] == "document"]
    assert len(rows) == 2 and "CP conference minutes.pdf" in rows[0]["summary"]
    audit = lead(school, "audit", ZOFIA)
    assert audit.code == 0, audit.err
    assert "exported (document)" in audit.out


def test_staff_cannot_attach_and_images_stay_off_injuries(school: Path, tmp_path: Path) -> None:
    photo = tmp_path / "arm.png"
    photo.write_bytes(PNG)
    held = entry_count(school)
    by_staff = run_cli(school, "document", "attach", ZOFIA, str(photo), "--as", STAFF, secrets=[STAFF_PASS])
    assert "Only a designated safeguarding lead" in assert_one_error(by_staff)
    [(reference, _cid, _upn)] = record(school, tmp_path, concern(ZOFIA, "Bruise on her arm", injuries=[BRUISE]))
    held = entry_count(school)
    refused = lead(school, "document", "attach", ZOFIA, str(photo), "--record", reference)
    assert "Photographs of injuries are not kept" in assert_one_error(refused)
    assert entry_count(school) == held
    letter = tmp_path / "letter.txt"
    letter.write_text("Letter from the GP about the bruise.\n", encoding="utf-8")
    allowed = lead(school, "document", "attach", ZOFIA, str(letter), "--record", reference)
    assert allowed.code == 0, allowed.err
    image_on_file = lead(school, "document", "attach", ZOFIA, str(photo))  # a scan, on the file itself
    assert image_on_file.code == 0, image_on_file.err


def _minutes_pdf() -> bytes:
    out = io.BytesIO()
    drawing = canvas.Canvas(out)
    for number in (1, 2, 3):
        drawing.drawString(72, 720, f"Core group minutes page {number}")
        drawing.showPage()
    drawing.save()
    return out.getvalue()


def test_packs_include_the_documents_chosen(school: Path, tmp_path: Path) -> None:
    minutes = tmp_path / "core group.pdf"
    minutes.write_bytes(_minutes_pdf())
    letter = tmp_path / "letter.txt"
    letter.write_text("Letter from the health visitor: Zofia was seen on Monday.\n", encoding="utf-8")
    scan = tmp_path / "body map on paper.png"
    image = QImage(200, 120, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    assert image.save(str(scan), "PNG")
    ids = []
    for path in (minutes, letter, scan):
        ran = lead(school, "document", "attach", ZOFIA, str(path))
        assert ran.code == 0, ran.err
        ids.append(ran.out.split(" as ", 1)[1].split(".", 1)[0])
    out = tmp_path / "pack.pdf"
    args = ("referral-pack", ZOFIA, "--as", LEAD, "--out", str(out))
    plain = run_cli(school, *args, secrets=[LEAD_PASS, PDF_PASS])
    assert plain.code == 0, plain.err
    assert " entries, no documents, AES-256)." in plain.out
    without, _ = open_pdf(out.read_bytes(), PDF_PASS)
    ran = run_cli(school, *args, "--with-document", ids[0], "--with-document", ids[1], secrets=[LEAD_PASS, PDF_PASS])
    assert ran.code == 0, ran.err
    reader, text = open_pdf(out.read_bytes(), PDF_PASS)
    words = flat(text)
    assert len(reader.pages) == len(without.pages) + 1 + 3 + 1  # a page about each, the minutes' three pages
    assert "Attached document 1 of 2" in words and "Core group minutes page 3" in words
    assert "Letter from the health visitor: Zofia was seen on Monday." in words
    assert " entries, 2 documents, AES-256)." in ran.out
    total = len(reader.pages)  # one numbering over the pack, the pages about each document and the minutes' own
    for number, page in enumerate(reader.pages, start=1):
        assert f"Page {number} of {total}" in page.extract_text(), number
    assert "Page 1 of 1" not in words and "OFFICIAL-SENSITIVE" in reader.pages[-2].extract_text()  # a minutes page
    every = run_cli(school, *args, "--with-documents", secrets=[LEAD_PASS, PDF_PASS])
    assert every.code == 0, every.err
    assert "Attached document 3 of 3" in flat(open_pdf(out.read_bytes(), PDF_PASS)[1])
    audit = lead(school, "audit", ZOFIA)
    assert ", 3 documents" in audit.out

    sent = run_cli(school, "transfer", "export", ZOFIA, "--to", "Hillside Academy", "--out-dir", str(tmp_path),
                   "--with-document", ids[2], "--as", LEAD, secrets=[LEAD_PASS, "", ""])  # fmt: skip
    assert sent.code == 0, sent.err
    assert " entries, 1 document in the bundle." in sent.out
    [pdf] = [p for p in tmp_path.glob("*.pdf") if p.name.startswith(ZOFIA)]
    password = sent.out.split("PDF password (made for you; read it out by telephone, never send it with the files):")
    _pack, text = open_pdf(pdf.read_bytes(), password[1].strip().splitlines()[0].strip())
    assert "Attached document 1 of 1" in flat(text) and "body map on paper.png" in flat(text)


def test_a_document_of_another_child_is_refused_in_a_pack(school: Path, tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text("About Jakub.\n", encoding="utf-8")
    ran = lead(school, "document", "attach", "A123456789013", str(letter))
    assert ran.code == 0, ran.err
    jakubs = ran.out.split(" as ", 1)[1].split(".", 1)[0]
    out = tmp_path / "pack.pdf"
    refused = run_cli(school, "referral-pack", ZOFIA, "--as", LEAD, "--out", str(out), "--with-document", jakubs,
                      secrets=[LEAD_PASS, PDF_PASS])  # fmt: skip
    assert "is not a document in this child's file" in assert_one_error(refused)
    assert not out.exists()


def test_a_lead_withdraws_a_document_and_it_leaves_lists_and_packs(school: Path, tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text("A letter filed in the wrong child's file.\n", encoding="utf-8")
    ran = lead(school, "document", "attach", ZOFIA, str(letter))
    assert ran.code == 0, ran.err
    document = ran.out.split(" as ", 1)[1].split(".", 1)[0]
    before = entry_count(school)
    by_staff = run_cli(school, "document", "withdraw", document, "--reason", "mine now", "--as", STAFF,
                       secrets=[STAFF_PASS])  # fmt: skip
    assert "Only a designated safeguarding lead" in assert_one_error(by_staff)
    assert entry_count(school) == before
    withdrawn = lead(school, "document", "withdraw", document, "--reason", "Belongs to another child's file")
    assert withdrawn.code == 0, withdrawn.err
    assert "Withdrew 'letter.txt' from the file" in withdrawn.out
    assert "No documents are attached" in lead(school, "document", "list", ZOFIA).out
    again = lead(school, "document", "withdraw", document, "--reason", "twice")
    assert "was withdrawn from the file on" in assert_one_error(again)
    saved = lead(school, "document", "save", document, str(tmp_path / "copy.txt"))
    assert "Belongs to another child's file" in assert_one_error(saved)
    rows = json.loads(lead(school, "chronology", ZOFIA, "--json").out)["entries"]
    [row] = [r for r in rows if r["kind"] == "document-withdrawn"]
    assert "letter.txt" in row["summary"] and "Reason: Belongs to another child's file" in row["summary"]
    out = tmp_path / "pack.pdf"
    refused = run_cli(school, "referral-pack", ZOFIA, "--as", LEAD, "--out", str(out), "--with-document", document,
                      secrets=[LEAD_PASS, PDF_PASS])  # fmt: skip
    assert "is not a document in this child's file" in assert_one_error(refused)
    every = run_cli(school, "referral-pack", ZOFIA, "--as", LEAD, "--out", str(out), "--with-documents",
                    secrets=[LEAD_PASS, PDF_PASS])  # fmt: skip
    assert every.code == 0 and "no documents" in every.out
