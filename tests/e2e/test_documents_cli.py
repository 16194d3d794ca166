"""Documents on the command line, end to end (issue 17, item 1): `document attach UPN PATH --as LEAD` stores a file
in chunk entries, `document list` names it, `document save` writes it back byte for byte; a second copy of the same
file adds no chunks; a member of staff is refused; an image is refused on a concern with injury marks."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.conftest import LEAD, LEAD_PASS, STAFF, STAFF_PASS
from tests.e2e.conftest import CliSchool, assert_one_error, entry_count, run_cli
from tests.e2e.test_lead_workflow_cli import BRUISE, concern, record

ZOFIA = "A123456789012"
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
