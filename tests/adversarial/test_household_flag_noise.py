"""The household flag a sibling's concern raises, under attack: a member of staff (or a modified client signing as
one) linking two children who are not a household to put a flag in a child's file, or flooding a sibling with
concerns to bury the child's file in flags; and a family so recorded about that the rule must stay quick."""

from __future__ import annotations

import time
from datetime import date

from desktop_app.domain.entries import EntryKind
from desktop_app.domain.red_flags import FlagCode
from desktop_app.services.concerns import read_child_file
from desktop_app.services.state import load_state
from desktop_app.services.uow import UnitOfWork
from tests.adversarial.test_trust_at_use import quarantined
from tests.conftest import School
from tests.unit.test_red_flags import Build, coded, flags_of
from tests.unit.test_triage import AHMED, ZOFIA, record


def test_a_household_link_written_by_staff_puts_no_siblings_flag_in_a_childs_file(school: School) -> None:
    """A member of staff (correctly signed) links Zofia with a child of another family and records about him: a
    household link is a lead's, so it counts for nothing and Zofia's file gains no household flag."""
    lead, staff = school.lead(), school.staff()
    state = load_state(lead)
    zofia, ahmed = state.pupil_by_upn(ZOFIA), state.pupil_by_upn(AHMED)
    assert zofia is not None and ahmed is not None
    pupils = [zofia.pupil_id, ahmed.pupil_id]
    with UnitOfWork(staff) as uow:
        forged = [uow.record(EntryKind.HOUSEHOLD_LINK, {"change": "c", "household": "h", "pupils": pupils,
                                                        "members": pupils}, subject=p) for p in pupils]  # fmt: skip
        uow.commit()
    record(staff, ZOFIA, "Came in hungry again", days_ago=5)
    his = record(staff, AHMED, "A bruise on his arm; he would not say how", category="physical-abuse", days_ago=1)
    opened = read_child_file(lead, zofia.pupil_id)
    assert [f for f in opened.flags if f.code == FlagCode.HOUSEHOLD] == [] and opened.flags_at(his) == []
    assert not [row for row in opened.chronology if row.concern_id == his]  # no cross-reference either
    assert not load_state(lead).lead.household_changes  # a whole fold judges both; neither counts
    assert set(forged) <= set(quarantined(lead))


def test_flooding_a_sibling_with_concerns_raises_one_flag_in_the_childs_file_not_one_each() -> None:
    b = Build()
    anna, daniel = b.pupil("Anna", date(2017, 1, 1)), b.pupil("Daniel", date(2020, 1, 1))
    b.link("house-1", [anna, daniel])
    b.concern(anna, 0, category="neglect")
    first = b.concern(daniel, 1, category="physical-abuse")
    for n in range(200):
        b.concern(daniel, 1 + (n + 1) * 0.4, category="physical-abuse")  # 200 more within 81 days
    [flag] = coded(flags_of(b.state(), anna), FlagCode.HOUSEHOLD)
    assert flag.at_entry == first


def test_a_family_with_thousands_of_concerns_is_judged_quickly() -> None:
    b = Build()
    children = [b.pupil(name, date(2015 + i, 1, 1)) for i, name in enumerate(("Anna", "Daniel", "Zofia", "Ola"))]
    b.link("house-1", children)
    for n in range(4000):  # a concern every two hours across four children, each of harm
        b.concern(children[n % 4], n / 12, category="neglect")
    state = b.state()
    started = time.perf_counter()
    flags = {child: coded(flags_of(state, child), FlagCode.HOUSEHOLD) for child in children}
    assert time.perf_counter() - started < 5.0
    assert all(flags.values())
