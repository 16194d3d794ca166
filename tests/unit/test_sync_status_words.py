"""The sync status line never says "Up to date" while this PC holds entries of its own that the school refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop_app.services.sync import SyncStatus

NOW = datetime(2026, 3, 4, 10, 15, tzinfo=UTC)


def status(**given: object) -> SyncStatus:
    fields: dict[str, object] = {
        "hub": "hub.school.example/concerns",
        "waiting": 0,
        "last_synced": NOW,
        "failing_since": None,
        "offline": False,
        "last_error": None,
        "refused": 0,
        "clock_offset": timedelta(0),
        "own_refused": 0,
    }
    return SyncStatus(**{**fields, **given})  # type: ignore[arg-type]


def test_up_to_date_only_when_nothing_of_its_own_was_refused() -> None:
    assert status().text == "Up to date."
    assert status(own_refused=1).text == (
        "1 entry written on this PC was refused by the school (a designated lead can see who wrote them and why)."
    )
    assert status(own_refused=2_345).text.startswith("2,345 entries written on this PC were refused by the school")


def test_the_refused_count_is_said_beside_whatever_else_the_line_says() -> None:
    assert status(own_refused=3, waiting=2).text.startswith("2 waiting to send. 3 entries written on this PC were")
    offline = status(own_refused=3, failing_since=NOW, offline=True).text
    assert offline.startswith("Offline since") and "3 entries written on this PC were refused" in offline
    assert status(hub=None, own_refused=3).text == "No hub set up: records stay on this PC."
