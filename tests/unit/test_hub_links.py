"""A long-running process's hub links are an object it holds and passes in, not state hidden in a module."""

from __future__ import annotations

from desktop_app.services.hub_login import HubLinks
from desktop_app.services.sync import sync_once
from tests.conftest import School

HUB = "postgresql://concern@hub.invalid:5432/concern?sslmode=disable"


def test_a_second_sync_of_a_store_through_the_same_links_is_skipped_and_others_are_not(school: School) -> None:
    links = HubLinks()
    assert links.begin(school.store)  # a sync of this store is running through these links
    skipped = sync_once(school.store, HUB, allow_insecure=True, links=links)
    assert skipped.skipped and not skipped.ok and skipped.lines() == ["A sync of this PC is already running."]
    assert HubLinks().begin(school.store)  # another process's links know nothing of it
    links.end(school.store)
    assert links.begin(school.store), "the store is free again once the sync ends"
    links.end(school.store)


def test_a_sync_the_hub_refuses_says_so_and_ends_its_run_in_the_links(school: School) -> None:
    links = HubLinks()
    report = sync_once(school.store, HUB, allow_insecure=True)  # no links: its own connection, closed after
    assert not report.skipped and report.errors
    report = sync_once(school.store, HUB, allow_insecure=True, links=links)
    assert not report.skipped and report.errors
    assert links.begin(school.store), "a failed sync ends its run"
