"""Commands for the hub: setting it up, syncing, enrolling a school and joining a PC to it."""

from __future__ import annotations

import argparse
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop_app.cli.common import (
    EXIT_OK,
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
from desktop_app.services.verified import key_book_of


def _hub_school(args: argparse.Namespace) -> tuple[str, str, Any, str | None]:
    """The school `hub setup` registers: from --enrolment FILE (with the hub's certificate authority it carries,
    if any), else this PC's store (which then remembers the hub)."""
    from desktop_app.services.enrolment import enrolment_of, read_enrolment

    if args.enrolment:
        enrolment = read_enrolment(Path(args.enrolment))
        return enrolment.school_id, enrolment.school_name, None, enrolment.hub_ca
    store = _store(args)
    book, joined = key_book_of(store), enrolment_of(store)
    if book.school_id:
        return book.school_id, book.school_name, store, None
    if joined is not None:
        return joined.school_id, joined.school_name, store, None
    store.close()
    raise CliError(f"the store in {args.data_dir} holds no school yet: give the school with --enrolment FILE")


def _read_ca(path: str) -> str:
    from desktop_app.services.enrolment import read_hub_ca

    return read_hub_ca(Path(path))


def cmd_hub_setup(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.services.enrolment import hub_tls, keep_hub_ca, keep_hub_url, kept_hub_ca
    from desktop_app.services.sync import hub_role_for, set_up_hub

    given_ca = _read_ca(args.hub_ca) if args.hub_ca else None
    school_id, school_name, store, enrolled_ca = _hub_school(args)
    try:
        role = hub_role_for(school_id, args.role)
        with tempfile.TemporaryDirectory(prefix="concern-logger-hub-ca-") as folder:
            kept = kept_hub_ca(store) if store is not None else None
            if enrolled_ca is not None:  # public: the authority the enrolment file carries, for this run only
                kept = Path(folder) / "enrolment-ca.pem"
                kept.write_text(enrolled_ca, encoding="utf-8")
            tls = hub_tls(
                args.config.hub(),
                kept=kept,
                ca_file=Path(args.hub_ca) if args.hub_ca else None,
                allow_insecure=args.allow_insecure,
            )
            password = (
                None if args.no_password else secrets.read("New hub password for this school's PCs", confirm=True)
            )
            made = set_up_hub(args.hub, school_id, role=role, password=password, tls=tls)
        if store is not None:
            keep_hub_url(store, made.pc_address.text)
            if given_ca is not None:
                keep_hub_ca(store.data_dir, given_ca)
    finally:
        if store is not None:
            store.close()
    if made.schema_before is None:
        _out(f"Hub ready: {made.pc_address.place} (schema concern_hub, version {made.schema_after}).")
    elif made.schema_before < made.schema_after:
        _out(
            f"Hub upgraded: {made.pc_address.place} (schema concern_hub, version {made.schema_before} to "
            f"{made.schema_after})."
        )
    else:
        _out(f"Hub ready: {made.pc_address.place} (schema concern_hub, version {made.schema_after}).")
    created = "created" if made.role_created else "already there"
    _out(f"School {school_name!r} enrols PCs with the login {made.role} ({created}). On its first sync each PC")
    _out("uses it once to register its own hub login, which may only read this school's entries and add entries")
    _out("at its own places; nothing on the hub can be changed or removed.")
    _out(f"PCs enrol with:  {made.pc_address.text}")
    _out("(use the server's network name if this is a local address). Each PC needs the school's hub password in")
    _out("its PostgreSQL password file (PGPASSFILE or ~/.pgpass; %APPDATA%\\postgresql\\pgpass.conf on Windows):")
    _out(f"    HOST:PORT:{made.pc_address.database or '*'}:{made.role}:PASSWORD")
    if made.legacy_open:
        _out("PCs still on version 1 keep syncing through this login until 'concern-logger hub close-legacy'.")
    if not made.password_set:
        _out("No password was set here (--no-password): the hub's own sign-in rules (pg_hba.conf) apply.")
    return EXIT_OK


def _admin_tls(args: argparse.Namespace) -> Any:
    """How IT's hub commands check the hub's certificate (--hub-ca, the machine configuration, --allow-insecure)."""
    from desktop_app.services.enrolment import hub_tls

    ca_file = Path(args.hub_ca) if args.hub_ca else None
    return hub_tls(args.config.hub(), ca_file=ca_file, allow_insecure=args.allow_insecure)


def cmd_hub_close_legacy(args: argparse.Namespace, _secrets: SecretReader) -> int:
    from desktop_app.services.hub_admin import close_hub_legacy

    closed = close_hub_legacy(args.hub, tls=_admin_tls(args))
    _out(f"Version-1 PCs are no longer served ({closed} school login{'' if closed == 1 else 's'} closed to them);")
    _out("they are told to update. Updated PCs sync with their own logins.")
    return EXIT_OK


def cmd_hub_pcs(args: argparse.Namespace, _secrets: SecretReader) -> int:
    from desktop_app.services.hub_admin import hub_pcs

    for pc in hub_pcs(args.hub, args.school_id, tls=_admin_tls(args)):
        when = f"{pc.registered_at:%Y-%m-%d %H:%M}"
        _out(f"{pc.login}  school {pc.school_id}  registered {when}  {len(pc.devices)} chain(s)")
    return EXIT_OK


def cmd_hub_revoke_pc(args: argparse.Namespace, _secrets: SecretReader) -> int:
    from desktop_app.services.hub_admin import revoke_hub_pc

    pc = revoke_hub_pc(args.hub, args.login, tls=_admin_tls(args))
    _out(f"The PC login {pc.login} is dropped; its entries stay on the hub and nobody else may write at its places.")
    _out("To keep that PC from registering again, change the school's hub password ('hub setup' again).")
    return EXIT_OK


def cmd_hub_quota(args: argparse.Namespace, _secrets: SecretReader) -> int:
    from desktop_app.services.hub_admin import set_hub_quota

    megabytes = args.max_megabytes * 1024 * 1024 if args.max_megabytes is not None else None
    quota = set_hub_quota(args.hub, args.school_id, max_devices=args.max_pcs, max_bytes=megabytes, tls=_admin_tls(args))
    _out(f"PCs: {quota.devices} of {quota.max_devices}")
    _out(f"Space: {quota.used_bytes / 1024 / 1024:,.1f} MB of {quota.max_bytes / 1024 / 1024:,.0f} MB")
    return EXIT_OK


def cmd_sync(args: argparse.Namespace, _secrets: SecretReader) -> int:
    import time

    from desktop_app.services.hub_login import HubLinks, hub_login_of
    from desktop_app.services.sync import own_refused, retry_delay, sync_failures, sync_once, sync_status
    from desktop_app.services.verified import reason_in_words

    configured = args.config.hub()
    with _store(args) as store:
        if args.status:
            status = sync_status(store, configured=configured)
            _out(status.text)
            if status.clock_warning:
                _out(status.clock_warning)
            login = hub_login_of(store)
            if login:
                _out(f"This PC's hub login: {login}")
            if status.refused:
                _out(f"{status.refused} entr{'y' if status.refused == 1 else 'ies'} from the hub refused so far.")
            if status.own_refused:
                for held in own_refused(store):
                    _out(f"  entry {held.entry_id}: refused by the school: {reason_in_words(held.reason)}")
            return EXIT_OK
        links = None if args.once else HubLinks()  # `sync` without --once keeps one connection from sync to sync
        while True:
            report = sync_once(store, args.hub, configured=configured, allow_insecure=args.allow_insecure, links=links)
            stamp = "" if args.once else f"{datetime.now().astimezone():%Y-%m-%d %H:%M:%S}  "
            for line in report.lines():
                if line in report.errors and args.once:
                    continue
                _out(stamp + line)
            if args.once:
                break
            try:
                time.sleep(args.every if report.ok else max(args.every, retry_delay(sync_failures(store))))
            except KeyboardInterrupt:
                if links is not None:
                    links.close(store)
                raise
    if report.errors:
        raise CliError(" ".join(report.errors))
    return EXIT_OK


def cmd_school_export_enrolment(args: argparse.Namespace, secrets: SecretReader) -> int:
    from desktop_app.config import HUB_URL
    from desktop_app.services.enrolment import describe_hub_ca, export_enrolment

    configured_ca = args.config.hub().sslrootcert
    given_ca = _read_ca(args.hub_ca or configured_ca) if (args.hub_ca or configured_ca) else None
    with _store(args) as store:
        session = _sign_in(args, store, secrets, "Passphrase")
        try:
            hub = args.hub or args.config.get(HUB_URL) or None
            enrolment = export_enrolment(session, Path(args.file), hub, given_ca)
        finally:
            _sign_out(session)
    _out(f"Enrolment file for {enrolment.school_name} written to {args.file} (no secret in it).")
    if enrolment.hub:
        _out(f"Hub: {enrolment.hub}")
    else:
        _out("It names no hub: give one when a PC joins (join FILE --hub URL) or in the machine configuration.")
    if enrolment.hub_ca:
        _out(f"The hub's certificate authority: {describe_hub_ca(enrolment.hub_ca)}")
    else:
        _out("It carries no certificate authority for the hub: PCs that join with it need [hub] sslrootcert in their")
        _out("machine configuration. Give the authority with --hub-ca CA.pem.")
    return EXIT_OK


def cmd_join(args: argparse.Namespace, _secrets: SecretReader) -> int:
    from desktop_app.services.enrolment import has_hub_ca, hub_tls, join_school, kept_hub_url, read_enrolment

    enrolment = read_enrolment(Path(args.file))
    configured = args.config.hub()
    with join_school(
        args.data_dir, enrolment, args.hub, configured=configured, allow_insecure=args.allow_insecure
    ) as store:
        hub = kept_hub_url(store)
    _out(f"This PC joined {enrolment.school_name}. Its store in {args.data_dir} fills itself from the hub on its")
    _out("first sync (the app syncs at start; or run: concern-logger sync --once).")
    tls = hub_tls(configured, allow_insecure=args.allow_insecure)
    if hub and not has_hub_ca(enrolment, tls, hub) and not tls.allow_insecure:
        _out("The enrolment file carries no certificate authority for the hub (it was made by an older release, or")
        _out("without --hub-ca): this PC cannot check the hub until IT sets [hub] sslrootcert in the machine")
        _out("configuration, or it joins again with a new enrolment file. (--allow-insecure connects unchecked.)")
    return EXIT_OK


def _allow_insecure(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--allow-insecure",
        action="store_true",
        help="accept a weaker TLS mode than verify-full named in the hub address (the hub is then not checked)",
    )


def add_hub_commands(command: Command, as_user: AsUser) -> None:
    """`hub setup|close-legacy|pcs|revoke-pc|quota` (IT, as admin), `sync`, `school export-enrolment`, `join`."""
    _add_hub_admin_commands(command)
    _add_pc_commands(command, as_user)


def _add_hub_admin_commands(command: Command) -> None:
    """`hub setup|close-legacy|pcs|revoke-pc|quota`: IT, connected as the hub's admin."""
    hub = command("hub", lambda *_: EXIT_USAGE, "the school's hub (PostgreSQL)").add_subparsers(dest="hub_command")
    p = command(
        "setup",
        cmd_hub_setup,
        "create or upgrade the hub schema and register this school (IT, as admin)",
        hub,
    )
    p.add_argument("--hub", required=True, metavar="postgresql://ADMIN@HOST/DATABASE", help="an admin connection")
    p.add_argument(
        "--role",
        default=None,
        help="the school's enrolment login, which PCs use once to register their own (default: the one it has, "
        "or a new random cl_ name)",
    )
    p.add_argument("--enrolment", default=None, metavar="FILE", help="the school's enrolment file (default: this PC's)")
    p.add_argument("--no-password", action="store_true", help="set no password for the login (other sign-in rules)")
    hub_ca = "the authority that signed the hub's certificate"
    p.add_argument("--hub-ca", default=None, metavar="CA.pem", help=hub_ca + " (kept here)")
    _allow_insecure(p)
    admin_help = "an admin connection"

    def it_command(name: str, run: Any, text: str) -> argparse.ArgumentParser:
        made = command(name, run, text, hub)
        made.add_argument("--hub", required=True, metavar="postgresql://ADMIN@HOST/DATABASE", help=admin_help)
        made.add_argument("--hub-ca", default=None, metavar="CA.pem", help=hub_ca)
        _allow_insecure(made)
        return made

    it_command(
        "close-legacy",
        cmd_hub_close_legacy,
        "stop serving version-1 PCs through their school's shared login (after every PC is updated)",
    )
    p = it_command("pcs", cmd_hub_pcs, "list the PCs' own hub logins (IT, as admin)")
    p.add_argument("--school-id", default=None, help="only this school's PCs")
    p = it_command("revoke-pc", cmd_hub_revoke_pc, "drop one PC's own hub login (a lost or retired PC)")
    p.add_argument("login", help="the PC's login (cl_…), as 'sync --status' on that PC or 'hub pcs' shows it")
    p = it_command("quota", cmd_hub_quota, "show or set a school's quotas on the hub (IT, as admin)")
    p.add_argument("--school-id", required=True)
    p.add_argument("--max-pcs", type=int, default=None, help="how many PCs may register their own login")
    p.add_argument("--max-megabytes", type=int, default=None, help="how many MB of entries the school may hold")


def _add_pc_commands(command: Command, as_user: AsUser) -> None:
    """`sync`, `school export-enrolment` and `join`: what one PC does with the hub."""
    p = command("sync", cmd_sync, "send this PC's new entries to the hub and fetch the others' (checked first)")
    p.add_argument("--once", action="store_true", help="sync once and exit (default: keep syncing until stopped)")
    p.add_argument("--hub", default=None, metavar="postgresql://ROLE@HOST/DATABASE")
    p.add_argument("--status", action="store_true", help="only say how this PC stands (no network)")
    p.add_argument("--every", type=int, default=60, metavar="SECONDS", help="without --once: seconds between syncs")
    _allow_insecure(p)
    school = command("school", lambda *_: EXIT_USAGE, "the school as a whole").add_subparsers(dest="school_command")
    p = command("export-enrolment", cmd_school_export_enrolment, "write the file a new PC joins with", school)
    p.add_argument("file")
    p.add_argument("--hub", default=None, metavar="postgresql://ROLE@HOST/DATABASE", help="the hub it names")
    p.add_argument(
        "--hub-ca",
        default=None,
        metavar="CA.pem",
        help="the authority that signed the hub's certificate, carried in the file (default: the one this PC uses)",
    )
    as_user(p)
    p = command("join", cmd_join, "make this PC's store for a school from its enrolment file (then sync)")
    p.add_argument("file")
    p.add_argument("--hub", default=None, metavar="postgresql://ROLE@HOST/DATABASE")
    _allow_insecure(p)
