"""The arguments of `verify`, `backup`, `restore`, `versions` and `configure`: the commands that look after the store
and this PC's configuration (run by desktop_app/cli/records.py)."""

from __future__ import annotations

import argparse

from desktop_app.cli import records
from desktop_app.cli.common import AsUser, Command


def add_store_commands(command: Command, as_user: AsUser) -> None:
    """`verify`, `backup`, `restore`, `versions` and `configure` (the machine configuration, for IT staff)."""
    p = command("verify", records.cmd_verify, "check every signature and chain; with --as, open every entry too")
    as_user(p, required=False)

    p = command("backup", records.cmd_backup, "write a consistent copy of the store (safe while in use)")
    p.add_argument("file", nargs="?")
    p.add_argument(
        "--scheduled", action="store_true", help="back up to the configured folder if due, keeping the last N"
    )
    p.add_argument("--now", action="store_true", help="with --scheduled: back up even if not yet due")
    p = command("restore", records.cmd_restore, "replace the store with a backup")
    p.add_argument("file")
    p.add_argument("--force", action="store_true", help="replace a store that already holds entries")

    command(
        "versions",
        records.cmd_versions,
        "the versions of the libraries this installation carries (OpenSSL, libpq, SQLite, Qt, ...)",
    )
    p = command(
        "configure",
        records.cmd_configure,
        "set keys in the machine configuration (IT staff; used by the installer)",
    )
    p.add_argument(
        "--list",
        action="store_true",
        help="list every setting (machine, user on this PC, school): its scope, the value in force and where it came"
        " from; nothing is written",
    )
    p.add_argument("--file", default=None, help="the configuration file (default: this PC's machine configuration)")
    p.add_argument("--school-file", default=None, metavar="ENROLMENT.json")
    p.add_argument("--hub-url", default=None, metavar="postgresql://ROLE@HOST/DATABASE")
    p.add_argument("--hub-sslmode", default=None)
    p.add_argument("--hub-sslrootcert", default=None, metavar="CA.pem")
    p.add_argument("--hub-allow-insecure", default=None, type=true_false_or_empty, metavar="true|false")
    p.add_argument("--idle-lock-minutes", default=None, type=int_or_empty)
    p.add_argument("--protective-marking", default=None)
    p.add_argument("--data-folder", dest="config_data_dir", default=None, metavar="DIR")
    p.add_argument("--backup-folder", default=None, metavar="DIR")
    p.add_argument("--backup-keep-last", default=None, type=int_or_empty)
    p.add_argument("--backup-interval-hours", default=None, type=int_or_empty)
    p.add_argument("--unset", action="append", default=[], metavar="SECTION.KEY", help="remove a key (repeatable)")


def int_or_empty(text: str) -> int | str:
    """A whole number; an empty value (an installer property left unset) means "leave as it is"."""
    try:
        return int(text) if text.strip() else ""
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from exc


def true_false_or_empty(text: str) -> bool | str:
    """true or false; an empty value (an installer property left unset) means "leave as it is"."""
    words: dict[str, bool | str] = {"true": True, "false": False, "": ""}
    if text.strip().lower() not in words:
        raise argparse.ArgumentTypeError(f"{text!r} is not true or false")
    return words[text.strip().lower()]
