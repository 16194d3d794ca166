"""Reading secrets for the command line: a hidden prompt on a terminal, else one line per secret on stdin."""

from __future__ import annotations

import getpass
import sys
from typing import TextIO


class SecretMissing(Exception):
    """Standard input ended before every secret was given."""


class SecretReader:
    """Reads secrets in order. Private state: the input stream and whether it is a terminal."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream or sys.stdin
        self._tty = bool(getattr(self._stream, "isatty", lambda: False)())

    def read(self, prompt: str, *, confirm: bool = False) -> str:
        if self._tty:
            secret = getpass.getpass(f"{prompt}: ")
            if confirm and getpass.getpass(f"{prompt} (again): ") != secret:
                raise SecretMissing("the two entries did not match")
            return secret
        line = self._stream.readline()
        if not line:
            raise SecretMissing(f"expected {prompt.lower()} as a line on standard input")
        return line.rstrip("\r\n")
