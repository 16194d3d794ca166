"""Several PCs of one school recording offline and syncing in any order end with the same records everywhere."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from desktop_app.domain.directory_keys import directory_generations, granted_to
from desktop_app.domain.records import Role
from desktop_app.services.accounts import add_staff
from desktop_app.services.concerns import add_addendum
from desktop_app.services.directory import import_roster, load_directory
from desktop_app.services.errors import SignInRefused
from desktop_app.services.hub_login import HUB_LOGIN
from desktop_app.services.staff_admin import disable_account, find_account, grant_lead, reset_password, revoke_lead
from desktop_app.services.state import load_state
from desktop_app.services.store import SchoolStore
from desktop_app.services.sync import sync_status
from tests.adversarial.test_leavers import Attacker
from tests.conftest import LEAD2, LEAD2_PASS, STAFF, STAFF2, STAFF2_PASS, STAFF_PASS, make_school
from tests.integration.conftest import PC, Trust, comparable
from tests.integration.pg import free_port

ZOFIA, JAKUB, AHMED, SEYMA = "A123456789012", "A123456789013", "B123456789014", "C123456789015"
NEW_PUPIL = b"upn,forename,surname,date_of_birth,year_group\nG123456789020,Nia,Okoro,2018-04-05,3\n"


def three_pcs(trust: Trust) -> tuple[PC, PC, PC]:
    pc1 = trust.found_school("pc1")
    assert pc1.sync().ok
    pc2, pc3 = trust.join(pc1, "pc2"), trust.join(pc1, "pc3")
    assert pc2.sync().ok and pc3.sync().ok
    return pc1, pc2, pc3


def record_offline(pc1: PC, pc2: PC, pc3: PC) -> list[str]:
    """Each PC records on its own, with no hub in between."""
    return [
        pc1.record(STAFF, STAFF_PASS, ZOFIA, "Bruise on her left cheek, noticed at registration."),
        pc1.record(LEAD2, LEAD2_PASS, JAKUB, "Came to school hungry again; asked for food at break."),
        pc2.record(STAFF2, STAFF2_PASS, JAKUB, "Marks on his wrist like fingertips."),
        pc2.record(STAFF, STAFF_PASS, AHMED, "Said he does not want to go home tonight."),
        pc3.record(STAFF2, STAFF2_PASS, SEYMA, "Wearing the same clothes all week; smells of smoke."),
        pc3.record(STAFF, STAFF_PASS, ZOFIA, "A second bruise, on her right cheek."),
    ]


@pytest.mark.parametrize("order", ["3 1 2 3 1", "2 2 1 3 2 1 3"], ids=["three-one-two", "two-first"])
def test_pcs_recording_offline_converge_whatever_order_they_sync_in(trust: Trust, order: str) -> None:
    pcs = three_pcs(trust)
    recorded = record_offline(*pcs)
    # A lead on PC 3 adds to a concern recorded on PC 1 once it has arrived there.
    pcs[0].sync()
    pcs[2].sync()
    lead3 = pcs[2].lead()
    recorded.append(add_addendum(lead3, load_state(lead3), recorded[0], "Mum says she fell off her bike."))
    lead3.close()

    for number in order.split():
        report = pcs[int(number) - 1].sync()
        assert report.ok and not report.refused, report.lines()
    for pc in pcs:
        pc.sync()

    held = [pc.entry_ids() for pc in pcs]
    assert held[0] == held[1] == held[2], "every PC holds every entry"
    assert len(set(held[0])) == len(held[0]) == trust.hub.count(), "no duplicates, on the PCs or the hub"
    assert set(recorded) <= set(held[0]), "nothing lost"
    arrivals = [[entry.id for entry in pc.store.log.all()] for pc in pcs]
    assert len({tuple(a) for a in arrivals}) > 1, "the PCs received the entries in different orders"
    states = [comparable(pc.state()) for pc in pcs]
    assert states[0] == states[1] == states[2]
    assert len(states[0][4]) == 6 and sum(len(notes) for notes in states[0][5].values()) == 1
    for pc in pcs:
        pc.assert_intact()
        again = pc.sync()
        assert again.ok and again.pushed == again.pulled == 0
        assert sync_status(pc.store).text == "Up to date."


def test_the_fold_is_the_same_whatever_order_entries_arrive_in(trust: Trust, tmp_path: Path) -> None:
    pcs = three_pcs(trust)
    record_offline(*pcs)
    for pc in (*pcs, pcs[0]):
        assert pc.sync().ok
    entries = list(pcs[0].store.log.all())
    expected = comparable(pcs[0].state())
    shuffler = random.Random(2012)
    for attempt in range(3):
        shuffled = entries[:]
        shuffler.shuffle(shuffled)
        store = SchoolStore(tmp_path / f"shuffled-{attempt}", create=True)
        store.log.insert_foreign(shuffled)
        store.shelf.add(pcs[0].store.shelf.all())  # the children's file keys, which sync carries beside the entries
        pc = PC(f"shuffled-{attempt}", store)
        try:
            assert comparable(pc.state()) == expected
            pc.assert_intact()
        finally:
            pc.close()


def test_accounts_and_leads_added_on_one_pc_work_on_the_others(trust: Trust) -> None:
    pc1, pc2, pc3 = three_pcs(trust)
    lead = pc2.lead()
    teacher = add_staff(lead, "f.newteacher", "Farah Newteacher", Role.STAFF, "newteacher-pass-6", "Year 4 teacher")
    new_lead = add_staff(lead, "g.newlead", "Gareth Newlead", Role.LEAD, "newlead-pass-7", "Deputy DSL")
    lead.close()
    assert pc2.sync().ok
    report = pc1.sync()
    assert report.ok and report.key_material >= 4, report.lines()

    concern = pc1.record("f.newteacher", "newteacher-pass-6", ZOFIA, "Told me her brother hits her.")
    assert pc1.sync().ok and pc3.sync().ok
    session = pc3.sign_in("g.newlead", "newlead-pass-7")
    assert session.holds_team_key, "the grant of the team key travelled with the account"
    state = load_state(session)
    assert state.concerns[concern].author_id == teacher
    assert state.staff[new_lead].full_name == "Gareth Newlead"
    session.close()
    for pc in (pc1, pc2, pc3):
        pc.assert_intact()


def test_password_resets_disabled_accounts_and_lead_changes_travel(trust: Trust) -> None:
    pc1, pc2, pc3 = three_pcs(trust)
    lead = pc2.lead()
    state = load_state(lead)
    teacher, assistant, deputy = (find_account(lead, state, name) for name in (STAFF, STAFF2, LEAD2))
    reset_password(lead, state, teacher, "a-brand-new-password-9")
    disable_account(lead, assistant)
    revoke_lead(lead, deputy)  # a new team key, which the deputy never holds
    grant_lead(lead, teacher)
    lead.close()
    assert pc2.sync().ok
    for pc in (pc1, pc3):
        report = pc.sync()
        assert report.ok and not report.refused, report.lines()

    with pytest.raises(SignInRefused):
        pc3.sign_in(STAFF, STAFF_PASS)
    with pytest.raises(SignInRefused):
        pc3.sign_in(STAFF2, STAFF2_PASS)
    former = pc1.sign_in(LEAD2, LEAD2_PASS)
    assert not former.holds_team_key
    concern = pc3.record(STAFF, "a-brand-new-password-9", ZOFIA, "Said her step-dad locks her in her room.")
    promoted = pc3.sign_in(STAFF, "a-brand-new-password-9")
    assert promoted.holds_team_key and concern in load_state(promoted).concerns
    for pc in (pc3, pc1, pc2, pc1):
        assert pc.sync().ok
    assert comparable(pc1.state()) == comparable(pc2.state()) == comparable(pc3.state())
    for pc in (pc1, pc2, pc3):
        pc.assert_intact()


def test_a_pc_cut_off_from_the_hub_keeps_recording_and_catches_up(trust: Trust) -> None:
    pc1 = trust.found_school("pc1")
    assert sync_status(pc1.store).text == "Not synced yet; 17 waiting to send."
    assert pc1.sync().ok
    pc2 = trust.join(pc1, "pc2")
    assert pc2.sync().ok

    port = free_port()
    unreachable = f"postgresql://nobody@127.0.0.1:{port}/nowhere"
    concern = pc2.record(STAFF, STAFF_PASS, SEYMA, "Fell asleep in class again, says she was up all night.")
    report = pc2.sync(hub_url=unreachable)
    assert report.offline and not report.ok
    where = f"database nowhere on 127.0.0.1:{port} as {pc2.store.settings.get(HUB_LOGIN)}"  # this PC's own login
    assert report.errors == [f"The hub at {where} cannot be reached (Connection refused)."]
    status = sync_status(pc2.store)
    assert status.text.startswith("Offline since ") and status.text.endswith("; 2 waiting to send.")
    assert status.failing_since is not None

    assert pc2.sync().ok
    assert sync_status(pc2.store).text == "Up to date."
    assert pc1.sync().pulled == 2
    assert concern in pc1.entry_ids()


def test_status_says_when_no_hub_is_set_up(tmp_path: Path) -> None:
    school = make_school(tmp_path / "alone")
    try:
        assert sync_status(school.store).text == "No hub set up: records stay on this PC."
    finally:
        school.store.close()


def test_a_disable_travels_with_its_new_directory_key_and_two_at_once_are_healed(trust: Trust) -> None:
    """A disable on one PC reaches the others with the new directory key, granted to everyone else. Two leads
    disabling two people on two PCs at once each make a key the other's leaver holds; the next roster write after
    sync makes one neither holds."""
    pc1, pc2, pc3 = three_pcs(trust)
    lead1, lead3 = pc1.lead(), pc3.lead()
    teacher, assistant = (find_account(lead1, load_state(lead1), name) for name in (STAFF, STAFF2))
    disable_account(lead1, teacher)  # at the same time, offline from each other
    disable_account(lead3, assistant)
    for pc in (pc1, pc3, pc2, pc1, pc3):
        assert pc.sync().ok
    lead2 = pc2.lead()
    book = lead2.keybook
    assert len(directory_generations(book)) == 3
    assert {teacher, assistant} & granted_to(book, lead2.directory_key()[0])  # the newer of the two rotations

    import_roster(lead2, NEW_PUPIL)
    current = lead2.directory_key()[0]
    assert not {teacher, assistant} & granted_to(lead2.keybook, current)
    [pupil] = [e for e in pc2.store.log.sealed_to(current) if e.public is None]
    assert pc2.sync().ok and pc1.sync().ok
    deputy = pc1.sign_in(LEAD2, LEAD2_PASS)  # signs in on a PC the new key reached through sync
    assert load_directory(deputy).pupil_by_upn("G123456789020") is not None
    for username, password in ((STAFF, STAFF_PASS), (STAFF2, STAFF2_PASS)):
        attacker = Attacker.with_files(pc1.store, username, password)
        assert not attacker.opens(next(r for r in attacker.rows if r.id == pupil.id))
    for pc in (pc1, pc2):
        pc.assert_intact()
