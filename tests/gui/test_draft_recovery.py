"""Draft recovery: the app is killed mid-entry, and signing in again offers the draft back exactly as it was."""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.services.drafts import list_drafts
from desktop_app.services.state import load_state
from desktop_app.ui.app import AppShell
from desktop_app.ui.concern_form import ConcernForm, install_concern_form
from desktop_app.ui.main_window import PAGE_CONCERN_FORM
from tests.conftest import LEAD, LEAD_PASS, STAFF, STAFF2, STAFF2_PASS, STAFF_PASS, School
from tests.gui import draft_child
from tests.gui.conftest import signed_in_window

CHILD = Path(draft_child.__file__).resolve()
ROOT = CHILD.parents[2]
AUTOSAVE_MS = "1000"
DEADLINE_S = 45.0


def read_until_saved(process: subprocess.Popen[bytes]) -> dict[str, Any]:
    """The child's report of the content it saved, once it prints DRAFT SAVED (no sleeping: select on its output)."""
    assert process.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + DEADLINE_S
    lines: list[str] = []
    buffer = b""
    while time.monotonic() < deadline:
        if not selector.select(timeout=deadline - time.monotonic()):
            break
        chunk = os.read(process.stdout.fileno(), 65536)
        if not chunk:
            break  # the child ended
        buffer += chunk
        *complete, buffer = buffer.split(b"\n")
        lines.extend(line.decode() for line in complete)
        contents = [line for line in lines if line.startswith("CONTENT ")]
        if "DRAFT SAVED" in lines and contents:
            return json.loads(contents[0].removeprefix("CONTENT "))
    stderr = process.stderr.read().decode(errors="replace") if process.poll() is not None and process.stderr else ""
    pytest.fail(f"the child never reported a saved draft; output: {lines!r} {stderr[-2000:]}")


def test_a_draft_comes_back_exactly_after_the_app_is_killed_mid_entry(
    qtbot: QtBot, school: School, make_shell: Callable[..., AppShell]
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, str(CHILD), str(school.data_dir), STAFF, AUTOSAVE_MS],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=env,
    )
    try:
        assert process.stdin is not None
        process.stdin.write(f"{STAFF_PASS}\n".encode())
        process.stdin.close()
        reported = read_until_saved(process)
    finally:
        process.send_signal(signal.SIGKILL)  # no clean shutdown: as in a crash or a power cut
        process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL

    typed = draft_child.TYPED
    assert reported["pupil"] == "A123456789013"
    assert (reported["location"], reported["what_happened"]) == (typed["where"], typed["facts"])
    assert (reported["childs_words"], reported["category"]) == (typed["words"], "physical-abuse")
    [mark] = reported["injuries"]
    assert (mark["view"], mark["region"], mark["explanation"]) == ("front", "forearm-left", typed["explanation"])

    # Only its author can open it: not another member of staff, not a lead.
    assert list_drafts(school.sign_in(STAFF2, STAFF2_PASS)) == []
    assert list_drafts(school.sign_in(LEAD, LEAD_PASS)) == []
    [draft] = list_drafts(school.staff())
    assert draft.content == reported

    # Signing in again, the app opens the form and offers the draft back.
    window = signed_in_window(qtbot, make_shell(installers=[install_concern_form]), STAFF, STAFF_PASS)
    qtbot.waitUntil(lambda: window.current_page() == PAGE_CONCERN_FORM, timeout=2000)
    form = window.page(PAGE_CONCERN_FORM)
    assert isinstance(form, ConcernForm)
    assert form.ui.draftOfferFrame.isVisible()
    assert "about Jakub (Kuba) Łuczak" in form.ui.draftOfferLabel.text()
    qtbot.mouseClick(form.ui.resumeButton, Qt.MouseButton.LeftButton)
    assert form.content() == reported
    assert form.draft_id == draft.draft_id
    assert not form.ui.draftOfferFrame.isVisible()
    assert form.finder.chosen_upns() == ["A123456789013"]
    assert form.ui.wordsEdit.toPlainText() == typed["words"]
    assert [(m.view, m.region, m.explanation) for m in form.body_map.marks()] == [
        ("front", "forearm-left", typed["explanation"])
    ]

    # Sending the recovered draft records it and removes the draft.
    with qtbot.waitSignal(form.submitted, timeout=5000) as sent:
        qtbot.mouseClick(form.ui.submitButton, Qt.MouseButton.LeftButton)
    session = school.staff()
    assert list_drafts(session) == []
    concern = load_state(session).concerns[sent.args[0]]
    assert concern.childs_words == typed["words"]
    assert [m.region for m in concern.injuries] == ["forearm-left"]
