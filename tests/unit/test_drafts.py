"""Drafts: sealed to their author alone, durable, local to this PC, and never readable by anyone else."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.crypto.envelope import CannotOpen, open_envelope
from desktop_app.services.drafts import discard_draft, list_drafts, new_draft_id, save_draft
from desktop_app.services.errors import NotPermitted
from desktop_app.services.store import SchoolStore
from desktop_app.storage.drafts import DraftStore
from tests.conftest import STAFF2, STAFF2_PASS, School

CONTENT = {
    "form": "concern",
    "pupil": "A123456789013",
    "what_happened": "Bruise on Kuba's left forearm, about 3 cm, yellow-green.",
    "childs_words": "Tata złapał mnie mocno",
    "injuries": [{"view": "front", "x": 0.71, "y": 0.42, "region": "forearm-left"}],
}


def test_a_saved_draft_comes_back_exactly_to_its_author(school: School) -> None:
    staff = school.staff()
    draft_id = new_draft_id()
    saved_at = save_draft(staff, draft_id, CONTENT)
    drafts = list_drafts(staff)
    assert [(d.draft_id, d.content) for d in drafts] == [(draft_id, CONTENT)]
    assert abs(drafts[0].updated_at - saved_at) < timedelta(milliseconds=2)
    assert datetime.now(UTC) - saved_at < timedelta(seconds=5)


def test_saving_again_replaces_the_draft_and_the_newest_is_listed_first(school: School) -> None:
    staff = school.staff()
    first, second = new_draft_id(), new_draft_id()
    save_draft(staff, first, {"what_happened": "one"})
    save_draft(staff, second, {"what_happened": "two"})
    save_draft(staff, first, {"what_happened": "one, more words"})
    assert [(d.draft_id, d.content["what_happened"]) for d in list_drafts(staff)] == [
        (first, "one, more words"),
        (second, "two"),
    ]
    assert DraftStore(school.store.engine).count() == 2


def test_no_other_staff_member_and_no_lead_can_open_a_draft(school: School) -> None:
    staff = school.staff()
    draft_id = new_draft_id()
    save_draft(staff, draft_id, CONTENT)
    (stored,) = DraftStore(school.store.engine).for_authors([staff.key.key_id])
    for other in (school.sign_in(STAFF2, STAFF2_PASS), school.lead()):
        assert list_drafts(other) == []
        # Not even with the raw row: the draft is sealed to the author's key only (no team key, no batch key).
        with pytest.raises(CannotOpen):
            open_envelope(stored.sealed, entry_id=draft_id, subject=None, lookup=other.keyring.lookup)
        assert not discard_draft(other, draft_id)
        with pytest.raises(NotPermitted):
            save_draft(other, draft_id, {"what_happened": "overwritten"})
    assert list_drafts(staff)[0].content == CONTENT


def test_drafts_stay_out_of_the_entry_log_and_their_words_never_reach_the_disk_in_clear(school: School) -> None:
    staff = school.staff()
    entries_before = school.store.log.count()
    save_draft(staff, new_draft_id(), CONTENT)
    assert school.store.log.count() == entries_before  # never synced: the hub only ever sees entries
    raw = b"".join(p.read_bytes() for p in school.data_dir.iterdir() if p.name.startswith("school.sqlite3"))
    for phrase in ("Tata złapał", "Bruise on Kuba", "forearm-left"):
        assert phrase.encode() not in raw


def test_a_draft_is_on_disk_when_save_returns(school: School) -> None:
    staff = school.staff()
    draft_id = new_draft_id()
    save_draft(staff, draft_id, CONTENT)
    with SchoolStore(school.data_dir) as reopened:  # a separate engine, as after a restart
        assert [d.draft_id for d in DraftStore(reopened.engine).for_authors([staff.key.key_id])] == [draft_id]


def test_discarding_removes_only_that_draft(school: School) -> None:
    staff = school.staff()
    kept, dropped = new_draft_id(), new_draft_id()
    save_draft(staff, kept, {"what_happened": "kept"})
    save_draft(staff, dropped, {"what_happened": "dropped"})
    assert discard_draft(staff, dropped)
    assert not discard_draft(staff, dropped)
    assert [d.draft_id for d in list_drafts(staff)] == [kept]


def test_drafts_cannot_be_listed_once_signed_out(school: School) -> None:
    staff = school.staff()
    save_draft(staff, new_draft_id(), CONTENT)
    staff.close()
    with pytest.raises(NotPermitted):
        list_drafts(staff)
    assert list_drafts(school.staff())[0].content == CONTENT
