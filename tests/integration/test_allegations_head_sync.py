"""One head at a time, through the real hub: on a second PC a lead disables the head, makes an oversight account for
themselves and takes over, while on the first PC the head (not yet synced) names another holder. After both sync,
every PC agrees: the take-over stands and is shown to the holders; the head's naming beside the unseen disabling
counts for nothing; a take-over written on a PC that had not seen any disabling is refused."""

from __future__ import annotations

from datetime import date

from desktop_app.domain.allegations_head import TAKE_OVER_WHILE_ACTIVE
from desktop_app.domain.entries import EntryKind
from desktop_app.domain.key_refusals import WHILE_DISABLED
from desktop_app.domain.records import Role
from desktop_app.services.accounts import add_staff
from desktop_app.services.allegations import (
    account_named,
    add_holder,
    create_allegations_key,
    load_allegations,
    record_allegation,
)
from desktop_app.services.allegations_head import head_words, take_over, the_head
from desktop_app.services.staff_admin import disable_account
from desktop_app.services.state import load_state
from desktop_app.services.uow import UnitOfWork
from tests.conftest import LEAD, LEAD2, LEAD2_PASS, OVERSIGHT, OVERSIGHT_PASS
from tests.integration.conftest import Trust

MINE, MINE_PASS = "a.lead.too", "my-own-oversight-9"


def test_a_take_over_on_one_pc_and_the_heads_naming_beside_it_on_another(trust: Trust) -> None:
    pc1 = trust.found_school("pc1")
    pc2 = trust.join(pc1, "pc2")
    head = pc1.sign_in(OVERSIGHT, OVERSIGHT_PASS)
    create_allegations_key(head)
    add_holder(head, LEAD2)
    before = record_allegation(
        head, made_on=date(2026, 11, 2), raised_by="A parent", alleged="Shouted at a child.", staff_name="A coach"
    )
    head.close()
    assert pc1.sync().ok and pc2.sync().ok

    lead = pc2.lead()
    load_state(lead)  # as the window and the command line do before acting: what key material says it has seen
    add_staff(lead, MINE, "Alice Too", Role.OVERSIGHT, MINE_PASS, "Governor")
    mine = pc2.sign_in(MINE, MINE_PASS)
    list(mine.view.verified(mine.store.log.all()))
    with UnitOfWork(mine) as uow:  # the head is active here: refused wherever it is judged
        early = uow.record_public({"type": EntryKind.ALLEGATIONS_HEAD, "account_id": mine.account_id})
        uow.commit()
    disable_account(lead, account_named(lead, OVERSIGHT).account_id)
    take_over(pc2.sign_in(MINE, MINE_PASS), MINE)

    head = pc1.sign_in(OVERSIGHT, OVERSIGHT_PASS)  # pc1 has not heard of the disabling
    add_holder(head, LEAD)
    head.close()
    assert pc1.sync().ok and pc2.sync().ok and pc1.sync().ok

    for pc in (pc1, pc2):
        deputy = pc.sign_in(LEAD2, LEAD2_PASS)
        assert deputy.keybook.refused.get(early) == TAKE_OVER_WHILE_ACTIVE
        turn = deputy.keybook.allegations_head
        assert turn is not None and turn.account_id == account_named(deputy, MINE).account_id
        words = head_words(the_head(deputy))
        assert MINE in words and "taken over after the former head's account" in words
        assert before.allegation_id in load_allegations(deputy).allegations  # the holder reads on
        lead_id = account_named(deputy, LEAD).account_id  # the head's naming beside the unseen disabling: void
        assert not any(g.account_id == lead_id and g.key_kind == "allegations" for g in deputy.keybook.grants)
        assert WHILE_DISABLED in deputy.keybook.refused.values()
