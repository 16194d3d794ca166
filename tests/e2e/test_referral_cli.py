"""The command line: referral pack, and a transfer between two schools' stores (one set up with a recovery sheet)."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader

from tests.conftest import LEAD, LEAD_PASS, STAFF, STAFF_PASS
from tests.e2e.conftest import CliSchool, assert_one_error, run_cli
from tests.unit.test_reports import flat, open_pdf

PDF_PASS = "pdf-password-2"
ZOFIA = "A123456789012"


def _record(school: CliSchool, tmp_path: Path) -> None:
    concern = {
        "pupil": ZOFIA,
        "category": "physical-abuse",
        "occurred_at": "2024-03-04T09:15:00+00:00",
        "what_happened": "I saw a bruise on Zofia's cheek at registration.",
        "injuries": [{"view": "head-left", "x": 0.55, "y": 0.62, "region": "cheek-left", "type": "bruise"}],
    }
    path = tmp_path / "concern.json"
    path.write_text(json.dumps(concern), encoding="utf-8")
    ran = run_cli(school.data_dir, "record", "--from", str(path), "--as", STAFF, secrets=[STAFF_PASS])
    assert ran.code == 0, ran.err


def test_referral_pack_from_the_command_line(cli_school: CliSchool, tmp_path: Path) -> None:
    _record(cli_school, tmp_path)
    out = tmp_path / "pack.pdf"
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"summary": "A bruise on the cheek of a child under 4.", "parents_know": True}))
    args = ("referral-pack", ZOFIA, "--as", LEAD, "--out", str(out), "--external", "--answers", str(answers))
    ran = run_cli(cli_school.data_dir, *args, "--marking", "OFFICIAL", secrets=[LEAD_PASS, PDF_PASS])
    assert ran.code == 0, ran.err
    assert "Referral pack RP-" in ran.out and "external version" in ran.out
    _, text = open_pdf(out.read_bytes(), PDF_PASS)
    words = flat(text)
    assert "Łuczak" in text and "left cheek" in words and "A bruise on the cheek of a child under 4." in words
    assert "Carys Teacher" in words  # the external version keeps who to contact; nothing is marked internal
    assert words.startswith("Chronology summary for a meeting")  # no decision to refer is recorded

    ran = run_cli(cli_school.data_dir, *args, "--purpose", "referral-police", secrets=[LEAD_PASS, PDF_PASS])
    assert ran.code == 0, ran.err
    _, text = open_pdf(out.read_bytes(), PDF_PASS)
    assert flat(text).startswith("Referral to the police") and "Date and time of referral not recorded" in flat(text)

    ran = run_cli(cli_school.data_dir, "referral-pack", ZOFIA, "--as", LEAD, "--out", str(tmp_path / "x.pdf"),
                  secrets=[LEAD_PASS, "short"])  # fmt: skip
    assert "at least 8" in assert_one_error(ran)
    assert not (tmp_path / "x.pdf").exists()


def _after(out: str, label: str) -> str:
    """The indented line under `label` in the command's output."""
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(label))
    return lines[at + 1].strip()


def test_transfer_between_two_schools_from_the_command_line(cli_school: CliSchool, tmp_path: Path) -> None:
    _record(cli_school, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    args = ("transfer", "export", ZOFIA, "--as", LEAD, "--to", "Riverside Academy", "--out-dir", str(out))
    ran = run_cli(cli_school.data_dir, *args, secrets=[LEAD_PASS, "password", ""])
    error = assert_one_error(ran)
    assert 'PDF password is refused: it contains the word "password"' in error and "Press Enter" in error
    ran = run_cli(cli_school.data_dir, *args, secrets=[LEAD_PASS, "", "Hillside Hillside Hillside Hillside"])
    assert "school's name" in assert_one_error(ran)
    assert list(out.iterdir()) == [], "nothing was written"

    ran = run_cli(cli_school.data_dir, *args, secrets=[LEAD_PASS, "", ""])  # Enter twice: both made for us
    assert ran.code == 0, ran.err
    pdf_password, passphrase = _after(ran.out, "PDF password (made"), _after(ran.out, "Bundle passphrase (made")
    fingerprint = _after(ran.out, "This school's fingerprint")
    assert len(pdf_password.split()) == 7 and len(passphrase.split()) == 7 and pdf_password != passphrase
    assert len(fingerprint) == 19 and fingerprint.count("-") == 3
    shown = run_cli(cli_school.data_dir, "transfer", "fingerprint")
    assert shown.code == 0 and _after(shown.out, "This school's fingerprint") == fingerprint, shown.err
    bundle = next(out.glob("*.cltransfer"))
    pdf = next(out.glob("*.pdf"))
    assert "Łuczak" in open_pdf(pdf.read_bytes(), pdf_password)[1]
    assert fingerprint not in flat(open_pdf(pdf.read_bytes(), pdf_password)[1]), "heard, never copied from the pack"

    other = tmp_path / "riverside"
    sheet = tmp_path / "recovery.pdf"
    setup = ("setup", "--school", "Riverside Academy", "--lead", "r.lead", "--lead-name", "Rita Lead")
    ran = run_cli(other, *setup, "--recovery-sheet", str(sheet), secrets=["lead-passphrase-9"] * 2)
    assert ran.code == 0 and "NOT encrypted" in ran.out, ran.err
    recovery = ran.out.split("RECOVERY CODE", 1)[1].splitlines()[1].strip()
    assert recovery in flat(PdfReader(sheet).pages[0].extract_text())
    importing = ("transfer", "import", "--as", "r.lead")
    ran = run_cli(other, *importing, str(bundle), secrets=["lead-passphrase-9", passphrase])
    assert "fingerprint" in assert_one_error(ran) and "--fingerprint" in ran.err
    tampered = tmp_path / "tampered.cltransfer"
    data = bytearray(bundle.read_bytes())
    data[-10] ^= 0x01
    tampered.write_bytes(bytes(data))
    secrets = ["lead-passphrase-9", passphrase]
    ran = run_cli(other, *importing, str(tampered), "--fingerprint", fingerprint, secrets=secrets)
    assert "fails its authentication check" in assert_one_error(ran)
    ran = run_cli(
        other, *importing, str(bundle), "--fingerprint", fingerprint, secrets=["lead-passphrase-9", pdf_password]
    )
    assert "passphrase does not open this bundle" in assert_one_error(ran)
    wrong = "0000-0000-0000-0000"
    ran = run_cli(other, *importing, str(bundle), "--fingerprint", wrong, secrets=secrets)
    assert "not signed by the school whose fingerprint you were given" in assert_one_error(ran)

    heard = fingerprint.lower().replace("-", " ")  # as typed from a telephone call
    ran = run_cli(other, *importing, str(bundle), "--fingerprint", heard, secrets=secrets)
    assert ran.code == 0, ran.err
    assert f"fingerprint {fingerprint} is the" in ran.out
    code = ran.out.split("RECEIPT CODE:", 1)[1].split()[0]
    ran = run_cli(cli_school.data_dir, "transfer", "receipt", ZOFIA, code, "--as", LEAD, secrets=[LEAD_PASS])
    assert ran.code == 0 and "deadline is cleared" in ran.out, ran.err
