"""The commands that look after the store and this PC's configuration: `verify`, `backup`, `restore`, `versions`,
`configure`."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.cli.common import (
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_USAGE,
    AsUser,
    CliError,
    Command,
    _out,
    _sign_in,
    _sign_out,
    _store,
)
from desktop_app.cli.secrets import SecretReader


def cmd_verify(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.verify import verify_store

    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase") if args.as_user else None
        report = verify_store(store, session)
        if session:
            _sign_out(session)
    for problem in report.problems:
        _out(str(problem))
    for held in report.refused:
        _out(f"NOT USED: {held} (kept: the entries after it still count)")
    for chunk in report.unreferenced_chunks or ():
        _out(f"UNREFERENCED: entry {chunk}: a document's chunk no document names (an attach interrupted?); kept, "
             "sealed, never shown")  # fmt: skip
    opened = f", {report.opened} opened" if session else ""
    opened += f", {report.erased} erased (their file keys destroyed: counted, never opened)" if report.erased else ""
    if report.intact:
        refused = f"; {len(report.refused)} kept but not used (refused by the school)" if report.refused else ""
        _out(f"OK: {report.entries} entries, every signature and chain intact{opened}{refused}.")
        return EXIT_OK
    _out(f"FAILED: {len(report.problems)} problem(s) in {report.entries} entries{opened}.")
    return EXIT_PROBLEM


def cmd_backup(args: argparse.Namespace, _secrets: SecretReader) -> int:
    from desktop_app.services.backup import backup_store

    if args.scheduled:
        return _scheduled_backup(args)
    if not args.file:
        raise CliError("give the backup FILE, or --scheduled for the configured backup folder", EXIT_USAGE)
    with _store(args) as store:
        count = backup_store(store, Path(args.file))
    _out(f"Backed up {count} entries to {args.file}.")
    return EXIT_OK


def _scheduled_backup(args: argparse.Namespace) -> int:
    from desktop_app.services.scheduled_backup import backup_if_due, backup_now

    if args.file:
        raise CliError("--scheduled writes to the configured backup folder; give no FILE", EXIT_USAGE)
    if args.config.backup_folder is None:
        raise CliError(f"no backup folder is configured: set [backup] folder in {args.config.file_named}")
    with _store(args) as store:
        now = datetime.now(UTC)
        done = backup_now(store, args.config, now) if args.now else backup_if_due(store, args.config, now)
    if done.written is None:
        assert done.last is not None and done.next_due is not None
        _out(f"No backup due: the last was at {done.last:%Y-%m-%d %H:%M} UTC; the next is due after "
             f"{done.next_due:%Y-%m-%d %H:%M} UTC.")  # fmt: skip
        return EXIT_OK
    _out(f"Backed up {done.entries} entries to {done.written}.")
    if done.removed:
        _out(f"Removed {len(done.removed)} older backup(s), keeping the last {args.config.backup_keep_last}.")
    return EXIT_OK


def cmd_versions(_args: argparse.Namespace, _secrets: SecretReader) -> int:
    from desktop_app.components import components

    found = components()
    width = max(len(name) for name, _version in found)
    for name, version in found:
        _out(f"{name:<{width}}  {version}")
    return EXIT_OK


def cmd_configure(args: argparse.Namespace, _secrets: SecretReader) -> int:
    from desktop_app import config as machine
    from desktop_app.config import machine_config_path, write_config

    changes = {
        setting.key: value
        for setting, value in (
            (machine.ENROLMENT_FILE, args.school_file),
            (machine.HUB_URL, args.hub_url),
            (machine.HUB_SSLMODE, args.hub_sslmode),
            (machine.HUB_SSLROOTCERT, args.hub_sslrootcert),
            (machine.HUB_ALLOW_INSECURE, args.hub_allow_insecure),
            (machine.IDLE_MINUTES, args.idle_lock_minutes),
            (machine.PROTECTIVE_MARKING, args.protective_marking),
            (machine.DATA_DIR, args.config_data_dir),
            (machine.BACKUP_FOLDER, args.backup_folder),
            (machine.BACKUP_KEEP_LAST, args.backup_keep_last),
            (machine.BACKUP_INTERVAL_HOURS, args.backup_interval_hours),
        )
        if value not in (None, "")  # an empty value (an installer property left unset) leaves the key as it is
    }
    for dotted in args.unset:
        changes[dotted] = ""
    if args.list:
        if changes:
            raise CliError("--list writes nothing: give it without settings to change", EXIT_USAGE)
        return _list_settings(args)
    path = Path(args.file) if args.file else machine_config_path()
    write_config(path, changes)
    _out(f"Wrote {path} ({len(changes)} setting(s) given; every other value kept).")
    return EXIT_OK


def _list_settings(args: argparse.Namespace) -> int:
    """`configure --list`: every setting, its scope, the value in force and where it came from."""
    from desktop_app.config import load_config
    from desktop_app.services.settings_in_force import settings_in_force

    config = load_config(Path(args.file)) if args.file else load_config()  # a bad file: its one message, exit 1
    rows = [(row.name, row.scope, row.value, row.source) for row in settings_in_force(config, args.data_dir)]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for name, scope, value, source in rows:
        _out(f"{name:<{widths[0]}}  {scope:<{widths[1]}}  {value:<{widths[2]}}  {source}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, _secrets: SecretReader) -> int:
    from desktop_app.services.backup import restore_store

    count = restore_store(args.data_dir, Path(args.file), force=args.force)
    _out(f"Restored {count} entries into {args.data_dir}.")
    return EXIT_OK


def add_store_commands(command: Command, as_user: AsUser) -> None:
    """`verify`, `backup`, `restore`, `versions` and `configure` (the machine configuration, for IT staff)."""
    p = command("verify", cmd_verify, "check every signature and chain; with --as, open every entry too")
    as_user(p, required=False)

    p = command("backup", cmd_backup, "write a consistent copy of the store (safe while in use)")
    p.add_argument("file", nargs="?")
    p.add_argument(
        "--scheduled", action="store_true", help="back up to the configured folder if due, keeping the last N"
    )
    p.add_argument("--now", action="store_true", help="with --scheduled: back up even if not yet due")
    p = command("restore", cmd_restore, "replace the store with a backup")
    p.add_argument("file")
    p.add_argument("--force", action="store_true", help="replace a store that already holds entries")

    command(
        "versions",
        cmd_versions,
        "the versions of the libraries this installation carries (OpenSSL, libpq, SQLite, Qt, ...)",
    )
    p = command(
        "configure",
        cmd_configure,
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
