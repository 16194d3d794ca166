"""Files planted or damaged in `snapshots/`: never read into memory beyond a bound, never decoded into anything but
the expected shape, always removed, and sign-in goes on by folding everything."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytest import LogCaptureFixture, MonkeyPatch

from desktop_app.crypto.own_seal import seal_own
from desktop_app.domain import state_codec
from desktop_app.domain.fold import FoldCursor
from desktop_app.domain.lead.lead_records import LeadRecords
from desktop_app.domain.records import Concern, SchoolState, StaffMember
from desktop_app.services import snapshot
from desktop_app.services.looked import looked_path, seen_items
from desktop_app.services.session import Session
from desktop_app.services.snapshot import _HEADER, _MAGIC, _bound, _key, load_snapshot, snapshot_path
from desktop_app.services.state import STATE_SNAPSHOT, load_state
from desktop_app.services.triage import WORKSPACE_SNAPSHOT, acknowledge, open_workspace
from tests.conftest import School
from tests.unit.test_snapshot import _concerns

GIB = 2**30


def _seal(lead: Session, kind: str, compressed: bytes) -> Path:
    """Write `compressed` as the snapshot of `kind`, sealed under the right key and bound as it must be: what only
    someone holding the account's own key could write."""
    seen = lead.store.log.newest_local_seq()
    header = _HEADER.pack(seen, lead.store.log.entry_id_at(seen).encode())
    path = snapshot_path(lead, kind)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_MAGIC + header + seal_own(_key(lead), compressed, _bound(lead, kind, header)))
    return path


def _refused(lead: Session, kind: str, path: Path) -> None:
    assert load_snapshot(lead, kind) is None
    assert not path.exists() and not path.is_symlink()


@pytest.mark.parametrize("kind", [STATE_SNAPSHOT, WORKSPACE_SNAPSHOT])
def test_a_huge_sparse_file_is_ignored_removed_and_sign_in_goes_on(
    school: School, kind: str, caplog: LogCaptureFixture
) -> None:
    """A 64 GiB sparse file (no disk used) once made sign-in read it whole and crash with MemoryError."""
    _concerns(school)
    lead = school.lead()
    expected = load_state(lead, use_snapshot=False)
    path = snapshot_path(lead, kind)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as planted:
        planted.truncate(64 * GIB)
    caplog.set_level(logging.WARNING, logger=snapshot.__name__)
    started = time.monotonic()
    if kind == STATE_SNAPSHOT:
        assert load_state(lead) == expected
    else:
        assert open_workspace(lead).state == expected
    assert time.monotonic() - started < 10  # not a pass over 64 GiB of zeros
    assert any(f"the {kind} snapshot" in r.getMessage() and r.levelno == logging.WARNING for r in caplog.records)
    assert path.exists() and path.stat().st_size < snapshot.MAX_SEALED  # removed, then written afresh by the fold
    assert load_snapshot(lead, kind) is not None


def test_a_file_larger_than_the_bound_is_not_read(school: School, monkeypatch: MonkeyPatch) -> None:
    _concerns(school)
    lead = school.lead()
    load_state(lead)
    path = snapshot_path(lead, STATE_SNAPSHOT)
    monkeypatch.setattr(snapshot, "MAX_SEALED", path.stat().st_size - 1)

    def must_not_open(*_args: object) -> bytes:
        raise AssertionError("a snapshot over the bound was opened")

    monkeypatch.setattr(snapshot, "open_own", must_not_open)
    _refused(lead, STATE_SNAPSHOT, path)


@pytest.mark.skipif(os.name != "posix", reason="pipes and device files")
@pytest.mark.parametrize("plant", ["pipe", "link to /dev/zero", "folder"])
def test_a_pipe_a_device_or_a_folder_is_not_read(school: School, plant: str) -> None:
    """A pipe would block the read forever, /dev/zero never ends: neither is opened for reading as a file."""
    lead = school.lead()
    path = snapshot_path(lead, STATE_SNAPSHOT)
    path.parent.mkdir(parents=True, exist_ok=True)
    if plant == "pipe":
        os.mkfifo(path)
    elif plant == "folder":
        path.mkdir()
        assert load_snapshot(lead, STATE_SNAPSHOT) is None  # not read (and not removable as a file: left there)
        assert load_state(lead) == load_state(lead, use_snapshot=False)
        return
    else:
        path.symlink_to("/dev/zero")
    _refused(lead, STATE_SNAPSHOT, path)
    assert load_state(lead) == load_state(lead, use_snapshot=False)


