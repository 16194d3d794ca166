"""`attendance import` and `attendance show`: a lead takes in session marks from the MIS and reads a child's."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli.common import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, CliError, _out, _sign_in, _sign_out, _store
from desktop_app.cli.secrets import SecretReader
from desktop_app.cli.workflow import _as_lead


def add_attendance_commands(command: Any, as_user: Any) -> None:
    attendance = command("attendance", lambda *_: EXIT_USAGE, "attendance marks from the school's MIS")
    sub = attendance.add_subparsers(dest="attendance_command")
    p = command(
        "import",
        cmd_attendance_import,
        "import session marks from an MIS export (SIMS, Arbor, Bromcom CSV; all or nothing; a lead acts)",
        sub,
    )
    p.add_argument("file", metavar="FILE")
    as_user(p)
    p = command(
        "show", cmd_attendance_show, "a child's attendance and absence around each injury (a lead; audited)", sub
    )
    p.add_argument("upn", metavar="UPN")
    p.add_argument("--json", action="store_true")
    as_user(p)


def cmd_attendance_import(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.domain.attendance.csv_marks import MarksRejected
    from desktop_app.services.attendance import import_attendance, read_attendance_file
    from desktop_app.services.errors import ServiceError

    try:
        data = read_attendance_file(Path(args.file))  # refused before it is read whole when it is too big
    except ServiceError as exc:
        raise CliError(str(exc)) from exc
    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase")
        try:
            done = import_attendance(session, data)
        except MarksRejected as exc:
            print(f"error: attendance refused, nothing was imported: {exc.total} problem(s)", file=sys.stderr)
            for problem in exc.problems:
                print(f"  {problem}", file=sys.stderr)
            return EXIT_PROBLEM
        finally:
            _sign_out(session)
    _out(done.words)
    return EXIT_OK


def cmd_attendance_show(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.domain.attendance.summary import SESSION_WORDS, mark_words
    from desktop_app.domain.ids import short_reference
    from desktop_app.services.attendance import child_attendance
    from desktop_app.services.concerns import attendance_json, read_child_file
    from desktop_app.services.directory import find_pupil

    def work(session: Any, workspace: Any) -> dict[str, Any]:
        state = workspace.state
        pupil = find_pupil(state, args.upn)
        read_child_file(session, pupil.pupil_id, state=state, flags=workspace.flags)  # the opening is audited
        seen = child_attendance(state, pupil.pupil_id)
        return {
            "pupil": pupil.full_name,
            "upn": pupil.upn,
            "attendance": attendance_json(seen.figures),
            "around_injuries": [
                {"reference": short_reference(cid), "day": day.isoformat(), "words": around.words}
                for cid, day, around in seen.around_injuries
                if around.words
            ],
            "absences": [
                {
                    "day": a.day.isoformat(),
                    "session": SESSION_WORDS[a.session],
                    "code": a.code,
                    "words": mark_words(a.code),
                }
                for a in seen.absences
            ],
        }

    result = _as_lead(args, secrets, work)
    if args.json:
        _out(json.dumps(result, indent=2, ensure_ascii=False))
        return EXIT_OK
    _out(f"{result['pupil']} (UPN {result['upn']})")
    figures = result["attendance"]
    if figures is None:
        _out("No attendance marks have been imported for this child.")
        return EXIT_OK
    _out(figures["words"])
    for injury in result["around_injuries"]:
        _out(f"Injury {injury['reference']} on {injury['day']}: {injury['words']}")
    if result["absences"]:
        _out("Sessions missed:")
    for absence in result["absences"]:
        _out(f"  {absence['day']} {absence['session']}  {absence['words']}")
    return EXIT_OK
