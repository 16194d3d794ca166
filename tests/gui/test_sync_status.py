"""The main window's status line: honest about the hub, and never blocking while the hub is unreachable."""

from __future__ import annotations

import socket
from typing import Any

from desktop_app.services.enrolment import HUB_URL_SETTING
from desktop_app.ui.main_window import PAGE_MY_CONCERNS
from desktop_app.ui.sync_status import sync_installer
from tests.conftest import STAFF, STAFF_PASS, School
from tests.gui.conftest import record_concern, signed_in_window


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens once the probe is closed


def test_without_a_hub_the_status_says_records_stay_on_this_pc(qtbot: Any, make_shell: Any) -> None:
    window = signed_in_window(qtbot, make_shell(installers=[sync_installer(None)]), STAFF, STAFF_PASS)
    assert window.ui.statusLabel.text() == "No hub set up: records stay on this PC."


def test_an_unreachable_hub_shows_offline_and_waiting_and_the_window_stays_usable(
    qtbot: Any, make_shell: Any, school: School
) -> None:
    record_concern(school, STAFF, STAFF_PASS, "A123456789012", "Bruise on the left forearm seen at registration")
    hub = f"postgresql://concern_app@127.0.0.1:{_closed_port()}/concern_hub?connect_timeout=2"
    school.store.settings.set(HUB_URL_SETTING, hub)
    window = signed_in_window(qtbot, make_shell(installers=[sync_installer(None)]), STAFF, STAFF_PASS)
    qtbot.waitUntil(lambda: "Offline since" in window.ui.statusLabel.text(), timeout=15_000)
    assert "waiting to send" in window.ui.statusLabel.text()
    window.show_my_concerns()  # the person carries on while the hub is down
    assert window.current_page() == PAGE_MY_CONCERNS
    assert window.my_concerns.model.rowCount() == 1
