"""A labelled evaluation set for the red flags: short cases written from SAFEGUARDING.md, TEN-4-FACESp and NICE CG89.

Each case is one child (sometimes with a linked sibling) and says exactly which flags practice expects: every code in
`expect` should be raised for the child, every other code should not. Used by tests/unit/test_red_flag_evaluation.py
(recall 1.0 on sentinel injuries, precision at least 0.9) and tests/benchmarks/bench_red_flags.py (per rule).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from desktop_app.domain.entries import EntryKind
from desktop_app.domain.fold import OpenedEntry, fold
from desktop_app.domain.records import Role, SchoolState
from desktop_app.domain.red_flags import FlagCode, RedFlag, evaluate

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday
STAFF_ID, LEAD_ID = "acct-staff", "acct-lead"

SENT, NM, TEN4 = FlagCode.SENTINEL_INJURY, FlagCode.NOT_MOBILE_INJURY, FlagCode.TEN4_FACESP
PAT, REC, NOEX = FlagCode.PATTERNED, FlagCode.RECURRING_INJURY, FlagCode.NO_EXPLANATION
CHG, ADULT, CLU = FlagCode.CHANGING_EXPLANATION, FlagCode.ADULT_EXPLANATION, FlagCode.CLUSTER
NEG, HH = FlagCode.INJURY_WITH_NEGLECT, FlagCode.HOUSEHOLD
AFTER, WEEKENDS = FlagCode.ABSENCE_AFTER_INJURY, FlagCode.ABSENCE_AROUND_WEEKENDS


@dataclass(frozen=True)
class M:
    """A mark: region, type and what was written about it."""

    region: str
    type: str = "bruise"
    shape: str = ""
    explanation: str = ""
    by: str = ""  # "" as in entries written before explanation_by was recorded
    witnessed: str = ""
    colour: str = ""

    def payload(self) -> dict[str, Any]:
        return {
            "view": "front", "x": 0.5, "y": 0.5, "region": self.region, "type": self.type, "shape": self.shape,
            "colour": self.colour, "explanation": self.explanation, "explanation_by": self.by,
            "witnessed_by": self.witnessed,
        }  # fmt: skip


@dataclass(frozen=True)
class C:
    """A concern `day` days after T0, with an optional note added the next day."""

    day: int
    category: str = "physical-abuse"
    what: str = "I noticed a mark."
    words: str = ""
    marks: tuple[M, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Case:
    name: str
    source: str  # where the expectation comes from
    age_months: int  # on T0
    concerns: tuple[C, ...]
    expect: frozenset[str]
    mobile: bool | None = None  # what a lead recorded, if anything
    sibling: tuple[C, ...] = field(default=())
    sibling_age: int | None = None  # months on T0 (default: 30 months older than the child)
    sibling_on_roll: bool = True  # False: a household member a lead added (a baby, a toddler), not on roll
    absent: tuple[int, ...] | None = None  # with attendance imported: the days after T0 missed whole, else present


def case(name: str, source: str, age: int, concerns: Iterable[C], expect: Iterable[str], **kw: Any) -> Case:
    return Case(name, source, age, tuple(concerns), frozenset(expect), **kw)


def bruise(region: str, explanation: str = "", by: str = "", **kw: Any) -> M:
    return M(region, "bruise", explanation=explanation, by=by, **kw)


Y = 12  # months in a year, for ages
S, T, N = "SAFEGUARDING.md", "TEN-4-FACESp", "NICE CG89"

CASES: tuple[Case, ...] = (
    # --- sentinel injuries by what they are --------------------------------------------------------------------
    case("torn frenulum, toddler, parent explains", S, 15,
         [C(0, marks=(M("frenulum", "cut", explanation="He fell against the coffee table", by="parent"),))],
         {SENT, ADULT}),
    case("torn frenulum recorded as a cut on the mouth", S, 7 * Y,
         [C(0, marks=(M("mouth", "cut", shape="torn frenulum, bleeding", explanation="I fell off the climbing frame",
                        by="child"),))], {SENT}),
    case("frenulum tear named only in the account", S, 2 * Y,
         [C(0, what="Her frenulum looked torn when she laughed.", marks=(M("mouth", "mark",
                                                                         explanation="don't know"),))],
         {SENT, NOEX}),
    case("burn with clear edges, round like a cigarette", S, 6 * Y,
         [C(0, marks=(M("forearm-left", "burn", shape="round, 8 mm, clear edges", explanation="don't know"),))],
         {SENT, NOEX}),
    case("iron burn explained by the child", S, 8 * Y,
         [C(0, marks=(M("forearm-left", "burn", shape="triangular, sharp-edged", explanation="I touched the iron",
                        by="child"),))], {SENT}),
    case("immersion scald, glove and stocking", S, 2 * Y,
         [C(0, marks=(M("foot-left", "burn", shape="glove and stocking pattern, tide mark",
                        explanation="He got into the bath by himself", by="parent"),))], {SENT, ADULT}),
    case("splash scald from a hot drink, irregular", S, 7 * Y,
         [C(0, marks=(M("forearm-right", "burn", shape="irregular splash marks", explanation="I spilt my hot chocolate",
                        by="child", witnessed="Salma Begum, learning mentor"),))], set()),
    case("bite mark, sibling named", S, 4 * Y,
         [C(0, marks=(M("upper-arm-right", "bite", explanation="My brother bit me", by="child"),))], {SENT}),
    case("bite recorded as a mark", S, 10 * Y,
         [C(0, marks=(M("upper-arm-left", "mark", shape="oval bite mark with teeth marks"),))], {SENT, NOEX}),
    case("suspected fracture in the account, no explanation", S, 6 * Y,
         [C(0, what="He is not using his arm and cries when it is touched.", words="I don't remember",
            marks=(M("forearm-left", "swelling"),))], {SENT, NOEX}),
    case("possible fracture after a fall at home", S, 9 * Y,
         [C(0, marks=(M("hand-left", "swelling", shape="swollen wrist, possible fracture",
                        explanation="I fell off the trampoline", by="child"),))], {SENT}),
    case("non-mobile child recorded by a lead, bruise on a shin", N, 10 * Y,
         [C(0, marks=(bruise("shin-left", "I don't know", "child"),))], {NM, NOEX}, mobile=False),
    case("9-month-old recorded as not mobile, bruise on a shin", N, 9,
         [C(0, marks=(bruise("shin-left", "He crawled into the table", "parent"),))], {NM, ADULT}, mobile=False),
    case("3-month-old, bruise on the cheek, nothing said", T, 3,
         [C(0, marks=(bruise("cheek-left"),))], {NM, TEN4, NOEX}),
    case("5-month-old, scratch on the hand", N, 5,
         [C(0, marks=(M("hand-right", "scratch", explanation="She caught it with her own nails", by="parent"),))],
         {NM, ADULT}),
    case("4-month-old, bruise on the shin", T, 4,
         [C(0, marks=(bruise("shin-right", "She rolled into the cot bars", "parent"),))], {NM, TEN4, ADULT}),
    case("5-month-old a lead recorded as mobile", N, 5,
         [C(0, marks=(bruise("shin-left", "She rolled off the changing mat", "parent"),))], {ADULT}, mobile=True),
    # --- TEN-4-FACESp sites in under-4s -----------------------------------------------------------------------------
    case("2-year-old, bruise on the ear", T, 2 * Y,
         [C(0, marks=(bruise("ear-left", "He fell off the sofa", "parent"),))], {TEN4, ADULT}),
    case("3-year-old, bruise behind the ear", T, 3 * Y,
         [C(0, words="don't know", marks=(bruise("behind-ear-right"),))], {TEN4, NOEX}),
    case("3-year-old, fingertip bruising on the neck", T, 3 * Y,
         [C(0, marks=(bruise("neck", shape="three small round bruises like fingertips"),))], {TEN4, PAT, NOEX}),
    case("2-year-old, bruise on the back, parent explains", T, 2 * Y,
         [C(0, marks=(bruise("upper-back-left", "She bumped into the door", "parent"),))], {TEN4, ADULT}),
    case("18-month-old, bruise on the tummy, nothing said", T, 18,
         [C(0, marks=(bruise("abdomen"),))], {TEN4, NOEX}),
    case("3-year-old, bruise at the angle of the jaw", T, 3 * Y,
         [C(0, marks=(bruise("jaw-left", "Mummy's friend grabbed me", "child"),))], {TEN4}),
    case("3-year-old, bruised eyelid", T, 3 * Y,
         [C(0, marks=(bruise("eye-right", "I walked into the door", "child"),))], {TEN4}),
    case("2-year-old, bruise on the buttock", T, 2 * Y,
         [C(0, marks=(bruise("buttock-left"),))], {TEN4, NOEX}),
    case("2-year-old, bruising recorded as a mark on the ear", T, 2 * Y,
         [C(0, marks=(M("ear-right", "mark", colour="blue-purple bruising"),))], {TEN4, NOEX}),
    case("3-year-old, bruise on the forehead after a fall", T, 3 * Y,
         [C(0, marks=(bruise("forehead", "I fell over in the garden", "child"),))], set()),
    case("3-year-old, bruised shin and knee", T, 3 * Y,
         [C(0, marks=(bruise("shin-left", "I fell on the path", "child"), bruise("knee-right", "fell", "child")))],
         set()),
    case("3-year-old, bruised chin", T, 3 * Y,
         [C(0, marks=(bruise("chin", "I fell off the step", "child"),))], set()),
    case("2-year-old, cat scratch on the cheek", T, 2 * Y,
         [C(0, marks=(M("cheek-left", "scratch", explanation="The cat scratched me", by="child"),))], set()),
    case("5-year-old, bruise on the cheek explained by the child", S, 5 * Y,
         [C(0, marks=(bruise("cheek-left", "I banged it on the door", "child"),))], set()),
    # --- no explanation -------------------------------------------------------------------------------------------
    case("can't remember", S, 8 * Y, [C(0, marks=(bruise("upper-arm-left", "Can't remember", "child"),))], {NOEX}),
    case("won't say", S, 8 * Y, [C(0, marks=(bruise("forearm-right", "won't say", "child"),))], {NOEX}),
    case("a shrug", S, 9 * Y, [C(0, marks=(bruise("upper-arm-left", "(shrugged)", "child"),))], {NOEX}),
    case("silence", S, 9 * Y, [C(0, marks=(bruise("thigh-left", by="none"),))], {NOEX}),
    case("dunno", S, 7 * Y, [C(0, marks=(bruise("upper-arm-left", "I dunno", "child"),))], {NOEX}),
    case("don't know, then an account", S, 9 * Y,
         [C(0, marks=(bruise("upper-arm-right", "I don't know, I think I bumped it on the table", "child"),))], set()),
    # --- who explained ----------------------------------------------------------------------------------------------
    case("parent explains, child says nothing", S, 8 * Y,
         [C(0, marks=(bruise("upper-arm-left", "He plays rough with his brother", "parent"),))], {ADULT}),
    case("first-person explanation by the child", S, 8 * Y,
         [C(0, marks=(bruise("cheek-left", "I fell off my scooter", "child"),))], set()),
    case("child repeats what mum says", S, 6 * Y,
         [C(0, marks=(bruise("upper-arm-left", "Mum says I fell down the stairs", "child"),))], set()),
    case("carer and child agree", S, 7 * Y,
         [C(0, words="I fell at the park", marks=(bruise("upper-arm-right", "She fell in the park", "carer"),))],
         set()),
    case("another adult explains", S, 7 * Y,
         [C(0, marks=(bruise("upper-arm-left", "The childminder said he fell", "other-adult"),))], {ADULT}),
    case("old entry: explanation with no giver reads as the child's", S, 8 * Y,
         [C(0, marks=(bruise("upper-arm-left", "Mum said he fell"),))], set()),
    # --- explanations that change -----------------------------------------------------------------------------------
    case("parent and child differ", S, 7 * Y,
         [C(0, words="Dad grabbed me", marks=(bruise("upper-arm-left", "He fell off his bike", "parent"),))], {CHG}),
    case("the same mark told differently two days later", S, 8 * Y,
         [C(0, marks=(bruise("upper-arm-left", "I fell in the playground", "child"),)),
          C(2, marks=(bruise("upper-arm-left", "My uncle hit me", "child"),))], {CHG}),
    case("a note says the story changed", S, 8 * Y,
         [C(0, marks=(bruise("forearm-left", "I fell", "child"),),
            note="Later she told a different story: her brother pushed her.")], {CHG}),
    case("parent and child agree", S, 9 * Y,
         [C(0, words="I fell off the trampoline",
            marks=(bruise("shin-left", "He fell off the trampoline", "parent"),))], set()),
    case("two marks, two causes", S, 9 * Y,
         [C(0, marks=(M("knee-left", "scratch", explanation="I fell in PE", by="child"),
                      M("forearm-left", "scratch", explanation="My cat scratched me", by="child")))], set()),
    # --- recurrence, witnessed accidents ----------------------------------------------------------------------------
    case("Year 5, three witnessed PE and club injuries", S, 10 * Y,
         [C(0, marks=(bruise("shin-left", "I was kicked in football", "child", witnessed="David Evans, PE coach"),)),
          C(35, marks=(bruise("forearm-right", "The netball hit my arm", "child", witnessed="Megan Hughes"),)),
          C(70, marks=(M("knee-left", "scratch", explanation="I slipped on the wet floor", by="child",
                         witnessed="Ruth Okafor"),))], set()),
    case("three witnessed accidents within three weeks", S, 10 * Y,
         [C(d, marks=(bruise("shin-right", "I tripped over the bench in PE", "child", witnessed="David Evans"),))
          for d in (0, 9, 18)], set()),
    case("two unwitnessed bruises on the arms", S, 8 * Y,
         [C(0, marks=(bruise("upper-arm-left", "I fell over", "child"),)),
          C(40, marks=(bruise("upper-arm-right", "I bumped it", "child"),))], {REC}),
    case("recurring bruises in the same place", S, 7 * Y,
         [C(0, marks=(bruise("upper-arm-left", "I fell", "child"),)),
          C(30, marks=(bruise("forearm-left", "I fell", "child"),))], {REC}),
    case("everyday knocks on knees and shins", S, 8 * Y,
         [C(0, marks=(M("knee-left", "scratch", explanation="I fell in the playground", by="child"),)),
          C(20, marks=(bruise("shin-left", "I kicked the table leg", "child"),))], set()),
    case("injuries more than 90 days apart", S, 8 * Y,
         [C(0, marks=(bruise("upper-arm-left", "I fell", "child"),)),
          C(120, marks=(bruise("upper-arm-left", "I fell again", "child"),))], set()),
    case("witnessed but not explained, then another injury", S, 10 * Y,
         [C(0, marks=(bruise("shin-right", "don't know", "child", witnessed="David Evans"),)),
          C(20, marks=(bruise("upper-arm-left", "I fell", "child"),))], {NOEX, REC}),
    case("'witnessed' by no named adult", S, 9 * Y,
         [C(0, marks=(bruise("upper-arm-left", "I fell", "child", witnessed="a dinner lady"),)),
          C(30, marks=(bruise("upper-arm-left", "I fell", "child", witnessed="a dinner lady"),))], {REC}),
    # --- patterned marks --------------------------------------------------------------------------------------------
    case("fingertip bruising, no explanation", S, 9 * Y,
         [C(0, marks=(bruise("upper-arm-left", "I don't know", "child", shape="four round bruises like fingertips"),))],
         {PAT, NOEX}),
    case("linear scratch on the knee", S, 8 * Y,
         [C(0, marks=(M("knee-right", "scratch", shape="linear", explanation="I fell in the playground",
                        by="child"),))], set()),
    case("loop-shaped bruise", S, 10 * Y,
         [C(0, marks=(bruise("thigh-right", "My dad did it with the cable", "child", shape="loop-shaped"),))], {PAT}),
    case("tramline bruising on the back", S, 9 * Y,
         [C(0, marks=(bruise("lower-back-left", shape="two parallel lines (tramlines)"),))], {PAT, NOEX}),
    case("hand-shaped mark on the cheek", S, 6 * Y,
         [C(0, marks=(M("cheek-right", "mark", shape="hand-shaped red mark", explanation="Mum slapped me",
                        by="child"),))], {PAT}),
    # --- neglect, clusters, households ------------------------------------------------------------------------------
    case("injury then hunger within a month", S, 7 * Y,
         [C(0, marks=(bruise("upper-arm-left", "I fell", "child"),)),
          C(10, "neglect", "She came in hungry and had no breakfast.", words="There wasn't any food")], {NEG}),
    case("witnessed accident then hunger", S, 7 * Y,
         [C(0, marks=(bruise("shin-left", "I fell in PE", "child", witnessed="David Evans"),)),
          C(10, "neglect", "She came in hungry and had no breakfast.")], set()),
    case("hunger twice, no injury", S, 7 * Y,
         [C(0, "neglect", "He was hungry at breakfast club."), C(40, "neglect", "Taking food from lunch boxes.")],
         set()),
    case("three worries in three weeks", S, 9 * Y,
         [C(0, "attendance", "Absent three Mondays."), C(10, "mental-health", "Tearful all morning."),
          C(20, "neglect", "No coat in the rain.")], {CLU}),
    case("two worries in three weeks", S, 9 * Y,
         [C(0, "attendance", "Absent two Mondays."), C(20, "mental-health", "Tearful all morning.")], set()),
    case("sibling neglected, child hears shouting at home", S, 8 * Y,
         [C(30, "domestic-abuse", "He said the police came to the house.")], {HH},
         sibling=(C(0, "neglect", "Her sister came in hungry and unwashed."),)),
    case("sibling worried about sleep, child absent", S, 8 * Y,
         [C(30, "attendance", "Absent two Mondays.")], set(),
         sibling=(C(0, "mental-health", "Tearful, can't sleep."),)),
    case("a knock and two worries in three weeks", S, 8 * Y,
         [C(0, "attendance", "Absent two Mondays."),
          C(7, "other", marks=(M("knee-left", "scratch", explanation="I fell over on the way to school", by="child"),)),
          C(15, "mental-health", "Tearful all morning.")], {CLU}),
    case("two worries and a witnessed accident in three weeks", S, 8 * Y,
         [C(0, "attendance", "Absent two Mondays."),
          C(7, "other", marks=(M("knee-left", "scratch", explanation="I slipped in PE", by="child",
                                 witnessed="David Evans, PE coach"),)),
          C(15, "mental-health", "Tearful all morning.")], set()),
    case("injury then head lice and unwashed clothes", S, 6 * Y,
         [C(0, marks=(bruise("forearm-right", "I fell off the sofa", "child"),)),
          C(20, "neglect", "She has head lice again and her clothes are unwashed.")], {NEG}),
    case("injury and hunger forty days apart", S, 6 * Y,
         [C(0, marks=(bruise("forearm-right", "I fell off the sofa", "child"),)),
          C(40, "neglect", "He came in hungry and had no breakfast.")], set()),
    case("sibling's unexplained bruise, then this child's hunger", S, 7 * Y,
         [C(60, "neglect", "She was hungry at breakfast club.")], {HH},
         sibling=(C(0, marks=(bruise("upper-arm-left", "don't know", "child"),)),)),
    case("siblings' concerns a hundred days apart", S, 7 * Y,
         [C(100, "neglect", "She was hungry at breakfast club.")], set(),
         sibling=(C(0, "neglect", "He was hungry at breakfast club."),)),
    # a sibling's later concern raises the household flag in this child's file when it is recorded
    case("child hungry, then a sibling's unexplained bruise a month later", S, 7 * Y,
         [C(0, "neglect", "She was hungry at breakfast club.")], {HH},
         sibling=(C(30, marks=(bruise("upper-arm-left", "don't know", "child"),)),)),
    case("child's explained bruise, then a toddler not on roll bruised on the cheek, a parent explains", S, 6 * Y,
         [C(0, marks=(bruise("forearm-right", "I fell off the sofa", "child"),))], {HH},
         sibling=(C(20, what="At pick-up I saw a bruise on his little brother's cheek; their mum said he fell.",
                    marks=(bruise("cheek-left", "He fell off the sofa", "parent"),)),),
         sibling_age=22, sibling_on_roll=False),
    case("child speaks of shouting at home, then a sibling's disclosure", S, 9 * Y,
         [C(0, "domestic-abuse", "He said his dad shouted and broke a door.")], {HH},
         sibling=(C(45, "disclosure", "She said her dad hits her brother.", words="Dad hits him"),)),
    case("child hungry, then a sibling's attendance worry", S, 7 * Y,
         [C(0, "neglect", "She was hungry at breakfast club.")], set(),
         sibling=(C(20, "attendance", "Absent three Mondays."),)),
    case("child hungry, then a sibling's witnessed PE accident", S, 7 * Y,
         [C(0, "neglect", "She was hungry at breakfast club.")], set(),
         sibling=(C(20, "other", marks=(bruise("shin-left", "I fell in PE", "child",
                                               witnessed="David Evans, PE coach"),)),)),
    case("child hungry, then a sibling's grazed knee from the playground", S, 7 * Y,
         [C(0, "neglect", "She was hungry at breakfast club.")], set(),
         sibling=(C(20, "other", marks=(M("knee-right", "scratch", explanation="I tripped in the playground",
                                           by="child"),)),)),
    case("child hungry, then a sibling's bruise a hundred days later", S, 7 * Y,
         [C(0, "neglect", "She was hungry at breakfast club.")], set(),
         sibling=(C(100, marks=(bruise("upper-arm-left", "don't know", "child"),)),)),
    case("carer and child differ", S, 9 * Y,
         [C(0, words="My mum's boyfriend kicked me",
            marks=(bruise("shin-left", "He fell off the wall", "carer"),))], {CHG}),
    case("the same place hurt again ten days later, told differently", S, 8 * Y,
         [C(0, marks=(bruise("upper-arm-left", "I fell in the playground", "child"),)),
          C(10, marks=(bruise("upper-arm-left", "My uncle hit me", "child"),))], {REC}),
    case("Pelka pattern: adult explanations, hunger, recurring injuries, a sibling", S, 5 * Y,
         [C(0, marks=(bruise("upper-arm-left", "He fell over in the garden", "parent"),)),
          C(20, "neglect", "He was taking food from other children's lunch boxes.", words="I'm hungry"),
          C(45, words="I don't remember", marks=(bruise("cheek-left"),))],
         {ADULT, NOEX, REC, NEG, HH},
         sibling=(C(10, "neglect", "His sister was hungry and her uniform unwashed."),)),
    # Attendance beside the chronology (issue 17): absence after injuries, and around weekends.
    case("kept at home the day after each of two injuries months apart", S, 8 * Y,
         [C(0, marks=(bruise("upper-arm-left", "I fell over in the garden", "child"),)),
          C(100, marks=(bruise("forearm-right", "I banged it on the door", "child"),))], {AFTER}, absent=(1, 102)),
    case("absent after one injury, present after the other", S, 8 * Y,
         [C(0, marks=(bruise("upper-arm-left", "I fell over in the garden", "child"),)),
          C(100, marks=(bruise("forearm-right", "I banged it on the door", "child"),))], set(), absent=(1,)),
    case("absent the day after two grazed knees in the playground", S, 8 * Y,
         [C(0, marks=(M("knee-left", "scratch", explanation="I tripped in the playground", by="child"),)),
          C(100, marks=(M("knee-right", "scratch", explanation="I fell over at football", by="child"),))], set(),
         absent=(1, 101)),
    case("Fridays and Mondays missed, again and again", S, 10 * Y,
         [C(0, "other", "She was upset at lunch and would not join in.")], {WEEKENDS}, absent=(4, 7, 25, 28, 46)),
    case("absences spread over the week", S, 10 * Y,
         [C(0, "other", "She was upset at lunch and would not join in.")], set(), absent=(1, 2, 4, 8, 9, 15, 22)),
    case("two long weekends only", S, 10 * Y,
         [C(0, "other", "She was upset at lunch and would not join in.")], set(), absent=(4, 7)),
)  # fmt: skip


def _entry(n: int, kind: str, subject: str | None, when: datetime, content: dict, author: str) -> OpenedEntry:
    return OpenedEntry(f"0000-{n:06d}", kind, subject, author, when, when + timedelta(minutes=20), content)


def build(case_: Case) -> tuple[SchoolState, str]:
    """The case folded as the services would write it; returns the state and the child's pupil id."""
    entries: list[OpenedEntry] = []
    roles = {STAFF_ID: Role.STAFF, LEAD_ID: Role.LEAD}

    def add(kind: str, subject: str | None, when: datetime, content: dict, author: str = LEAD_ID) -> str:
        entries.append(_entry(len(entries) + 1, kind, subject, when, content, author))
        return entries[-1].entry_id

    born = _months_before(T0.date(), case_.age_months)
    long_ago = T0 - timedelta(days=999)
    for account in (STAFF_ID, LEAD_ID):
        add("account.profile", account, long_ago, {"username": account, "full_name": account.title(), "job_title": ""},
            author=account)  # fmt: skip
    children = [("child", born, case_.concerns)]
    if case_.sibling:
        sibling_age = case_.sibling_age if case_.sibling_age is not None else case_.age_months + 30
        children.append(("sibling", _months_before(T0.date(), sibling_age), case_.sibling))
    for name, dob, concerns in children:
        pupil = f"pupil-{name}"
        details = {"upn": f"A00000000000{len(entries)}", "forename": name.title(), "surname": "Case",
                   "date_of_birth": dob.isoformat()}  # fmt: skip
        if name == "sibling" and not case_.sibling_on_roll:
            details.update(upn="NR-0000-0001", on_roll=False, relationship="younger brother")
        add(EntryKind.PUPIL, pupil, long_ago, details)
        for concern in concerns:
            when = T0 + timedelta(days=concern.day)
            content = {"category": concern.category, "what_happened": concern.what, "childs_words": concern.words,
                       "injuries": [m.payload() for m in concern.marks]}  # fmt: skip
            concern_id = add(EntryKind.CONCERN, pupil, when, content, STAFF_ID)
            if concern.note:
                add(EntryKind.ADDENDUM, pupil, when + timedelta(days=1), {"amends": concern_id, "text": concern.note})
    if case_.mobile is not None:
        add(EntryKind.MOBILITY, "pupil-child", long_ago, {"independently_mobile": case_.mobile, "note": ""})
    if case_.absent is not None:
        days = [T0.date() + timedelta(days=n) for n in range(-14, 130)]
        days = [d for d in days if d.weekday() < 5]
        missed = {T0.date() + timedelta(days=n) for n in case_.absent}
        marks = [("N", "N") if d in missed else ("/", "\\") for d in days]
        add(EntryKind.ATTENDANCE, "pupil-child", T0 + timedelta(days=130),
            {"import": "i", "days": [d.isoformat() for d in days], "am": [m[0] for m in marks],
             "pm": [m[1] for m in marks]})  # fmt: skip
    if case_.sibling:
        link = {"change": "chg-1", "household": "house-1", "pupils": ["pupil-child", "pupil-sibling"],
                "members": ["pupil-child", "pupil-sibling"]}  # fmt: skip
        for pupil in ("pupil-child", "pupil-sibling"):
            add(EntryKind.HOUSEHOLD_LINK, pupil, long_ago, link)
    return fold(entries, roles), "pupil-child"


