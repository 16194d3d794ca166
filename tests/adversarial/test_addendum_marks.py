"""Attack the marks an addendum adds: a member of staff adding a mark to a colleague's concern, directly or through
the services and the command line, is refused, and an entry written round the services is never shown to a lead as
the concern's mark: not on the body map, in no red flag, named in the chronology as not counted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.domain.entries import EntryKind
from desktop_app.domain.lead.child_file import ChildFile
from desktop_app.domain.records import InjuryMark
from desktop_app.domain.red_flags import FlagCode
from desktop_app.services.concerns import add_addendum, read_child_file
from desktop_app.services.directory import load_directory
from desktop_app.services.errors import NotFound, ServiceError
from desktop_app.services.state import load_state
from desktop_app.services.uow import UnitOfWork
from desktop_app.ui.lead.file_html import concern_html
from tests.conftest import LEAD, LEAD_PASS, STAFF, STAFF2, STAFF2_PASS, STAFF_PASS, School
from tests.e2e.conftest import assert_one_error, entry_count, run_cli
from tests.gui.conftest import record_concern

ZOFIA = "A123456789012"  # born 2021: under four on the day, so a bruise to the ear is a TEN-4-FACESp site
EAR = {"view": "head-left", "x": 0.62, "y": 0.47, "region": "ear-left", "type": "bruise", "size_cm": 1.5}
PALM = InjuryMark("hands", 0.3, 0.6, "hand-right", "scratch")


def _lead_file(school: School, pupil_id: str) -> ChildFile:
    lead = school.lead()
    try:
        return read_child_file(lead, pupil_id)
    finally:
        lead.close()


def test_a_colleagues_mark_written_round_the_services_is_never_the_concerns(school: School) -> None:
    recorded = record_concern(school, STAFF, STAFF_PASS, ZOFIA, "Zofia had a graze on her knee from the yard.",
                              occurred_at="2024-03-04T10:15",
                              injuries=[{"view": "front", "x": 0.42, "y": 0.72, "region": "knee-right",
                                         "type": "scratch", "explanation": "I fell in the yard"}])  # fmt: skip
    pupil_id = recorded.pupil.pupil_id
    before = _lead_file(school, pupil_id)
    assert before.bodymap.total == 1 and not [f for f in before.flags if f.code == FlagCode.TEN4_FACESP]

    # The entry id and subject are plaintext columns: a colleague can name the concern without reading it.
    colleague = school.sign_in(STAFF2, STAFF2_PASS)
    with pytest.raises(NotFound):
        add_addendum(colleague, load_state(colleague), recorded.entry_id, "Also a bruise", [PALM])
    with UnitOfWork(colleague) as uow:  # round the services: the entry is well formed, signed and sealed
        forged = uow.record(EntryKind.ADDENDUM, {"amends": recorded.entry_id, "text": "I saw her ear too",
                                                 "marks": [EAR]}, subject=pupil_id)  # fmt: skip
        uow.commit()
    colleague.close()

    lead = school.lead()
    state = load_state(lead)  # the verified view judges entries as they are read
    refused = {q.entry_id: q.reason for q in lead.view.refused_for_authority()}
    lead.close()
    assert forged not in {a.addendum_id for a in state.addenda.get(recorded.entry_id, [])}
    assert "only a lead may amend another's" in refused[forged]  # the verified view holds it back, and says why
    after = _lead_file(school, pupil_id)
    assert after.bodymap.total == 1 and "ear-left" not in after.bodymap.region_counts
    assert [f for f in after.flags if f.code == FlagCode.TEN4_FACESP] == []
    assert forged not in {r.entry_id for r in after.chronology}


def test_a_leads_mark_written_round_the_services_is_shown_as_not_counted(school: School) -> None:
    """A lead may amend anyone's concern, but not add marks to it: a new observation is a concern of their own."""
    recorded = record_concern(school, STAFF, STAFF_PASS, ZOFIA, "Zofia had a graze on her knee.",
                              occurred_at="2024-03-04T10:15")  # fmt: skip
    pupil_id = recorded.pupil.pupil_id
    lead = school.lead()
    with UnitOfWork(lead) as uow:
        forged = uow.record(EntryKind.ADDENDUM, {"amends": recorded.entry_id, "text": "I saw her ear too",
                                                 "marks": [EAR]}, subject=pupil_id)  # fmt: skip
        uow.commit()
    lead.close()
    after = _lead_file(school, pupil_id)
    assert after.bodymap.total == 0 and [f for f in after.flags if f.code == FlagCode.TEN4_FACESP] == []
    [row] = [r for r in after.chronology if r.entry_id == forged]
    assert row.injuries == 0 and "Not counted" in row.summary and "only the person who recorded" in row.summary
    lead = school.lead()
    state = load_state(lead)
    lead.close()
    assert state.concerns[recorded.entry_id].injuries == ()
    assert "not counted" in concern_html(state, state.concerns[recorded.entry_id], {})


