"""A reader's verified prefix is kept on disk only now and then (at sign-out, when what was found wanting changes,
and every couple of thousand entries), not at every refresh: a lead opening files would otherwise rewrite megabytes
for each opening. These attacks check that a prefix kept behind is never a hole: this PC's checkpoint is current
after every refresh, and whatever lies beyond the kept prefix is judged again."""

from __future__ import annotations

from desktop_app.services.concerns import read_child_file
from desktop_app.services.session import Session
from desktop_app.services.state import load_state
from desktop_app.services.triage import open_workspace, refresh_workspace
from desktop_app.services.verified.kept import PrefixFile
from desktop_app.services.verified.prefix import PREFIX_RESAVE_AFTER
from tests.adversarial.test_trust_at_use import quarantined, raw
from tests.conftest import School
from tests.unit.test_triage import ZOFIA, record


def _kept_size(school: School, session: Session) -> int:
    """How many entries the lead's kept prefix file holds."""
    assert session.keys is not None
    secret = session.keys.secret_bytes()
    kept = PrefixFile(school.data_dir, session.school_id, session.account_id, secret).read()
    assert kept is not None
    return sum(len(hashes) for hashes in kept.prefix.values()) // 32


def test_openings_do_not_rewrite_the_kept_prefix_but_sign_out_does(school: School) -> None:
    lead = school.lead()
    workspace = open_workspace(lead)
    kept = _kept_size(school, lead)
    zofia = load_state(lead).pupil_by_upn(ZOFIA)
    assert zofia is not None
    for _ in range(3):
        refresh_workspace(lead, workspace)
        read_child_file(lead, zofia.pupil_id, state=workspace.state, flags=workspace.flags)
    refresh_workspace(lead, workspace)
    assert 0 < 3 < PREFIX_RESAVE_AFTER and _kept_size(school, lead) == kept
    verified = sum(lead.view.heads_seen().values())
    assert verified >= kept + 3  # the three openings, verified in memory
    lead.close()
    assert _kept_size(school, school.lead()) == verified


def test_a_store_cut_short_after_a_refresh_is_named_though_the_session_never_signed_out(school: School) -> None:
    """The session is left as a crash leaves it (no sign-out): its kept prefix is behind, this PC's checkpoint is
    not, so cutting off the newest entries is still named at the next sign-in."""
    lead = school.lead()
    workspace = open_workspace(lead)
    kept = _kept_size(school, lead)
    staff = school.staff()
    newest = [record(staff, ZOFIA, f"Concern {n}") for n in range(3)]
    refresh_workspace(lead, workspace)
    assert set(newest) <= set(workspace.state.concerns)
    assert _kept_size(school, lead) == kept  # behind: the crash comes now
    with raw(school.store.db_path) as conn:
        conn.execute("DROP TRIGGER entries_no_delete")
        (first,) = conn.execute("SELECT seq FROM entries WHERE id = ?", (newest[0],)).fetchone()
        conn.execute("DELETE FROM entries WHERE device_id = ? AND seq >= ?", (school.store.device_id, first))
    again = school.lead()
    named = [what for _entry, what in again.view.problems()]
    assert any("missing or replaced" in what for what in named), named


def test_an_entry_altered_after_it_was_verified_beyond_the_kept_prefix_is_named_at_the_next_sign_in(
    school: School,
) -> None:
    """The workspace snapshot is newer than the kept prefix; an entry between them is altered afterwards. The next
    sign-in judges everything beyond its kept prefix again, so the alteration is named (the snapshot still shows
    what was verified before it: it is sealed under the lead's own key)."""
    lead = school.lead()
    workspace = open_workspace(lead)
    victim = record(school.staff(), ZOFIA, "Altered after the lead read it")
    refresh_workspace(lead, workspace)
    workspace.folded.save_workspace()  # the snapshot now covers the victim; the kept prefix does not
    with raw(school.store.db_path) as conn:
        conn.execute("DROP TRIGGER entries_no_update")
        (sealed,) = conn.execute("SELECT sealed FROM entries WHERE id = ?", (victim,)).fetchone()
        conn.execute("UPDATE entries SET sealed = ? WHERE id = ?", (sealed[:-1] + bytes([sealed[-1] ^ 1]), victim))
    again = school.lead()
    open_workspace(again)
    assert "altered" in quarantined(again)[victim]