def _months_before(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(year, month + 1, min(day.day, 28))


def raised(case_: Case) -> tuple[frozenset[str], list[RedFlag]]:
    """The codes the rules raise for the case's child, and the flags themselves."""
    state, child = build(case_)
    flags = evaluate(state, None, [child]).get(child, [])
    return frozenset(str(f.code) for f in flags), flags


@dataclass
class Score:
    """True and false positives and false negatives per rule, over every case."""

    tp: dict[str, int] = field(default_factory=dict)
    fp: dict[str, int] = field(default_factory=dict)
    fn: dict[str, int] = field(default_factory=dict)
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (case, code, "missed" or "raised")

    def add(self, case_: Case, got: frozenset[str]) -> None:
        for code in FlagCode:
            want, have = code in case_.expect, code in got
            key = str(code)
            if want and have:
                self.tp[key] = self.tp.get(key, 0) + 1
            elif have:
                self.fp[key] = self.fp.get(key, 0) + 1
                self.misses.append((case_.name, key, "raised"))
            elif want:
                self.fn[key] = self.fn.get(key, 0) + 1
                self.misses.append((case_.name, key, "missed"))

    def precision(self, codes: Iterable[str] | None = None) -> float:
        keys = list(codes) if codes is not None else [str(c) for c in FlagCode]
        tp, fp = sum(self.tp.get(k, 0) for k in keys), sum(self.fp.get(k, 0) for k in keys)
        return tp / (tp + fp) if tp + fp else 1.0

    def recall(self, codes: Iterable[str] | None = None) -> float:
        keys = list(codes) if codes is not None else [str(c) for c in FlagCode]
        tp, fn = sum(self.tp.get(k, 0) for k in keys), sum(self.fn.get(k, 0) for k in keys)
        return tp / (tp + fn) if tp + fn else 1.0


def score(cases: Iterable[Case] = CASES) -> Score:
    result = Score()
    for case_ in cases:
        result.add(case_, raised(case_)[0])
    return result
