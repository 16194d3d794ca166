"""Allegations travel through the hub like every entry: the head makes the key and names a lead on one PC, the lead
records an allegation about another lead on a second PC (refused) and the head records it on the first (a new key
without them); after sync, on the third PC, the lead it is about opens it with no key they hold, the named lead
reads it, and the hub's administrator finds no word of it in the hub's rows."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.services.allegations import add_holder, create_allegations_key, load_allegations, record_allegation
from desktop_app.services.errors import NotPermitted
from tests.adversarial.test_allegations_key import every_key, opens
from tests.conftest import LEAD, LEAD2, LEAD2_PASS, LEAD_PASS, OVERSIGHT, OVERSIGHT_PASS
from tests.integration.conftest import Trust


def test_an_allegation_about_a_lead_synced_to_every_pc_stays_closed_to_them(trust: Trust) -> None:
    pc1 = trust.found_school("pc1")
    assert pc1.sync().ok
    pc2, pc3 = trust.join(pc1, "pc2"), trust.join(pc1, "pc3")
    assert pc2.sync().ok and pc3.sync().ok
    head = pc1.sign_in(OVERSIGHT, OVERSIGHT_PASS)
    create_allegations_key(head)
    add_holder(head, LEAD)
    add_holder(head, LEAD2)
    assert pc1.sync().ok and pc2.sync().ok
    deputy = pc2.sign_in(LEAD2, LEAD2_PASS)
    with pytest.raises(NotPermitted, match="ask the head"):
        record_allegation(
            deputy, made_on=date(2026, 11, 2), raised_by="A TA", alleged="Locked a pupil in the cupboard.",
            staff_username=LEAD, staff_name="Alice Lead",
        )  # fmt: skip
    recorded = record_allegation(
        head, made_on=date(2026, 11, 2), raised_by="A TA", alleged="Locked a pupil in the cupboard.",
        staff_username=LEAD, staff_name="Alice Lead", lado_reference="LADO-2026-0412",
    )  # fmt: skip
    head.close()
    deputy.close()
    assert pc1.sync().ok and pc2.sync().ok and pc3.sync().ok

    subject = pc3.sign_in(LEAD, LEAD_PASS)
    entry = pc3.store.log.get(recorded.allegation_id)
    assert entry is not None and not opens(every_key(subject), entry)
    with pytest.raises(NotPermitted):
        load_allegations(subject)
    named = pc3.sign_in(LEAD2, LEAD2_PASS)
    assert load_allegations(named).allegations[recorded.allegation_id].lado_reference == "LADO-2026-0412"
    rows = trust.hub.rows("SELECT * FROM concern_hub.entries")
    raw = b"".join(bytes(v) if isinstance(v, bytes | memoryview) else str(v).encode() for row in rows for v in row)
    assert recorded.allegation_id.encode() in raw  # the allegation's row is there: the scan can fail
    for words in (b"Locked a pupil", b"Alice Lead", b"LADO-2026-0412"):
        assert words not in raw
    for pc in (pc1, pc2, pc3):
        pc.assert_intact()
