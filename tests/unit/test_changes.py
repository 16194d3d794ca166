"""What a write changed (`services.changes`): merged, asked about a child's file, and empty when nothing changed."""

from __future__ import annotations

from desktop_app.services.changes import NOTHING, Changed, Changes


def test_nothing_is_no_change_and_any_kind_is_one() -> None:
    assert not NOTHING and not Changes() and not Changes.of_child("")
    assert Changes(staff=True) and Changes.of_child("p1") and Changes.everything()


def test_a_childs_change_touches_that_child_and_no_other() -> None:
    changed = Changes.of_child("p1", "p2")
    assert changed.touches_child(["p2", "p9"]) and not changed.touches_child(["p3"])
    assert changed.touches_records() and not Changes(staff=True).touches_records()
    assert Changes(every_child=True).touches_child(["p3"])  # not known which: every file may have changed


def test_merging_keeps_every_kind_and_every_child() -> None:
    merged = Changes.of_child("p1") | Changes(households=True, children=frozenset({"p2"})) | Changes(mine=True)
    assert merged.children == {"p1", "p2"} and merged.households and merged.mine
    assert not merged.staff and not merged.every_child and not merged.allegations


def test_everything_is_every_kind_but_names_no_child() -> None:
    everything = Changes.everything()
    assert everything.every_child and everything.mine and everything.households and everything.staff
    assert everything.queue_seen and everything.allegations and everything.oversight
    assert everything.children == frozenset()


def test_a_write_result_carries_nothing_changed_unless_told() -> None:
    assert Changed("entry-id").changes == NOTHING
    assert Changed(3, Changes(staff=True)).changes.staff