def test_a_snapshot_that_inflates_beyond_the_bound_is_refused_before_decoding(
    school: School, monkeypatch: MonkeyPatch
) -> None:
    """A zlib bomb (a few KiB that inflate to any size) is cut off at MAX_INFLATED, not inflated whole."""
    lead = school.lead()
    monkeypatch.setattr(snapshot, "MAX_INFLATED", 2**20)
    decoded: list[bytes] = []
    monkeypatch.setattr(snapshot._codec(STATE_SNAPSHOT), "decode", decoded.append)
    path = _seal(lead, STATE_SNAPSHOT, zlib.compress(b" " * (2**20 + 1), 9))
    _refused(lead, STATE_SNAPSHOT, path)
    assert decoded == []


def test_inflating_stops_at_the_bound_whatever_the_stream_holds() -> None:
    bomb = zlib.compress(b"\0" * (256 * 2**20), 9)  # 256 MiB in about 250 KiB
    assert len(bomb) < 2**20
    with pytest.raises(ValueError):
        snapshot._inflate(bomb, 2**20)
    with pytest.raises(ValueError):
        snapshot._inflate(bomb[:-10], 512 * 2**20)  # cut short
    with pytest.raises(ValueError):
        snapshot._inflate(zlib.compress(b"[]") + b"more", 2**20)  # bytes after the end
    assert snapshot._inflate(zlib.compress(b"[]"), 2) == b"[]"


def _place(cls: type, name: str) -> int:
    return [f.name for f in dataclasses.fields(cls) if f.compare].index(name)


def _rewrite(change: Callable[[list[Any]], None]) -> Callable[[Session], bytes]:
    """A snapshot of the session's state, its document changed by `change`."""

    def crafted(lead: Session) -> bytes:
        value = (load_state(lead, use_snapshot=False), FoldCursor().as_plain())  # a state snapshot: state, cursor
        document = json.loads(snapshot._codec(STATE_SNAPSHOT).encode(value))
        change(document)
        return json.dumps(document, ensure_ascii=False).encode("utf-8", "surrogatepass")

    return crafted


TEXTS, BODY = 3, 4  # a document: [NAME, VERSION, shape, texts, body]; a state snapshot's body: [state, cursor]


def _concern_columns(document: list[Any]) -> list[Any]:
    return document[BODY][0][_place(SchoolState, "concerns")][2]


def _unregistered_class(document: list[Any]) -> None:
    document[2] = "desktop_app.services.session.Session"


def _a_field_too_few(document: list[Any]) -> None:
    _concern_columns(document).pop()


def _a_field_too_many(document: list[Any]) -> None:
    columns = _concern_columns(document)
    columns.append(columns[0])


def _a_time_as_a_number(document: list[Any]) -> None:
    columns = _concern_columns(document)
    columns[_place(Concern, "occurred_at")] = [0] * len(columns[_place(Concern, "occurred_at")])


def _a_record_as_text(document: list[Any]) -> None:
    document[BODY][0][_place(SchoolState, "lead")] = ["os.system", "touch pwned"]


def _new_text(document: list[Any], text: str) -> int:
    document[TEXTS].append(text)
    return len(document[TEXTS]) - 1


def _a_role_that_does_not_exist(document: list[Any]) -> None:
    staff = document[BODY][0][_place(SchoolState, "staff")][2]
    staff[_place(StaffMember, "role")] = [_new_text(document, "superuser")] * len(staff[0])


def _an_index_pointing_at_nothing(document: list[Any]) -> None:
    by_pupil = document[BODY][0][_place(SchoolState, "lead")][_place(LeadRecords, "by_pupil")]
    by_pupil[2][1] = [_new_text(document, "01234567-0000-7000-8000-00000000beef")] * len(by_pupil[2][1])


