"""`search`: a lead looks for words across every record of the school (each child shown is audited)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop_app.cli.common import EXIT_OK, _out
from desktop_app.cli.secrets import SecretReader
from desktop_app.cli.workflow import _as_lead, _day


def add_search_command(command: Any, as_user: Any) -> None:
    p = command(
        "search",
        cmd_search,
        "search every record for words (a lead acts; each child shown is written to their file's access audit)",
    )
    p.add_argument("text", nargs="?", default="", help='words that must all appear; "a phrase" in double quotes')
    p.add_argument("--category", metavar="CODE", help="only records under this category (e.g. neglect)")
    p.add_argument("--from", dest="since", metavar="DATE", help="only what happened on or after this date")
    p.add_argument("--to", dest="until", metavar="DATE", help="only what happened on or before this date")
    p.add_argument("--author", metavar="USERNAME", help="only what this member of staff wrote")
    p.add_argument("--flag", metavar="CODE", help="only children with this red flag ('any' for any flag)")
    p.add_argument("--limit", type=int, default=50, metavar="N", help="show the newest N matches (default 50)")
    p.add_argument("--json", action="store_true")
    as_user(p)


def cmd_search(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.search import filters_for, search_records

    since = _day(args.since, "--from") if args.since else None
    until = _day(args.until, "--to") if args.until else None

    def work(session: Any, workspace: Any) -> Any:
        filters = filters_for(
            workspace, category=args.category, since=since, until=until, author=args.author, flag=args.flag
        )
        return search_records(session, workspace, args.text, filters, shown=args.limit)

    found = _as_lead(args, secrets, work)
    rows = [_row(found, hit) for hit in found.hits]
    if args.json:
        _out(json.dumps({"total": found.total, "children": found.children, "matches": rows}, indent=2,
                        ensure_ascii=False))  # fmt: skip
        return EXIT_OK
    if not found.total:
        _out("Nothing matches.")
        return EXIT_OK
    shown = f" (the newest {len(rows)} shown)" if len(rows) < found.total else ""
    children = f"{found.children} child{'' if found.children == 1 else 'ren'}"
    _out(f"{found.total} match{'' if found.total == 1 else 'es'} in the records of {children}{shown}.")
    for row in rows:
        _out(f"{row['when']}  {row['child']} (UPN {row['upn']})  {row['what']} by {row['author']}")
        _out(f"    {row['words']}")
    return EXIT_OK


def _row(found: Any, hit: Any) -> dict[str, Any]:
    from desktop_app.domain.ids import short_reference

    pupil = found.pupils.get(hit.pupil_id)
    return {
        "when": hit.when.astimezone().strftime("%Y-%m-%d %H:%M"),
        "child": pupil.full_name if pupil else "unknown child",
        "upn": pupil.upn if pupil else "",
        "what": hit.what,
        "entry_id": hit.entry_id,
        "reference": short_reference(hit.concern_id) if hit.concern_id else "",
        "author": found.authors.get(hit.author_id, "unknown account"),
        "words": hit.snippet,
    }
