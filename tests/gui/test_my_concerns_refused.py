"""Issue 12: a member of staff whose PC hears (by sync) that a lead disabled her account while she was recording sees,
in "My concerns", that the school refused those concerns and why, instead of "Sent to the safeguarding team"."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from desktop_app.services.staff_admin import disable_account, find_account
from desktop_app.services.state import load_state
from desktop_app.storage.store import SchoolStore, rotate_device
from desktop_app.ui.my_concerns_model import MyConcernsModel
from tests.conftest import STAFF, STAFF_PASS, School
from tests.gui.conftest import record_concern, signed_in_window

ZOFIA = "A123456789012"


def _statuses(window: Any) -> dict[str, str]:
    model = window.my_concerns.model
    return {
        model.index(r, MyConcernsModel.COLUMN_REFERENCE).data(): model.index(r, MyConcernsModel.COLUMN_STATUS).data()
        for r in range(model.rowCount())
    }


def test_my_concerns_says_refused_by_the_school_once_the_disabling_arrives(
    qtbot: Any, make_shell: Any, school: School, tmp_path: Path
) -> None:
    school.store.close()  # the lead's PC: a copy with a chain of its own, offline from this one
    shutil.copytree(school.data_dir, tmp_path / "lead-pc")
    school.store = SchoolStore(school.data_dir)
    with SchoolStore(tmp_path / "lead-pc") as lead_pc:
        rotate_device(lead_pc, "the lead's PC for the test")
        lead = School(tmp_path / "lead-pc", lead_pc, school.recovery_code).lead()
        disable_account(lead, find_account(lead, load_state(lead), STAFF))
        lead.close()
        disabling = lead_pc.log.device_rows(lead_pc.device_id, 0)

    recorded = record_concern(school, STAFF, STAFF_PASS, ZOFIA, "Said her stepdad shouts at her every night.")
    window = signed_in_window(qtbot, make_shell(), STAFF, STAFF_PASS)
    assert _statuses(window) == {recorded.reference: "Sent to the safeguarding team"}

    school.store.log.insert_foreign(disabling)  # as sync brings it, while she is still signed in
    window.reload_state()
    refused = (
        "Refused by the school: the account was disabled by a designated lead while this was written "
        "(it counts again if a lead re-enables the account)"
    )
    qtbot.waitUntil(lambda: _statuses(window) == {recorded.reference: refused}, timeout=10_000)


def test_the_lead_banner_names_who_wrote_a_refused_concern_and_why(
    qtbot: Any, make_shell: Any, school: School, tmp_path: Path
) -> None:
    from tests.gui.test_lead_queue import lead_window

    school.store.close()
    shutil.copytree(school.data_dir, tmp_path / "other-pc")
    school.store = SchoolStore(school.data_dir)
    lead = school.lead()
    disable_account(lead, find_account(lead, load_state(lead), STAFF))  # on this PC
    teacher_name = load_state(lead).staff[find_account(lead, load_state(lead), STAFF)].full_name
    lead.close()
    with SchoolStore(tmp_path / "other-pc") as other:  # she records on another PC that has not heard
        rotate_device(other, "the offline PC for the test")
        concern = record_concern(School(tmp_path / "other-pc", other, school.recovery_code), STAFF, STAFF_PASS, ZOFIA,
                                 "Came in with a burn on her hand.")  # fmt: skip
        school.store.log.insert_foreign(other.log.device_rows(other.device_id, 0))  # as sync brings it

    _window, workspace = lead_window(qtbot, make_shell)
    assert workspace.queue is not None
    banner = workspace.queue.ui.trustBanner
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=10_000)
    assert f"entry {concern.entry_id}: made by an account that was being disabled at the same time" in banner.text()
    assert f"(written by {teacher_name})" in banner.text()
    assert concern.entry_id not in {item.concern_id for item in workspace.controller.view().items}
