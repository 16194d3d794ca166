"""What every command shares: the one-line error, output, opening the store, signing in, reading JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.cli.secrets import SecretReader
from desktop_app.file_limits import MIB, FileTooLarge, read_limited

if TYPE_CHECKING:
    from desktop_app.services.session import Session
    from desktop_app.storage.store import SchoolStore

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2

#: How a group of commands adds itself (`cli.build_parser`): `command(name, handler, help, parent=the top level)`
#: makes a subcommand; `as_user(p, required=True)` adds `--as USERNAME`.
Command = Callable[..., argparse.ArgumentParser]
AsUser = Callable[..., None]
MAX_JSON_BYTES = 64 * MIB  # `record --from` may hold many concerns; each is at most about 100 KB


class CliError(Exception):
    """One line for the person at the terminal, and an exit code."""

    def __init__(self, message: str, code: int = EXIT_PROBLEM) -> None:
        super().__init__(message)
        self.code = code


def _out(text: str = "") -> None:
    print(text, flush=True)


def _store(args: argparse.Namespace, *, create: bool = False) -> SchoolStore:
    from desktop_app.services.store import open_store, store_exists

    if not create and not store_exists(args.data_dir):
        raise CliError(f"no school store in {args.data_dir} (run 'concern-logger setup' or 'demo' first)")
    return open_store(args.data_dir, create=create)


def _sign_in(args: argparse.Namespace, store: SchoolStore, secrets: SecretReader, prompt: str = "Password") -> Session:
    from desktop_app.services.session import sign_in

    return sign_in(store, args.as_user, secrets.read(f"{prompt} for {args.as_user}"))


def _sign_out(session: Any) -> None:
    """The end of a command: the session's queued oversight counts are written, then its keys dropped."""
    from desktop_app.services.sign_out import sign_out

    sign_out(session)


def _read_json(path: str) -> Any:
    try:
        if path == "-":
            text = sys.stdin.read(MAX_JSON_BYTES + 1)  # characters: a secret may already have been read from stdin
            if len(text) > MAX_JSON_BYTES:
                raise FileTooLarge(path, None, MAX_JSON_BYTES, "JSON input")
        else:
            text = read_limited(Path(path), MAX_JSON_BYTES, "a JSON file").decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise CliError(f"{path} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from exc
