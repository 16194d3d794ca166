"""Files the app is given to read (a roster, a bundle, a backup, a configuration) are size-checked before reading.

A file bigger than its kind can be is refused with one sentence, before any of it is read into memory: a 64 GiB
(sparse) file must never end in MemoryError. Standard library only.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import IO

KIB = 1024
MIB = 1024 * KIB
GIB = 1024 * MIB


def shown_size(size: int) -> str:
    """A size in words: `64 GiB`, `20.5 MiB`, `512 bytes`."""
    for unit, name in ((GIB, "GiB"), (MIB, "MiB"), (KIB, "KiB")):
        if size >= unit:
            value = size / unit
            return f"{value:.0f} {name}" if value.is_integer() else f"{value:.1f} {name}"
    return f"{size} bytes"


class FileTooLarge(OSError):
    """A file bigger than a file of its kind may be. An OSError (EFBIG) whose `strerror` is the whole sentence, so
    every place that already reports an unreadable file with its `strerror` says this plainly too."""

    def __init__(self, path: Path | str, size: int | None, limit: int, what: str) -> None:
        shown = shown_size(size) if size is not None else f"more than {shown_size(limit)}"
        super().__init__(errno.EFBIG, f"it is {shown}; {what} is at most {shown_size(limit)}", str(path))
        self.size = size
        self.limit = limit


def check_size(path: Path, limit: int, what: str) -> int:
    """The size of the file at `path`; FileTooLarge when it is over `limit` (`what` names its kind: "a roster file")."""
    size = path.stat().st_size
    if size > limit:
        raise FileTooLarge(path, size, limit, what)
    return size


def read_limited(path: Path, limit: int, what: str) -> bytes:
    """The bytes of the file at `path`, refused with FileTooLarge before reading when it is over `limit`. A file with
    no size to check (a pipe, a device) or one that grows while read is cut off at `limit` and refused the same way."""
    with open(path, "rb") as handle:
        return _read(handle, path, limit, what)


def read_stream_limited(stream: IO[bytes], name: str, limit: int, what: str) -> bytes:
    """At most `limit` bytes of a stream such as standard input; FileTooLarge when there are more."""
    return _read(stream, name, limit, what)


def _read(handle: IO[bytes], name: Path | str, limit: int, what: str) -> bytes:
    try:
        size = os.fstat(handle.fileno()).st_size
    except (OSError, ValueError):
        size = 0
    if size > limit:
        raise FileTooLarge(name, size, limit, what)
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(name, None, limit, what)
    return data


def read_kept_file(path: Path, limit: int) -> bytes | None:
    """The bytes of a file the app keeps for itself (a snapshot, a verified prefix, a checkpoint, what a lead has
    seen); None when it is not a regular file or holds more than `limit` bytes, and OSError (FileNotFoundError
    when there is none) when it cannot be opened. Nothing is read when it is too big: a sparse file can claim any
    size, and a pipe planted in its place would never end (the file is opened without blocking, and its size is
    taken from the open file, so it cannot be swapped in between)."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(descriptor, "rb") as file:
        facts = os.fstat(descriptor)
        if not stat.S_ISREG(facts.st_mode) or facts.st_size > limit:
            return None
        data = file.read(limit + 1)  # it may have grown since
    return data if len(data) <= limit else None
