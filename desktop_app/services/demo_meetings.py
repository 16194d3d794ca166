"""The demo school's meetings: an initial child-protection conference about the first story child, then a core group,
each with its plan's actions, one given to a member of staff (Ruth Okafor, r.okafor) so that her "My actions"
has something in it, and one of hers already done."""

from __future__ import annotations

from datetime import date, timedelta

from desktop_app.domain.lead.meetings import Attendee
from desktop_app.domain.records import Pupil
from desktop_app.services.meetings import PlanOwner, mark_action_done, plan_owner, record_meeting
from desktop_app.services.session import Session
from desktop_app.services.state import load_state
from desktop_app.services.uow import now_utc

ACTION_OWNER = "r.okafor"  # a demo member of staff (demo_content.STAFF): her "My actions" shows her part of the plan
SOCIAL_WORKER = Attendee("Priya Shah", "Social worker", "Children's Services")


def write_meetings(lead: Session, child: Pupil, today: date, owner: Session | None = None) -> tuple[str, str]:
    """The conference (five weeks ago: a child-protection plan under neglect) and the core group (ten days ago: the
    plan continues), each with actions; `owner` (r.okafor's session) marks her first action done. Returns the two
    meetings' ids."""
    today = min(today, now_utc().astimezone().date())  # a meeting is recorded once held
    state = load_state(lead, use_snapshot=False)  # as the demo's other lead records: no snapshot mid-history
    staff = plan_owner(lead, state, ACTION_OWNER)
    held, core = _weekday(today - timedelta(days=35)), _weekday(today - timedelta(days=10))
    lead_name = state.staff[lead.account_id].full_name
    school = [SOCIAL_WORKER, Attendee(lead_name, "Designated safeguarding lead", "School"),
              Attendee("Ruth Okafor", "Class teacher", "School")]  # fmt: skip
    conference = record_meeting(
        lead, state, child.pupil_id, "cp-conference", held,
        [*school, Attendee("Dr A. Example", "GP", "Riverside Medical Practice"),
         Attendee("Sam Patel", "Health visitor", "Community health")],
        "cp-plan", category="neglect", next_on=held + timedelta(weeks=13),
        notes="Parents attended the second half. Core group to meet within ten working days.",
        actions=[
            (f"Check in with {child.forename} each morning and tell the DSL at once of hunger or a new mark",
             staff, held + timedelta(days=14)),
            ("Home visit, and see the younger brother", PlanOwner(name="Priya Shah (Children's Services)"),
             held + timedelta(days=7)),
            ("Refer to the school nurse for a growth check", PlanOwner(account_id=lead.account_id),
             held + timedelta(days=21)),
        ],
    )  # fmt: skip
    state = load_state(lead, use_snapshot=False)
    group = record_meeting(
        lead, state, child.pupil_id, "core-group", core, school, "plan-continues",
        next_on=core + timedelta(weeks=6),
        notes="Attendance has dipped after weekends; breakfast club offered and taken up.",
        actions=[
            (f"Keep a note of {child.forename}'s breakfast-club attendance for the review", staff,
             today + timedelta(days=18)),
            ("Chase the school nurse's growth check", PlanOwner(name="Sam Patel (Community health)"),
             core + timedelta(days=5)),
        ],
    )  # fmt: skip
    if owner is not None:
        done = "Seen every morning; told the DSL twice."
        mark_action_done(owner, load_state(owner, use_snapshot=False), conference.action_ids[0], done)
    return conference.meeting_id, group.meeting_id


def _weekday(day: date) -> date:
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day
