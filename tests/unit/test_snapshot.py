"""Sealed snapshots of the folded state: used only when they match, never a way to read or run anything else."""

from __future__ import annotations

import ast
import enum
import importlib
import inspect
import json
import os
import pickle
import pkgutil
import shutil
import zlib
from pathlib import Path

import pytest
from pytest import MonkeyPatch

from desktop_app.crypto.own_seal import seal_own
from desktop_app.domain import state_codec
from desktop_app.domain.fold import FoldCursor
from desktop_app.domain.records import FLAT_CONTAINERS
from desktop_app.domain.red_flags import evaluate
from desktop_app.domain.state_codec import CodecError
from desktop_app.domain.triage.lead_settings import settings_of
from desktop_app.services import snapshot
from desktop_app.services.concerns import add_addendum
from desktop_app.services.session import Session
from desktop_app.services.snapshot import (
    _HEADER,
    _MAGIC,
    _bound,
    _key,
    load_snapshot,
    save_snapshot,
    snapshot_path,
)
from desktop_app.services.state import STATE_SNAPSHOT, load_state
from desktop_app.services.triage import (
    WORKSPACE_SNAPSHOT,
    acknowledge,
    open_workspace,
    refresh_workspace,
    save_workspace,
)
from tests.conftest import LEAD2, LEAD2_PASS, School
from tests.unit.test_triage import AHMED, JAKUB, ZOFIA, record


def _concerns(school: School) -> list[str]:
    staff = school.staff()
    ids = [
        record(
            staff,
            ZOFIA,
            "Zofia had a bruise on her cheek and said Mummy's boyfriend did it.",
            days_ago=3,
            injuries=[{"view": "front", "x": 0.45, "y": 0.1, "type": "bruise", "size_cm": 2}],
        ),
        record(staff, JAKUB, "Kuba came in hungry again, no coat.", days_ago=2),
        record(staff, AHMED, "Ахмед said he was left alone overnight.", days_ago=1),
    ]
    staff.close()
    return ids


def test_a_second_load_reads_the_snapshot_and_matches_a_full_fold(school: School) -> None:
    _concerns(school)
    lead = school.lead()
    first = load_state(lead)
    assert snapshot_path(lead, STATE_SNAPSHOT).exists()
    again = load_state(school.lead())  # the next sign-in reads the snapshot
    assert again == first == load_state(lead) == load_state(lead, use_snapshot=False)
    assert again is not first and load_state(lead) is not first  # each reader gets its own copy


def test_entries_recorded_after_the_snapshot_are_folded_in(school: School) -> None:
    _concerns(school)
    lead = school.lead()
    load_state(lead)
    held = load_snapshot(lead, STATE_SNAPSHOT)
    assert held is not None
    staff = school.staff()
    late = record(staff, ZOFIA, "Zofia was collected by an adult nobody knew.", days_ago=0.5)
    staff.close()
    acknowledge(lead, load_state(lead), late)
    warm, cold = load_state(school.lead()), load_state(lead, use_snapshot=False)  # the next sign-in: snapshot + more
    assert late in warm.concerns and warm.lead.acknowledgement(late) is not None
    assert warm == cold == load_state(lead)


def test_the_workspace_snapshot_keeps_state_flags_and_queue(school: School) -> None:
    _concerns(school)
    lead = school.lead()
    cold = open_workspace(lead)
    assert snapshot_path(lead, WORKSPACE_SNAPSHOT).exists() and cold.saved == cold.seen.total()
    lead = school.lead()  # the next sign-in reads the snapshot
    warm = open_workspace(lead)
    assert (warm.state, warm.flags, warm.pending, warm.seen) == (cold.state, cold.flags, cold.pending, cold.seen)
    staff = school.staff()
    record(
        staff,
        ZOFIA,
        "Another bruise, on Zofia's ear.",
        days_ago=0.2,
        injuries=[{"view": "head-left", "x": 0.5, "y": 0.5, "type": "bruise", "size_cm": 1}],
    )
    staff.close()
    assert refresh_workspace(lead, warm) == 1
    fresh = open_workspace(lead, use_snapshot=False)
    assert warm.state == fresh.state and warm.flags == fresh.flags and warm.pending == fresh.pending
    assert warm.flags == evaluate(fresh.state, settings_of(fresh.state).red_flags)


def test_a_damaged_snapshot_is_refused_removed_and_folded_again(school: School) -> None:
    _concerns(school)
    lead = school.lead()
    expected = load_state(lead)
    path = snapshot_path(lead, STATE_SNAPSHOT)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    assert load_snapshot(lead, STATE_SNAPSHOT) is None
    assert not path.exists()
    assert load_state(school.lead()) == expected  # the next sign-in folds again
    for junk in (b"", _MAGIC, b"CLSNAP1\n", os.urandom(200)):
        path.write_bytes(junk)
        assert load_snapshot(lead, STATE_SNAPSHOT) is None


