"""Commands for referral packs and child-protection file transfers (encrypted PDFs and bundles)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    AsUser,
    CliError,
    Command,
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


def _document_choice(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--with-document",
        action="append",
        default=[],
        metavar="DOC_ID",
        help="print this attached document after the pack (repeat for more; ids from `document list`)",
    )
    p.add_argument("--with-documents", action="store_true", help="print every document attached to the file")


def cmd_referral_pack(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.referral import ReferralOptions, check_marking, export_referral_pack

    options = ReferralOptions(
        external=args.external,
        family=args.family,
        marking=check_marking(args.marking),
        purpose=args.purpose,
        documents=tuple(args.with_document),
        all_documents=args.with_documents,
    )
    answers = _pack_answers(args.answers)
    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase")
        try:
            password = secrets.read("Password for the PDF (give it to the recipient by telephone)")
            done = export_referral_pack(session, args.upn, Path(args.out), password, options, answers)
        finally:
            _sign_out(session)
    version = "external version (what the school marks internal left out)" if args.external else "internal version"
    documents = (
        "no documents"
        if not done.documents
        else "1 document"
        if done.documents == 1
        else (f"{done.documents} documents")
    )
    _out(
        f"Referral pack {done.pack_id} written to {done.path} ({version}, {done.entries} entries, {documents}, "
        "AES-256)."
    )
    _out("The export is recorded in the child's access log. Give the password by telephone, never with the file.")
    return EXIT_OK


def _transfer_secret(secrets: SecretReader, prompt: str, school_name: str) -> tuple[str, bool]:
    """A secret typed at the prompt, or, for an empty line, one the app makes (and whether it made it)."""
    from desktop_app.services.transfer import suggest_passphrase

    typed = secrets.read(f"{prompt} (press Enter to have one made for you)")
    return (typed, False) if typed else (suggest_passphrase(school_name), True)


def cmd_transfer_export(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.errors import ServiceError
    from desktop_app.services.transfer import check_transfer_secrets, export_transfer

    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase")
        try:
            school = session.keybook.school_name
            pdf_password, pdf_made = _transfer_secret(secrets, "PDF password (opens the transfer pack)", school)
            passphrase, bundle_made = _transfer_secret(secrets, "Bundle passphrase (opens the bundle)", school)
            try:
                check_transfer_secrets(pdf_password, passphrase, school)
            except ServiceError as exc:
                raise CliError(f"{exc} Press Enter at the prompt to have one made for you.") from exc
            sent = export_transfer(
                session,
                args.upn,
                args.to,
                Path(args.out_dir),
                pdf_password,
                passphrase,
                documents=args.with_document,
                all_documents=args.with_documents,
            )
        finally:
            _sign_out(session)
    carried = (
        "no documents"
        if not sent.documents
        else "1 document"
        if sent.documents == 1
        else (f"{sent.documents} documents")
    )
    _out(f"Transfer pack {sent.pack_id} for {args.to}: {sent.entries} entries, {carried} in the bundle.")
    _out(f"  PDF (AES-256):     {sent.pdf}")
    _out(f"  bundle (signed, encrypted): {sent.bundle}")
    _out(f"  receipt due by {sent.due_at.astimezone():%a %d %b %Y} (5 school days).")
    for label, secret, made in (
        ("PDF password", pdf_password, pdf_made),
        ("Bundle passphrase", passphrase, bundle_made),
    ):
        if made:
            _out(f"{label} (made for you; read it out by telephone, never send it with the files):")
            _out(f"    {secret}")
    _out("This school's fingerprint (read it to the receiving lead, who types it in before importing):")
    _out(f"    {sent.fingerprint}")
    _out("The child's file is now marked transferred out.")
    return EXIT_OK


def cmd_transfer_fingerprint(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.transfer.chain import ChainDoesNotHold, fingerprint_of
    from desktop_app.services.verified import key_book_of

    with _store(args) as store:
        try:
            fingerprint = fingerprint_of(key_book_of(store))
        except ChainDoesNotHold as exc:
            raise CliError(f"this school's fingerprint cannot be shown: {exc}") from exc
    _out("This school's fingerprint (read it aloud to a receiving lead):")
    _out(f"    {fingerprint}")
    return EXIT_OK


def cmd_transfer_import(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.domain.transfer import MAX_BUNDLE_BYTES, normalise_code
    from desktop_app.services.transfer import import_transfer
    from desktop_app.services.transfer.receive import NO_FINGERPRINT

    if not normalise_code(args.fingerprint or ""):
        raise CliError(f"{NO_FINGERPRINT} Give it with --fingerprint.")
    try:
        data = read_limited(Path(args.bundle), MAX_BUNDLE_BYTES, "a transfer bundle")
    except OSError as exc:
        raise CliError(f"cannot read {args.bundle}: {exc.strerror}") from exc
    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase")
        try:
            passphrase = secrets.read("Bundle passphrase (from the sending lead)")
            got = import_transfer(session, data, passphrase, args.fingerprint)
        finally:
            _sign_out(session)
    added = " (added to the directory)" if got.new_pupil else ""
    _out(f"Imported {got.records} records for {got.pupil.full_name}, UPN {got.pupil.upn}{added},")
    _out(f"from {got.from_school}.")
    _out(f"Every signature, hash and the sending school's key chain checked; its fingerprint {got.fingerprint} is the")
    _out("one you were given.")
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


def add_pack_commands(command: Command, as_user: AsUser) -> None:
    """`referral-pack` and `transfer export|import|fingerprint|receipt`."""
    p = command(
        "referral-pack",
        cmd_referral_pack,
        "write a child's referral pack as an encrypted PDF (a lead acts)",
    )
    p.add_argument("upn")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument(
        "--external", action="store_true", help="the external version: leaves out what the school marks internal"
    )
    p.add_argument("--family", action="store_true", help="include the family chronology of linked children")
    p.add_argument("--marking", default="OFFICIAL-SENSITIVE", help="protective marking on every page")
    p.add_argument(
        "--purpose",
        choices=["referral-csc", "referral-police", "meeting"],
        default="",
        help="what the pack is for (its title); default: a referral when the decision that stands refers, "
        "otherwise a chronology summary for a meeting",
    )
    p.add_argument("--answers", metavar="FILE.json", help="summary, parents_know, consent_given, why_not, contact")
    _document_choice(p)
    as_user(p)

    transfer = command("transfer", lambda *_: EXIT_USAGE, "send or receive a child-protection file").add_subparsers(
        dest="transfer_command"
    )
    p = command("export", cmd_transfer_export, "write the transfer pack and bundle for the next school", transfer)
    p.add_argument("upn")
    p.add_argument("--to", required=True, metavar="SCHOOL NAME")
    p.add_argument("--out-dir", required=True, metavar="DIR")
    _document_choice(p)
    as_user(p)
    p = command("import", cmd_transfer_import, "check and import a bundle from the previous school", transfer)
    p.add_argument("bundle")
    p.add_argument(
        "--fingerprint",
        metavar="CODE",
        help="the sending school's fingerprint, as its lead reads it to you by telephone",
    )
    as_user(p)
    p = command(
        "fingerprint",
        cmd_transfer_fingerprint,
        "show this school's fingerprint, to read to a receiving lead",
        transfer,
    )
    p = command(
        "receipt",
        cmd_transfer_receipt,
        "record the receipt code the receiving school read back",
        transfer,
    )
    p.add_argument("upn")
    p.add_argument("code")
    as_user(p)
