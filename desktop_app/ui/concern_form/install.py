"""The concern form put into a signed-in person's main window, following its locks, pages and sign-ins."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from desktop_app.domain.records import Role
from desktop_app.services.changes import Changes
from desktop_app.ui.concern_form.fields import is_blank
from desktop_app.ui.concern_form.form import ConcernForm
from desktop_app.ui.main_window import PAGE_CONCERN_FORM, MainWindow


def install_concern_form(window: MainWindow) -> ConcernForm | None:
    """Put a concern form into a signed-in person's main window (a `PageInstaller` for the app shell).

    The form is the window's concern-form page; drafts are saved as the window locks and the form follows the new
    session after an unlock; a recorded concern refreshes "My concerns", and leaving the form goes back there.
    When this person has an unfinished record on this PC, the form opens at once and offers it back.
    """
    signed_in = window.signed_in()
    if signed_in is None:
        raise RuntimeError("the concern form needs a signed-in window")
    if signed_in.session.role == Role.OVERSIGHT:
        return None  # no pupil directory key, and nothing to record: the dashboard is their page
    form = ConcernForm(signed_in.session, signed_in.state, run_op=window.run_op, parent=window)
    window.set_concern_form(form)
    window.locking.connect(form.save_draft_now)

    def unlocked() -> None:
        now_signed_in = window.signed_in()
        if now_signed_in is not None:
            form.set_session(now_signed_in.session, now_signed_in.state)

    window.unlocked.connect(unlocked)

    def page_changed(name: str) -> None:
        if name == PAGE_CONCERN_FORM:
            form.offer_drafts()
            if is_blank(form.content()):
                form.to_the_top()  # a new concern starts at the top, in the pupil finder
        elif form.sent_entry_id is not None:
            form.start_new()  # left the confirmation another way: the next "Record a concern" starts empty

    window.page_changed.connect(page_changed)
    form.submitted.connect(lambda _entry_id: window.changes.publish(Changes(mine=True, every_child=True)))
    form.done.connect(window.show_my_concerns)
    form.cancelled.connect(lambda: window.show_my_concerns())
    if form.offer_drafts():
        QTimer.singleShot(0, window.open_concern_form)  # after the window shows its first page
        QTimer.singleShot(0, form.ui.resumeButton.setFocus)
    return form