def test_another_persons_snapshot_cannot_be_opened(school: School) -> None:
    _concerns(school)
    lead = school.lead()
    load_state(lead)
    deputy = school.sign_in(LEAD2, LEAD2_PASS)
    shutil.copyfile(snapshot_path(lead, STATE_SNAPSHOT), snapshot_path(deputy, STATE_SNAPSHOT))
    assert load_snapshot(deputy, STATE_SNAPSHOT) is None  # sealed under the other lead's own key
    assert load_state(deputy) == load_state(deputy, use_snapshot=False)


def test_a_snapshot_is_not_used_once_the_keys_held_change(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    _concerns(school)
    lead = school.lead()
    load_state(lead)
    held = lead.keyring.granted_ids()
    monkeypatch.setattr(lead.keyring, "granted_ids", lambda: held | {"01234567-0000-7000-8000-00000000beef"})
    assert load_snapshot(lead, STATE_SNAPSHOT) is None


def test_a_snapshot_of_another_store_is_not_used(school: School, tmp_path: Path) -> None:
    from tests.conftest import make_school

    _concerns(school)
    lead = school.lead()
    load_state(lead)
    other = make_school(tmp_path / "other")
    try:
        other_lead = other.lead()
        target = snapshot_path(other_lead, STATE_SNAPSHOT)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(snapshot_path(lead, STATE_SNAPSHOT), target)
        assert load_snapshot(other_lead, STATE_SNAPSHOT) is None
    finally:
        other.store.close()


def test_a_snapshot_ahead_of_the_store_is_not_used(school: School) -> None:
    """After a restore from an older backup the store holds fewer entries than the snapshot was folded from."""
    _concerns(school)
    lead = school.lead()
    newest = lead.store.log.newest_local_seq()
    value = (load_state(lead, use_snapshot=False), FoldCursor().as_plain())
    assert save_snapshot(lead, STATE_SNAPSHOT, value, newest + 5)
    assert load_snapshot(lead, STATE_SNAPSHOT) is None


def _seal(lead: Session, kind: str, plain: bytes) -> Path:
    """Write `plain` as the snapshot of `kind`, compressed and sealed under the right key and bound as it must be."""
    seen = lead.store.log.newest_local_seq()
    header = _HEADER.pack(seen, lead.store.log.entry_id_at(seen).encode())
    sealed = seal_own(_key(lead), zlib.compress(plain, 1), _bound(lead, kind, header))
    path = snapshot_path(lead, kind)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_MAGIC + header + sealed)
    return path


def test_a_sealed_snapshot_still_cannot_name_other_code(school: School) -> None:
    """Even with the right key, loading accepts only the domain's classes and plain values."""
    lead = school.lead()

    class Evil:
        def __reduce__(self) -> tuple:
            return (os.system, ("touch pwned",))

    path = _seal(lead, STATE_SNAPSHOT, pickle.dumps(Evil()))
    assert load_snapshot(lead, STATE_SNAPSHOT) is None
    assert not Path("pwned").exists() and not path.exists()
    with pytest.raises(CodecError):
        snapshot._codec(STATE_SNAPSHOT).decode(pickle.dumps(Evil()))


def _stack_global(module: str, name: str, argument: str) -> bytes:
    """A protocol-4 pickle that calls `module`.`name`(argument): dotted names walk attributes from the module."""
    text = [pickle.SHORT_BINUNICODE + bytes([len(part.encode())]) + part.encode() for part in (module, name, argument)]
    return b"\x80\x04" + text[0] + text[1] + pickle.STACK_GLOBAL + text[2] + pickle.TUPLE1 + pickle.REDUCE + pickle.STOP


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("enum", "bltns.eval"),
        ("desktop_app.domain.records", "enum.bltns.eval"),
        ("desktop_app.domain.records", "replace"),
        ("datetime", "sys"),
        ("builtins", "eval"),
        ("copyreg", "_reconstructor"),
        ("os", "system"),
    ],
)
def test_the_snapshot_loader_resolves_no_function_or_module_by_any_name(module: str, name: str) -> None:
    """Neither a pickle calling it nor a document whose shape names it is read: the encoding looks no name up."""
    marker = Path("snapshot-ran-code")
    command = f"__import__('pathlib').Path('{marker}').touch() or 0"
    codec = snapshot._codec(STATE_SNAPSHOT)
    crafted = [
        _stack_global(module, name, command),
        json.dumps([state_codec.NAME, state_codec.VERSION, f"{module}.{name}", [command], [[0]]]).encode(),
        json.dumps(
            [state_codec.NAME, state_codec.VERSION, codec.shape, [command], [{module: name, "args": [0]}]]
        ).encode(),
    ]
    for data in crafted:
        with pytest.raises(CodecError):
            codec.decode(data)
    assert not marker.exists()


