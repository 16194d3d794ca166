"""`patterns`: a lead looks for what connects children of different families (each child shown is audited)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop_app.cli.common import EXIT_OK, _out
from desktop_app.cli.secrets import SecretReader
from desktop_app.cli.workflow import _as_lead


def add_patterns_command(command: Any, as_user: Any) -> None:
    p = command(
        "patterns",
        cmd_patterns,
        "patterns across children: a telephone number, an adult or a place named around children of different "
        "families, and concerns naming a member of staff (a lead acts; each child shown is audited)",
    )
    p.add_argument("--json", action="store_true")
    as_user(p)


def cmd_patterns(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.domain.ids import short_reference
    from desktop_app.services.patterns import patterns_across_children

    found = _as_lead(args, secrets, patterns_across_children)

    def child(pupil_id: str) -> dict[str, str]:
        pupil = found.pupils.get(pupil_id)
        return {"child": pupil.full_name if pupil else "unknown child", "upn": pupil.upn if pupil else ""}

    rows: list[dict[str, Any]] = [
        {
            "kind": pattern.kind,
            "what": pattern.what,
            "named": pattern.label,
            "families": pattern.families,
            "advice": pattern.advice,
            "records": [
                {**child(r.pupil_id), "reference": short_reference(r.concern_id), "when": r.when.date().isoformat()}
                for r in pattern.records
            ],
            "known_around": [child(p) for p in sorted(pattern.known_around)],
        }
        for pattern in found.patterns
    ]
    if args.json:
        _out(json.dumps({"patterns": rows}, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not rows:
        _out("No patterns across children.")
        return EXIT_OK
    for row in rows:
        _out(f"{row['what']}: {row['named']}. {row['advice']}")
        for record in row["records"]:
            _out(f"    {record['when']}  {record['child']} (UPN {record['upn']})  concern {record['reference']}")
        for known in row["known_around"]:
            _out(f"    held as a contact of {known['child']} (UPN {known['upn']})")
    return EXIT_OK
