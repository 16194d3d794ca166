"""A real app process for the draft-recovery test: opens the concern form, types, places a mark, waits to be killed.

Run as `python tests/gui/draft_child.py DATA_DIR USERNAME [AUTOSAVE_MS]` with the password as the first line of
standard input (never in argv). Prints "DRAFT SAVED" once the autosave timer has written everything typed, then
"CONTENT <json>" (the form's content as it was), and keeps running until it is killed (or after a minute, so a
crashed test leaves nothing behind).
"""

from __future__ import annotations

import json
import os
import sys
from functools import cache
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.domain import bodymap

TYPED = {
    "finder": "kuba",
    "where": "Year 3 cloakroom",
    "facts": "At 8:55 I (Carys Teacher, Year 1 teacher) saw Kuba Łuczak holding his left arm.",
    "words": "Tata złapał mnie mocno — it was yesterday",
    "explanation": "Spadłem z roweru",
}
MARK = ("front", "forearm-left")
GIVE_UP_MS = 60_000


def type_text(widget: QWidget, text: str) -> None:
    """Key presses for each character, as a keyboard would send them (QTest.keyClicks only knows ASCII)."""
    for char in text:
        if char.isascii():
            QTest.keyClick(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


@cache
def interior_point(view: str, code: str) -> tuple[float, float]:
    """A point of `code` on `view` with that region all around it, so a click there lands on it."""
    (region,) = [r for r in bodymap.regions_for(view) if r.code == code]
    xs, ys = [p[0] for p in region.polygon], [p[1] for p in region.polygon]
    best, best_margin = None, -1.0
    for i in range(1, 16):
        for j in range(1, 16):
            x = min(xs) + (max(xs) - min(xs)) * i / 16
            y = min(ys) + (max(ys) - min(ys)) * j / 16
            if bodymap.region_at(view, x, y, tolerance=0.0) != code:
                continue
            margin = 0.0
            for step in (0.005, 0.01, 0.015):
                around = [(x - step, y), (x + step, y), (x, y - step), (x, y + step)]
                if not all(bodymap.region_at(view, px, py, tolerance=0.0) == code for px, py in around):
                    break
                margin = step
            if margin > best_margin:
                best, best_margin = (x, y), margin
    if best is None:
        raise ValueError(f"{code} is not on the {view} view")
    return best


def main(argv: list[str]) -> int:
    from desktop_app.crypto import kdf
    from desktop_app.services.directory import load_directory
    from desktop_app.services.session import sign_in
    from desktop_app.services.store import SchoolStore
    from desktop_app.ui.concern_form import ConcernForm

    data_dir, username = Path(argv[1]), argv[2]
    autosave_ms = int(argv[3]) if len(argv) > 3 else ConcernForm.AUTOSAVE_MS
    password = sys.stdin.readline().rstrip("\n")
    kdf.use_test_cost()  # the test's school was made at the test-only Argon2id cost
    app = QApplication([argv[0]])
    store = SchoolStore(data_dir)
    session = sign_in(store, username, password)
    form = ConcernForm(session, load_directory(session), autosave_ms=autosave_ms)
    form.resize(1366, 720)
    form.show()
    form.activateWindow()
    QTest.qWaitForWindowActive(form)

    ui = form.ui
    type_text(form.finder.search_box, TYPED["finder"])
    QTest.keyClick(form.finder.search_box, Qt.Key.Key_Return)  # chooses Kuba, moves on to "When it happened"
    QTest.keyClick(ui.whenChoice, Qt.Key.Key_J)  # just now
    QTest.keyClick(ui.whenChoice, Qt.Key.Key_Tab)
    type_text(ui.whereEdit, TYPED["where"])
    QTest.keyClick(ui.whereEdit, Qt.Key.Key_Tab)
    QTest.keyClick(ui.categoryList, Qt.Key.Key_P)  # Physical abuse
    QTest.keyClick(ui.categoryList, Qt.Key.Key_Space)  # ticked
    QTest.mouseClick(ui.factsEdit.viewport(), Qt.MouseButton.LeftButton)
    type_text(ui.factsEdit, TYPED["facts"])
    QTest.mouseClick(ui.wordsEdit.viewport(), Qt.MouseButton.LeftButton)
    type_text(ui.wordsEdit, TYPED["words"])
    canvas = form.body_map.canvas
    QTest.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.point_for(*interior_point(*MARK)).toPoint())
    explanation = form.body_map.panel.explanation
    QTest.mouseClick(explanation.viewport(), Qt.MouseButton.LeftButton)
    type_text(explanation, TYPED["explanation"])  # no focus change after this: only the timer saves it

    def on_saved(_draft_id: str) -> None:
        if form.has_unsaved_changes():
            return
        print("DRAFT SAVED", flush=True)
        print("CONTENT " + json.dumps(form.content(), ensure_ascii=False), flush=True)

    form.draft_saved.connect(on_saved)
    if not form.has_unsaved_changes():
        on_saved(form.draft_id)
    QTimer.singleShot(GIVE_UP_MS, app.quit)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
