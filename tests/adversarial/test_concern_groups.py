"""A concern recorded for several children, attacked: a forged or copied group id links nothing and carries no
words from one child's file into another's; a child not in the directory stops the whole concern."""

from __future__ import annotations

import json

import pytest

from desktop_app.domain.concern_groups import linked_concerns
from desktop_app.domain.entries import EntryKind
from desktop_app.services.concerns import check_concerns, child_file_json, read_child_file, record_concerns
from desktop_app.services.directory import load_directory
from desktop_app.services.errors import ServiceError
from desktop_app.services.state import load_state
from desktop_app.services.uow import UnitOfWork, now_utc
from tests.conftest import STAFF2, STAFF2_PASS, School

ZOFIA, KUBA, AHMED, SEYMA = "A123456789012", "A123456789013", "B123456789014", "C123456789015"
GENUINE = "I (Carys Teacher, Year 1 teacher) saw two children pushed against the fence by an older pupil."
FORGED = "Invented by the assistant: a hungry child with bruised knees."


def _record(school: School, **item: object) -> list[str]:
    session = school.staff()
    try:
        directory = load_directory(session)
        checked = check_concerns(directory, [{"occurred_at": "2026-03-04T10:15", "what_happened": GENUINE, **item}])
        return [r.entry_id for r in record_concerns(session, directory, checked)]
    finally:
        session.close()


def test_a_copied_group_id_in_another_authors_concern_links_nothing_and_moves_no_words(school: School) -> None:
    zofia_id, kuba_id = _record(school, pupils=[ZOFIA, KUBA], category="child-on-child")
    state = load_state(school.lead())
    group = state.concerns[zofia_id].group_id
    # The assistant, with a modified program and the genuine group id (the worst case: she cannot read it), writes
    # a concern about Ahmed claiming to belong to the same group, of 40 children, at the same time.
    forger = school.sign_in(STAFF2, STAFF2_PASS)
    directory = load_directory(forger)
    ahmed = directory.pupil_by_upn(AHMED)
    assert ahmed is not None
    with UnitOfWork(forger) as uow:
        forged_id = uow.record(
            EntryKind.CONCERN,
            {"category": "neglect", "what_happened": FORGED, "group": group, "group_size": 40},
            subject=ahmed.pupil_id,
            occurred_at=state.concerns[zofia_id].occurred_at,
        )
        uow.commit()
    forger.close()

    lead = school.lead()
    state = load_state(lead)
    genuine, forged = state.concerns[zofia_id], state.concerns[forged_id]
    assert [c.concern_id for c in linked_concerns(state, genuine)] == [kuba_id]
    assert linked_concerns(state, forged) == []
    names = {upn: state.pupil_by_upn(upn).full_name for upn in (ZOFIA, KUBA, AHMED)}  # type: ignore[union-attr]
    for upn, own, foreign in ((ZOFIA, GENUINE, FORGED), (AHMED, FORGED, GENUINE)):
        pupil = state.pupil_by_upn(upn)
        assert pupil is not None
        shown = json.dumps(child_file_json(read_child_file(lead, pupil.pupil_id), now_utc()), ensure_ascii=False)
        assert own in shown and foreign not in shown
        assert all(name not in shown for other, name in names.items() if other != upn)
    ahmed_file = read_child_file(lead, state.pupil_by_upn(AHMED).pupil_id)  # type: ignore[union-attr]
    [row] = [r for r in ahmed_file.chronology if r.kind == "concern"]
    assert row.summary.endswith("Also recorded for 39 other children (one concern about several children).")


def test_a_child_not_in_the_directory_stops_the_whole_concern(school: School) -> None:
    before = school.store.log.count()
    with pytest.raises(ServiceError, match="no pupil with UPN X000000000000 in this school's directory"):
        _record(school, pupils=[ZOFIA, "X000000000000", SEYMA], category="other")
    assert school.store.log.count() == before  # not even Zofia's and Şeyma's entries


def test_nothing_in_the_plaintext_links_the_entries_of_one_concern(school: School) -> None:
    ids = _record(school, pupils=[ZOFIA, KUBA, AHMED], categories=["child-on-child", "physical-abuse"])
    group = load_state(school.lead()).concerns[ids[0]].group_id
    rows = school.store.log.entries_about(ids=ids)
    assert len(rows) == 3 and len({row.subject for row in rows}) == 3
    for row in rows:
        assert group not in json.dumps(row.public or {}) + str(row.subject)
    for path in school.data_dir.rglob("*"):  # the store, its write-ahead log, snapshots: the id is only sealed
        if path.is_file():
            assert group.encode() not in path.read_bytes(), path
