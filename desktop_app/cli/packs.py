"""Commands for referral packs and child-protection file transfers (encrypted PDFs and bundles)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli.common import (
    EXIT_OK,
    CliError,
    _out,
    _read_json,
    _sign_in,
    _sign_out,
    _store,
)
from desktop_app.cli.secrets import SecretReader
from desktop_app.file_limits import read_limited


def _pack_answers(path: str | None) -> Any:
    from desktop_app.services.referral import ReferralAnswers

    if not path:
        return None
    data = _read_json(path)
    known = {"summary", "parents_know", "consent_given", "why_not", "contact"}
    if not isinstance(data, dict) or set(data) - known:
        raise CliError(f"{path} must be a JSON object with only these keys: {', '.join(sorted(known))}")
    for key in ("parents_know", "consent_given"):
        if data.get(key) not in (None, True, False):
            raise CliError(f"{path}: {key} must be true, false or null")
    for key in ("summary", "why_not", "contact"):
        if not isinstance(data.get(key, ""), str):
            raise CliError(f"{path}: {key} must be text")
    return ReferralAnswers(**data)


def cmd_referral_pack(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.referral import ReferralOptions, check_marking, export_referral_pack

    options = ReferralOptions(external=args.external, family=args.family, marking=check_marking(args.marking))
    answers = _pack_answers(args.answers)
    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase")
        try:
            password = secrets.read("Password for the PDF (give it to the recipient by telephone)")
            done = export_referral_pack(session, args.upn, Path(args.out), password, options, answers)
        finally:
            _sign_out(session)
    version = "external version (staff named by role)" if args.external else "internal version"
    _out(f"Referral pack {done.pack_id} written to {done.path} ({version}, {done.entries} entries, AES-256).")
    _out("The export is recorded in the child's access log. Give the password by telephone, never with the file.")
    return EXIT_OK


def cmd_transfer_export(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.transfer import export_transfer

    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase")
        try:
            password = secrets.read("Transfer password (opens the PDF and the bundle; give it by telephone)")
            sent = export_transfer(session, args.upn, args.to, Path(args.out_dir), password)
        finally:
            _sign_out(session)
    _out(f"Transfer pack {sent.pack_id} for {args.to}: {sent.entries} entries.")
    _out(f"  PDF (AES-256):     {sent.pdf}")
    _out(f"  bundle (signed, encrypted): {sent.bundle}")
    _out(f"  receipt due by {sent.due_at.astimezone():%a %d %b %Y} (5 school days); this school's fingerprint is")
    _out(f"  {sent.fingerprint}: read it to the receiving lead when you give the password.")
    _out("The child's file is now marked transferred out.")
    return EXIT_OK


def cmd_transfer_import(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.domain.transfer import MAX_BUNDLE_BYTES
    from desktop_app.services.transfer import import_transfer

    try:
        data = read_limited(Path(args.bundle), MAX_BUNDLE_BYTES, "a transfer bundle")
    except OSError as exc:
        raise CliError(f"cannot read {args.bundle}: {exc.strerror}") from exc
    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase")
        try:
            password = secrets.read("Transfer password (from the sending lead)")
            got = import_transfer(session, data, password)
        finally:
            _sign_out(session)
    added = " (added to the directory)" if got.new_pupil else ""
    _out(f"Imported {got.records} records for {got.pupil.full_name}, UPN {got.pupil.upn}{added},")
    _out(f"from {got.from_school}.")
    _out(f"Every signature and hash checked. Sending school's fingerprint: {got.fingerprint}")
    _out(f"RECEIPT CODE: {got.receipt_code}")
    _out("Read the receipt code to the sending school's lead so they can record the receipt.")
    return EXIT_OK


def cmd_transfer_receipt(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.transfer import record_receipt

    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase")
        try:
            done = record_receipt(session, args.upn, args.code)
        finally:
            _sign_out(session)
    _out(f"Receipt recorded: {done.to_school} confirmed the file (transfer {done.pack_id}); the deadline is cleared.")
    return EXIT_OK
