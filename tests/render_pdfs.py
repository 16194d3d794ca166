"""Render every PDF the app produces to PNG pages in pdf-renders/ (git-ignored), so anyone can look at them.

Run from the repository root::

    .venv/bin/python -m tests.render_pdfs

Makes a small school (a child with three concerns and body maps, hostile text included), exports a referral pack
(internal and external), a transfer pack and a recovery sheet, and renders each page with `pdftoppm` (poppler-utils:
`apt-get install -y poppler-utils`), at 80 dpi, into one folder per PDF.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.crypto import kdf
from desktop_app.reports.encryption import encrypt_pdf
from desktop_app.reports.recovery_sheet import RecoverySheetInput, build_recovery_sheet
from desktop_app.reports.referral_pack import build_referral_pack
from desktop_app.services.referral import ReferralAnswers, ReferralOptions, export_referral_pack
from desktop_app.services.transfer import export_transfer
from tests.conftest import make_school
from tests.unit.test_reports import ZOFIA, record_history, sample_pack

kdf.use_test_cost()  # throwaway accounts: the test-only cheap Argon2id cost

OUT = Path(__file__).resolve().parents[1] / "pdf-renders"
PASSWORD = "render-password-1"
TRANSFER_PDF_PASSWORD = "decompose overact wrecker unglue drainpipe trillion prudishly"
TRANSFER_PASSPHRASE = "ravine tassel unmarked gumdrop catalyst oblong whiff"


def render(pdf: Path, password: str | None) -> int:
    folder = OUT / pdf.stem
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    command = [
        "pdftoppm",
        "-r",
        "80",
        "-png",
        *(["-upw", password] if password else []),
        str(pdf),
        str(folder / "page"),
    ]
    subprocess.run(command, check=True)
    return len(list(folder.glob("*.png")))


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: apt-get install -y poppler-utils", file=sys.stderr)
        return 1
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as temp:
        base = Path(temp)
        school = make_school(base / "school")
        record_history(school, 4)
        lead = school.lead()
        answers = ReferralAnswers("Four injuries in four weeks; explanations change.", False, False, "Risk to Zofia.")
        pdfs: list[tuple[Path, str | None]] = []
        for name, options in (
            ("referral-internal", ReferralOptions(family=True)),
            ("referral-external", ReferralOptions(external=True)),
        ):
            path = base / f"{name}.pdf"
            export_referral_pack(lead, ZOFIA, path, PASSWORD, options, answers)
            pdfs.append((path, PASSWORD))
        synthetic = base / "referral-synthetic.pdf"
        synthetic.write_bytes(encrypt_pdf(build_referral_pack(sample_pack(entries=30, events=5)), PASSWORD))
        pdfs.append((synthetic, PASSWORD))
        out_dir = base / "transfer"
        out_dir.mkdir()
        sent = export_transfer(lead, ZOFIA, "Riverside Academy", out_dir, TRANSFER_PDF_PASSWORD, TRANSFER_PASSPHRASE)
        transfer = base / "transfer-pack.pdf"
        shutil.copy(sent.pdf, transfer)
        pdfs.append((transfer, TRANSFER_PDF_PASSWORD))
        sheet = base / "recovery-sheet.pdf"
        sheet.write_bytes(
            build_recovery_sheet(
                RecoverySheetInput(
                    "Hillside Primary School", school.recovery_code, datetime.now(UTC), "Alice Lead", str(base)
                )
            )
        )
        pdfs.append((sheet, None))
        for pdf, password in pdfs:
            print(f"{pdf.name}: {render(pdf, password)} page(s) -> {OUT / pdf.stem}")
        school.store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
