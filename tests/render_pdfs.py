"""Render every PDF the app produces to PNG pages in pdf-renders/ (git-ignored), so anyone can look at them.

Run from the repository root::

    .venv/bin/python -m tests.render_pdfs

Makes a small school with a rich case (tests/rich_case.py: four concerns with the child's words and witnesses, a
household with two adults and a brother, agency statuses entered out of order, a challenged decision, a referral),
exports a referral pack (internal, with the family chronology, and external), a chronology summary for a meeting
(another child, whose only decision is to monitor), a pack from plain input with hostile text, a transfer pack and a
recovery sheet, and renders each page with `pdftoppm` (poppler-utils: `apt-get install -y poppler-utils`), at 80
dpi (`--dpi N` for another), into one folder per PDF. Look at every page.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from desktop_app.crypto import kdf
from desktop_app.domain.triage.lead_settings import change_settings
from desktop_app.reports.encryption import encrypt_pdf
from desktop_app.reports.referral_pack import build_referral_pack
from desktop_app.services.decisions import record_decision
from desktop_app.services.recovery_sheet import write_recovery_sheet
from desktop_app.services.referral import ReferralAnswers, ReferralOptions, export_referral_pack
from desktop_app.services.state import load_state
from desktop_app.services.transfer import export_transfer
from desktop_app.services.triage import current_settings, save_settings
from tests.conftest import make_school
from tests.rich_case import ZOFIA, record_rich_case
from tests.unit.test_reports import sample_pack

kdf.use_test_cost()  # throwaway accounts: the test-only cheap Argon2id cost

OUT = Path(__file__).resolve().parents[1] / "pdf-renders"
PASSWORD = "render-password-1"
TRANSFER_PDF_PASSWORD = "decompose overact wrecker unglue drainpipe trillion prudishly"
TRANSFER_PASSPHRASE = "ravine tassel unmarked gumdrop catalyst oblong whiff"


DPI = "80"


def render(pdf: Path, password: str | None) -> int:
    """Every page of `pdf` as a PNG. An encrypted PDF is opened with pypdf and rendered from an open copy beside it
    (in the temporary folder): poppler 22 refuses some long AES-256 passwords that the app accepts."""
    folder = OUT / pdf.stem
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    source = pdf
    if password:
        reader = PdfReader(pdf)
        if not reader.decrypt(password):
            raise SystemExit(f"{pdf.name}: the password does not open it")
        writer = PdfWriter(clone_from=reader)
        source = pdf.with_name(pdf.stem + "-open.pdf")
        with source.open("wb") as out:
            writer.write(out)
    subprocess.run(["pdftoppm", "-r", DPI, "-png", str(source), str(folder / "page")], check=True)
    return len(list(folder.glob("*.png")))


def main() -> int:
    global DPI
    if "--dpi" in sys.argv:
        DPI = sys.argv[sys.argv.index("--dpi") + 1]
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: apt-get install -y poppler-utils", file=sys.stderr)
        return 1
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        base = Path(temp)
        school = make_school(base / "school")
        record_rich_case(school)
        lead = school.lead()
        answers = ReferralAnswers(
            "Four marks in six weeks on a three-year-old, explanations that change, finger-shaped bruising; a "
            "child-protection plan is in place.",
            False,
            False,
            "Telling the mother could put Zofia at risk from her partner.",
            "Alice Lead, DSL: 024 7600 0000 (school office), alice.lead@hillside.example",
        )
        pdfs: list[tuple[Path, str | None]] = []
        for name, options in (
            ("referral-internal", ReferralOptions(family=True)),
            ("referral-external", ReferralOptions(external=True)),
        ):
            path = base / f"{name}.pdf"
            export_referral_pack(lead, ZOFIA, path, PASSWORD, options, answers)
            pdfs.append((path, PASSWORD))
        # The school marks staff opinions and its own actions internal: the external version leaves them out.
        state = load_state(lead)
        save_settings(lead, state, change_settings(current_settings(state), ["internal_parts=opinion,actions"]))
        marked = base / "referral-external-internal-parts.pdf"
        export_referral_pack(lead, ZOFIA, marked, PASSWORD, ReferralOptions(external=True), answers)
        pdfs.append((marked, PASSWORD))
        # Another child whose only decision is to monitor: the pack is a chronology summary for a meeting.
        state = load_state(lead)
        other = next(c for c in state.concerns.values() if c.pupil_id != state.pupil_by_upn(ZOFIA).pupil_id)
        record_decision(lead, state, other.concern_id, "monitor", "Explained; watch in class")
        meeting = base / "meeting-summary.pdf"
        export_referral_pack(lead, state.pupils[other.pupil_id].upn, meeting, PASSWORD)
        pdfs.append((meeting, PASSWORD))
        synthetic = base / "referral-synthetic.pdf"
        synthetic.write_bytes(encrypt_pdf(build_referral_pack(sample_pack(entries=30, events=5)), PASSWORD))
        pdfs.append((synthetic, PASSWORD))
        out_dir = base / "transfer"
        out_dir.mkdir()
        sent = export_transfer(lead, ZOFIA, "Riverside Academy", out_dir, TRANSFER_PDF_PASSWORD, TRANSFER_PASSPHRASE)
        transfer = base / "transfer-pack.pdf"
        shutil.copy(sent.pdf, transfer)
        pdfs.append((transfer, TRANSFER_PDF_PASSWORD))
        sheet = write_recovery_sheet(
            base / "recovery-sheet.pdf", "Hillside Primary School", school.recovery_code, "Alice Lead", base
        )
        pdfs.append((sheet, None))
        for pdf, password in pdfs:
            print(f"{pdf.name}: {render(pdf, password)} page(s) -> {OUT / pdf.stem}")
        lead.close()
        school.store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