def test_only_the_author_adds_marks_and_a_lead_is_told_to_record_a_concern(school: School) -> None:
    recorded = record_concern(school, STAFF, STAFF_PASS, ZOFIA, "Zofia had a graze on her knee.",
                              occurred_at="2024-03-04T10:15")  # fmt: skip
    lead = school.lead()
    with pytest.raises(ServiceError, match="Only the person who recorded a concern can add marks"):
        add_addendum(lead, load_state(lead), recorded.entry_id, "I saw a bruise on her ear", [PALM])
    add_addendum(lead, load_state(lead), recorded.entry_id, "Mother says she fell.")  # text alone: any lead
    lead.close()
    staff = school.staff()
    with pytest.raises(ServiceError, match="region"):
        add_addendum(staff, load_state(staff), recorded.entry_id, "Another", [InjuryMark("front", 0.5, 0.5, "wing")])
    add_addendum(staff, load_state(staff), recorded.entry_id, "Noticed later on her ear", [InjuryMark(**EAR)])
    staff.close()
    after = _lead_file(school, recorded.pupil.pupil_id)
    assert "ear-left" in after.bodymap.region_counts
    assert [f.at_entry for f in after.flags if f.code == FlagCode.TEN4_FACESP] == [recorded.entry_id]


def test_the_command_line_refuses_a_mark_on_someone_elses_concern_and_writes_nothing(
    school: School, tmp_path: Path
) -> None:
    recorded = record_concern(school, STAFF, STAFF_PASS, ZOFIA, "Zofia had a graze on her knee.",
                              occurred_at="2024-03-04T10:15")  # fmt: skip
    school.store.close()
    data_dir = school.data_dir
    marks = tmp_path / "marks.json"
    marks.write_text(json.dumps({"text": "A bruise on her ear", "marks": [EAR]}), encoding="utf-8")
    before = entry_count(data_dir)
    refused = run_cli(data_dir, "addendum", recorded.reference, "--from", str(marks), "--as", LEAD,
                      secrets=[LEAD_PASS])  # fmt: skip
    assert "Only the person who recorded a concern can add marks" in assert_one_error(refused)
    unseen = run_cli(data_dir, "addendum", recorded.reference, "--from", str(marks), "--as", STAFF2,
                     secrets=[STAFF2_PASS])  # fmt: skip
    assert_one_error(unseen)
    assert entry_count(data_dir) <= before + 2  # at most each sign-in's batch key; no addendum
    done = run_cli(data_dir, "addendum", recorded.reference, "--from", str(marks), "--as", STAFF,
                   secrets=[STAFF_PASS])  # fmt: skip
    assert done.code == 0, done.err
    assert done.out.strip() == (f"Addendum with 1 mark noticed later to {recorded.reference} saved and sent to the "
                                "safeguarding team")  # fmt: skip


def test_the_directory_is_all_a_colleague_needs_to_aim_and_still_gets_nothing_counted(school: School) -> None:
    """The same forgery aimed with the author's own pupil and with another child's: neither counts."""
    recorded = record_concern(school, STAFF, STAFF_PASS, ZOFIA, "Zofia had a graze.", occurred_at="2024-03-04T10:15")
    colleague = school.sign_in(STAFF2, STAFF2_PASS)
    other = next(p for p in load_directory(colleague).pupils.values() if p.upn != ZOFIA)
    with UnitOfWork(colleague) as uow:
        for subject in (recorded.pupil.pupil_id, other.pupil_id):
            uow.record(EntryKind.ADDENDUM, {"amends": recorded.entry_id, "text": "x", "marks": [EAR]},
                       subject=subject)  # fmt: skip
        uow.commit()
    colleague.close()
    for pupil_id in (recorded.pupil.pupil_id, other.pupil_id):
        opened = _lead_file(school, pupil_id)
        assert "ear-left" not in opened.bodymap.region_counts
        assert not [f for f in opened.flags if f.code == FlagCode.TEN4_FACESP]