@pytest.mark.parametrize(
    "crafted",
    [
        lambda _lead: zlib.compress(
            json.dumps([state_codec.NAME, state_codec.VERSION, "builtins.eval", [], [[0]]]).encode()
        ),
        lambda lead: zlib.compress(_rewrite(_unregistered_class)(lead)),
        lambda lead: zlib.compress(_rewrite(_a_field_too_few)(lead)),
        lambda lead: zlib.compress(_rewrite(_a_field_too_many)(lead)),
        lambda lead: zlib.compress(_rewrite(_a_time_as_a_number)(lead)),
        lambda lead: zlib.compress(_rewrite(_a_record_as_text)(lead)),
        lambda lead: zlib.compress(_rewrite(_a_role_that_does_not_exist)(lead)),
        lambda lead: zlib.compress(_rewrite(_an_index_pointing_at_nothing)(lead)),
        lambda lead: zlib.compress(_rewrite(lambda document: document.__setitem__(1, 2))(lead)),
        lambda lead: zlib.compress(_rewrite(lambda _document: None)(lead))[:-8],  # cut short
        lambda lead: zlib.compress(_rewrite(lambda _document: None)(lead)) + b"\0",  # something after the end
        lambda _lead: b"not zlib at all",
    ],
    ids=[
        "shape naming builtins.eval",
        "shape naming another class",
        "a concern with a field too few",
        "a concern with a field too many",
        "a time as a number",
        "the lead's records as text",
        "a role that does not exist",
        "an index pointing at nothing",
        "another version of the encoding",
        "cut short",
        "bytes after the end",
        "not compressed",
    ],
)
def test_a_crafted_snapshot_sealed_with_the_right_key_is_refused_and_removed(
    school: School, crafted: Callable[[Session], bytes]
) -> None:
    _concerns(school)
    lead = school.lead()
    state = load_state(lead, use_snapshot=False)
    acknowledge(lead, state, next(iter(state.concerns)))  # so that the lead's records hold an index
    expected = load_state(lead, use_snapshot=False)
    assert expected.lead.by_pupil
    path = _seal(lead, STATE_SNAPSHOT, crafted(lead))
    _refused(lead, STATE_SNAPSHOT, path)
    assert load_state(lead) == expected
    assert not Path("pwned").exists()


def test_an_untouched_crafted_document_would_have_been_read(school: School) -> None:
    """The crafted snapshots above differ from a good one only by what each changes."""
    _concerns(school)
    lead = school.lead()
    expected = load_state(lead, use_snapshot=False)
    _seal(lead, STATE_SNAPSHOT, zlib.compress(_rewrite(lambda _document: None)(lead)))
    kept = load_snapshot(lead, STATE_SNAPSHOT)
    assert kept is not None and kept.value[0] == expected


@pytest.mark.skipif(os.name != "posix", reason="pipes and device files")
@pytest.mark.parametrize("plant", ["pipe", "link to /dev/zero"])
def test_a_pipe_or_a_device_in_place_of_any_kept_file_is_not_read(school: School, plant: str) -> None:
    """The reader's verified prefix, this PC's checkpoint and what a lead has seen are read like snapshots
    (`file_limits.read_kept_file`): IT planting a pipe or an endless device there cannot hang a sign-in, and the
    lead is shown everything as it is (every entry checked again, every queue item new)."""
    lead = school.lead()
    expected = load_state(lead, use_snapshot=False)
    lead.close()
    folder = school.data_dir / "snapshots"
    folder.mkdir(exist_ok=True)
    lead = school.lead()
    planted = [folder / f"{lead.account_id}.verified", folder / "checkpoint", looked_path(lead)]
    lead.close()
    for path in planted:
        path.unlink(missing_ok=True)
        if plant == "pipe":
            os.mkfifo(path)
        else:
            path.symlink_to("/dev/zero")
    started = time.monotonic()
    lead = school.lead()
    assert load_state(lead, use_snapshot=False) == expected
    assert seen_items(lead) == set()
    assert time.monotonic() - started < 30, "nothing blocked on a planted file"
