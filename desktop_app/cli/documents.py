"""`document attach`, `list`, `save` and `withdraw`: a lead's documents in a child's file."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.cli.common import EXIT_OK, EXIT_USAGE, _out, _sign_in, _sign_out, _store
from desktop_app.cli.secrets import SecretReader


def add_document_commands(command: Any, as_user: Any) -> None:
    document = command("document", lambda *_: EXIT_USAGE, "documents attached to a child's file (a lead acts)")
    sub = document.add_subparsers(dest="document_command")
    p = command(
        "attach",
        cmd_document_attach,
        "attach a PDF, PNG, JPEG or plain-text file to a child's file or to one record of it (at most 25 MB)",
        sub,
    )
    p.add_argument("upn", metavar="UPN")
    p.add_argument("path", metavar="PATH")
    p.add_argument("--record", default="", metavar="ID", help="a concern's reference, or a record's id, in the file")
    p.add_argument("--description", default="", metavar="TEXT", help="what the document is")
    as_user(p)
    p = command("list", cmd_document_list, "the documents attached to a child's file", sub)
    p.add_argument("upn", metavar="UPN")
    p.add_argument("--json", action="store_true")
    as_user(p)
    p = command(
        "save", cmd_document_save, "write a document, checked, to a path you choose (audited as an export)", sub
    )
    p.add_argument("document_id", metavar="DOC_ID")
    p.add_argument("out", metavar="OUT")
    p.add_argument("--overwrite", action="store_true", help="replace OUT if it exists")
    as_user(p)
    p = command(
        "withdraw",
        cmd_document_withdraw,
        "take a document out of the file, saying why (it leaves lists and packs; the chronology keeps the withdrawal)",
        sub,
    )
    p.add_argument("document_id", metavar="DOC_ID")
    p.add_argument("--reason", required=True, metavar="TEXT", help="why it is withdrawn (kept in the chronology)")
    as_user(p)


def _as_lead(args: argparse.Namespace, secrets: SecretReader, work: Callable[[Any], Any]) -> Any:
    """Sign in, refuse anyone but a lead, run `work(session)`, sign out."""
    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase")
        try:
            session.require_lead()
            return work(session)
        finally:
            _sign_out(session)


def cmd_document_attach(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.directory import find_pupil
    from desktop_app.services.documents import attach_document
    from desktop_app.services.state import load_state

    def work(session: Any) -> Any:
        state = load_state(session)
        pupil = find_pupil(state, args.upn)
        return attach_document(
            session, pupil.pupil_id, Path(args.path), record=args.record, description=args.description, state=state
        )

    _out(_as_lead(args, secrets, work).words)
    return EXIT_OK


def cmd_document_list(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.directory import find_pupil
    from desktop_app.services.documents import documents_of
    from desktop_app.services.state import load_state

    def work(session: Any) -> dict[str, Any]:
        state = load_state(session)
        pupil = find_pupil(state, args.upn)
        names = {a: m.full_name for a, m in state.staff.items()}
        return {
            "pupil": pupil.full_name,
            "upn": pupil.upn,
            "documents": [
                {
                    "document_id": d.entry_id,
                    "name": d.name,
                    "media_type": d.media_type,
                    "size": d.size,
                    "sha256": d.sha256,
                    "record": d.record or None,
                    "description": d.description,
                    "attached_at": d.occurred_at.isoformat(),
                    "attached_by": names.get(d.by, ""),
                    "words": f"{d.kind_words}, {d.size_words}",
                }
                for d in documents_of(state, pupil.pupil_id)
            ],
        }

    result = _as_lead(args, secrets, work)
    if args.json:
        _out(json.dumps(result, indent=2, ensure_ascii=False))
        return EXIT_OK
    _out(f"{result['pupil']} (UPN {result['upn']})")
    if not result["documents"]:
        _out("No documents are attached to this child's file.")
    for d in result["documents"]:
        _out(f"{d['document_id']}  {d['attached_at'][:10]}  {d['name']!r} ({d['words']}) by {d['attached_by']}")
        if d["description"]:
            _out(f"    {d['description']}")
    return EXIT_OK


def cmd_document_save(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.documents import save_document

    def work(session: Any) -> Any:
        return save_document(session, args.document_id, Path(args.out), overwrite=args.overwrite)

    document = _as_lead(args, secrets, work)
    _out(f"Saved {document.name!r} ({document.size_words}, checked) to {args.out}.")
    return EXIT_OK


def cmd_document_withdraw(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.document_withdrawal import withdraw_document
    from desktop_app.services.documents import find_document
    from desktop_app.services.state import load_state

    def work(session: Any) -> tuple[str, Any]:
        state = load_state(session)
        name = find_document(state, args.document_id).name
        return name, withdraw_document(session, args.document_id, args.reason, state=state)

    name, withdrawal = _as_lead(args, secrets, work)
    _out(
        f"Withdrew {name!r} from the file ({withdrawal.entry_id}): it is no longer listed or put in packs; the "
        "chronology shows the withdrawal and its reason."
    )
    return EXIT_OK