def _by_name(self: enum.Enum, _protocol: object) -> tuple:
    return getattr, (self.__class__, self._name_)  # how Debian 12's own Python (3.11.2) pickles an enum member


def test_a_snapshot_does_not_depend_on_how_the_interpreter_pickles(school: School, monkeypatch: MonkeyPatch) -> None:
    """On Debian 12's own Python, which pickles enum members by name, a pickled snapshot was refused at every
    sign-in and everything was folded again. Snapshots use no pickle at all: here every pickle entry point fails
    and enums reduce by name, and both kinds of snapshot are still kept and read back whole."""
    _concerns(school)
    lead = school.lead()
    expected = open_workspace(lead, use_snapshot=False)

    def no_pickle(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a snapshot used pickle")

    monkeypatch.setattr(enum.Enum, "__reduce_ex__", _by_name)
    for name in ("Pickler", "Unpickler", "dump", "dumps", "load", "loads"):
        monkeypatch.setattr(pickle, name, no_pickle)
    assert any(isinstance(member.role, enum.Enum) for member in expected.state.staff.values())
    load_state(lead)
    open_workspace(lead)
    state = load_snapshot(lead, STATE_SNAPSHOT)
    workspace = load_snapshot(lead, WORKSPACE_SNAPSHOT)
    assert state is not None and state.value[0] == expected.state
    assert workspace is not None
    assert workspace.value[:3] == (expected.state, expected.flags, expected.pending)


def test_the_snapshot_code_imports_no_pickle() -> None:
    """No serialiser whose format or safety depends on the interpreter: not pickle, copyreg, marshal or shelve."""
    codec_modules = [f"{state_codec.__name__}.{found.name}" for found in pkgutil.iter_modules(state_codec.__path__)]
    assert len(codec_modules) >= 4
    for module in (snapshot, state_codec, *map(importlib.import_module, codec_modules)):
        tree = ast.parse(inspect.getsource(module))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert not {name.split(".")[0] for name in imported} & {"pickle", "_pickle", "copyreg", "marshal", "shelve"}


def test_a_snapshot_written_after_recording_is_used_at_the_next_sign_in(school: School) -> None:
    """Recording makes a batch key; that key must not count among the keys a snapshot is bound to."""
    _concerns(school)
    lead = school.lead()
    acknowledge(lead, load_state(lead), next(iter(load_state(lead).concerns)))
    open_workspace(lead)
    load_state(lead)
    lead.close()
    again = school.lead()
    assert load_snapshot(again, STATE_SNAPSHOT) is not None
    assert load_snapshot(again, WORKSPACE_SNAPSHOT) is not None
    staff = school.staff()
    record(staff, ZOFIA, "Zofia arrived with no breakfast.", days_ago=0.1)
    load_state(staff)
    staff.close()
    assert load_snapshot(school.staff(), STATE_SNAPSHOT) is not None


def test_the_snapshot_holds_no_readable_names_and_only_its_owner_may_read_it(school: School) -> None:
    _concerns(school)
    lead = school.lead()
    load_state(lead)
    path = snapshot_path(lead, STATE_SNAPSHOT)
    raw = path.read_bytes()
    for phrase in ("Zofia", "Łuczak", "Ахмед", "A123456789012", "boyfriend", "Hillside"):
        for encoding in ("utf-8", "utf-16-le"):
            assert phrase.encode(encoding) not in raw
    if os.name == "posix":
        assert path.stat().st_mode & 0o077 == 0


def test_a_snapshot_that_cannot_be_written_changes_nothing(school: School) -> None:
    _concerns(school)
    lead = school.lead()
    folder = snapshot_path(lead, STATE_SNAPSHOT).parent
    folder.parent.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(folder, ignore_errors=True)  # what earlier sign-outs kept there (the verified prefix) goes too
    folder.write_text("a file where the folder should be")  # mkdir fails: as a full or read-only disk would
    assert load_state(lead) == load_state(lead, use_snapshot=False)
    assert folder.is_file()


def test_the_first_workspace_starts_from_the_state_snapshot_instead_of_folding_again(
    school: School, monkeypatch: pytest.MonkeyPatch
) -> None:
    _concerns(school)
    lead = school.lead()
    load_state(lead)  # sign-in folds and keeps the state
    expected = open_workspace(lead, use_snapshot=False)
    snapshot_path(lead, WORKSPACE_SNAPSHOT).unlink(missing_ok=True)

    def no_full_fold(*_args: object) -> None:
        raise AssertionError("folded every entry again")

    monkeypatch.setattr("desktop_app.services.folded.fold", no_full_fold)
    workspace = open_workspace(lead)
    assert (workspace.state, workspace.flags, workspace.pending) == (expected.state, expected.flags, expected.pending)
    assert snapshot_path(lead, WORKSPACE_SNAPSHOT).exists()


def test_a_failed_write_leaves_no_partial_file(school: School, monkeypatch: pytest.MonkeyPatch) -> None:
    lead = school.lead()
    state = load_state(lead, use_snapshot=False)
    folder = snapshot_path(lead, STATE_SNAPSHOT).parent

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(snapshot.os, "fsync", disk_full)
    value = (state, FoldCursor().as_plain())
    assert not save_snapshot(lead, STATE_SNAPSHOT, value, lead.store.log.newest_local_seq())
    assert [p.name for p in folder.iterdir() if STATE_SNAPSHOT in p.name] == []


def test_a_detached_copy_does_not_change_while_the_workspace_takes_in_more(school: School) -> None:
    """The lead's file page reads a copy on the GUI thread while jobs fold into the workspace."""
    ids = _concerns(school)
    lead = school.lead()
    workspace = open_workspace(lead)
    zofia = workspace.state.concerns[ids[0]].pupil_id
    copy = workspace.state.detached([zofia])
    assert set(copy.concerns) == {ids[0]} and copy.concerns_for(zofia) == workspace.state.concerns_for(zofia)
    held = (dict(copy.concerns), {k: list(v) for k, v in copy.addenda.items()}, dict(copy.lead.acknowledgements))
    staff = school.staff()
    late = record(staff, ZOFIA, "Zofia has a new bruise on her arm.", days_ago=0.1)
    add_addendum(staff, load_state(staff), ids[0], "Her brother said she was pushed.")
    staff.close()
    acknowledge(lead, workspace.state, ids[0])
    refresh_workspace(lead, workspace)
    assert late in workspace.state.concerns and workspace.state.addenda.get(ids[0])
    assert held == (dict(copy.concerns), {k: list(v) for k, v in copy.addenda.items()}, copy.lead.acknowledgements)
    whole = workspace.state.detached()
    assert whole == workspace.state and whole.concerns is not workspace.state.concerns


def test_containers_copied_shallowly_hold_only_values_that_never_change(school: School) -> None:
    """`SchoolState.detached` copies the containers in FLAT_CONTAINERS without visiting their values: that is safe
    only while every value in them is immutable (frozen records, tuples), which hashing proves."""
    ids = _concerns(school)
    staff = school.staff()
    add_addendum(staff, load_state(staff), ids[0], "Her brother said she was pushed.")
    staff.close()
    state = open_workspace(school.lead()).state
    assert state.concerns[ids[0]].injuries and state.addenda[ids[0]]
    for name in FLAT_CONTAINERS:
        container = getattr(state, name)
        values = container.values() if isinstance(container, dict) else container
        for value in values:
            hash(value)  # TypeError for a list, a set, a dict or a record that is not frozen
    assert {"concerns", "pupils"} <= FLAT_CONTAINERS and "addenda" not in FLAT_CONTAINERS


def test_a_workspace_is_not_kept_once_the_keys_held_change_after_it_was_folded(
    school: School, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Entries it passed over before a grant arrived may open now: the next sign-in must fold afresh."""
    _concerns(school)
    lead = school.lead()
    workspace = open_workspace(lead)
    snapshot_path(lead, WORKSPACE_SNAPSHOT).unlink()
    workspace.saved = -1
    held = lead.keyring.granted_ids()
    monkeypatch.setattr(lead.keyring, "granted_ids", lambda: held | {"01234567-0000-7000-8000-00000000beef"})
    save_workspace(lead, workspace)
    assert not snapshot_path(lead, WORKSPACE_SNAPSHOT).exists() and workspace.saved == -1
    monkeypatch.undo()
    save_workspace(lead, workspace)
    assert snapshot_path(lead, WORKSPACE_SNAPSHOT).exists()


def test_staff_keep_a_snapshot_from_their_first_sign_in_on_a_pc(school: School, monkeypatch: MonkeyPatch) -> None:
    """Without one, every later sign-in of a member of staff read and hashed every entry sealed to others again."""
    _concerns(school)
    for kept in (school.data_dir / "snapshots").iterdir():
        kept.unlink()  # nothing verified or folded before: as the first sign-in on a PC
    staff = school.staff()
    first = load_state(staff)
    assert snapshot_path(staff, STATE_SNAPSHOT).exists()
    staff.close()

    def no_whole_fold(*_args: object) -> None:
        raise AssertionError("folded everything again instead of reading the snapshot")

    monkeypatch.setattr("desktop_app.services.folded.fold", no_whole_fold)
    assert load_state(school.staff()) == first
