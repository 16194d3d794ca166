"""Red flags: each rule fires at the right entry, with the right reason and entries behind it, and only then."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.entries import EntryKind
from desktop_app.domain.fold import OpenedEntry, fold
from desktop_app.domain.records import Role, SchoolState
from desktop_app.domain.red_flags import FlagCode, RedFlag, RedFlagThresholds, age_in_months, evaluate, words_found

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)  # a Monday
STAFF_ID, LEAD_ID, LEAD2_ID = "acct-staff", "acct-lead", "acct-lead2"
ROLES = {STAFF_ID: Role.STAFF, LEAD_ID: Role.LEAD, LEAD2_ID: Role.LEAD}


def at(days: float) -> datetime:
    return T0 + timedelta(days=days)


def mark(
    region: str, type_: str = "bruise", explanation: str = "", shape: str = "", view: str = "front", by: str = ""
) -> dict:
    return {
        "explanation_by": by,
        "view": view,
        "x": 0.5,
        "y": 0.5,
        "region": region,
        "type": type_,
        "explanation": explanation,
        "shape": shape,
    }


class Build:
    """Opened entries for a fold, written the way the services write them. Private state: the entries so far."""

    def __init__(self) -> None:
        self.entries: list[OpenedEntry] = []
        self._n = 0
        for account, name in ((STAFF_ID, "Carys Teacher"), (LEAD_ID, "Alice Lead"), (LEAD2_ID, "Bilal Deputy")):
            self.entries.append(
                OpenedEntry(account, "account.profile", None, account, T0 - timedelta(days=999),
                            T0 - timedelta(days=999), {"username": account, "full_name": name, "job_title": ""})
            )  # fmt: skip

    def next_id(self) -> str:
        self._n += 1
        return f"0000-{self._n:06d}"

    def add(self, kind: str, content: dict[str, Any], subject: str | None, occurred: datetime,
            recorded: datetime | None = None, author: str = LEAD_ID) -> str:  # fmt: skip
        entry_id = self.next_id()
        self.entries.append(OpenedEntry(entry_id, kind, subject, author, occurred, recorded or occurred, content))
        return entry_id

    def pupil(self, forename: str, born: date | None, surname: str = "Pelka", address: str = "", postcode: str = "",
              contacts: Sequence[str] = ()) -> str:  # fmt: skip
        content = {
            "upn": f"A{self._n:012d}", "forename": forename, "surname": surname,
            "date_of_birth": born.isoformat() if born else None, "address": address, "postcode": postcode,
            "contacts": list(contacts),
        }  # fmt: skip
        pupil_id = f"pupil-{forename.lower()}"
        self.add(EntryKind.PUPIL, content, pupil_id, T0 - timedelta(days=900), author=LEAD_ID)
        return pupil_id

    def concern(self, pupil: str, days: float, what: str = "Something happened", category: str = "physical-abuse",
                marks: Sequence[dict] = (), childs_words: str = "", recorded_days: float | None = None,
                author: str = STAFF_ID) -> str:  # fmt: skip
        content = {
            "category": category, "what_happened": what, "childs_words": childs_words, "injuries": list(marks),
        }  # fmt: skip
        recorded = at(recorded_days) if recorded_days is not None else at(days) + timedelta(minutes=30)
        return self.add(EntryKind.CONCERN, content, pupil, at(days), recorded, author)

    def lead(self, kind: str, content: dict[str, Any], subject: str | None, days: float, author: str = LEAD_ID) -> str:
        return self.add(kind, content, subject, at(days), author=author)

    def link(self, household: str, pupils: Sequence[str], days: float = -1) -> None:
        content = {"change": f"chg-{self._n}", "household": household, "pupils": list(pupils), "members": list(pupils)}
        for pupil in pupils:
            self.lead(EntryKind.HOUSEHOLD_LINK, content, pupil, days)

    def state(self, entries: Sequence[OpenedEntry] | None = None) -> SchoolState:
        return fold(self.entries if entries is None else entries, ROLES)


def flags_of(state: SchoolState, pupil: str, thresholds: RedFlagThresholds | None = None) -> list[RedFlag]:
    return evaluate(state, thresholds, [pupil]).get(pupil, [])


def coded(flags: Sequence[RedFlag], code: str) -> list[RedFlag]:
    return [f for f in flags if f.code == code]


# --- recurrence --------------------------------------------------------------------------------------------------


def test_a_second_injury_within_90_days_is_flagged_at_the_second_with_both_entries() -> None:
    b = Build()
    child = b.pupil("Daniel", date(2020, 1, 1))
    first = b.concern(child, 0, marks=[mark("upper-arm-left")], childs_words="I fell")
    second = b.concern(child, 89, marks=[mark("shin-right")], childs_words="I fell")
    [flag] = coded(flags_of(b.state(), child), FlagCode.RECURRING_INJURY)
    assert (flag.at_entry, flag.entry_ids, flag.strong) == (second, (first, second), False)
    assert flag.reason == "Repeated injuries: the 2nd within 90 days (the first on 5 Jan 2026, 89 days before)."


def test_recurrence_is_stronger_in_the_same_or_a_neighbouring_region() -> None:
    b = Build()
    child = b.pupil("Daniel", date(2020, 1, 1))
    b.concern(child, 0, marks=[mark("upper-arm-left")], childs_words="x")
    b.concern(child, 30, marks=[mark("forearm-left")], childs_words="x")  # neighbour of the upper arm
    third = b.concern(child, 60, marks=[mark("upper-arm-left")], childs_words="x")
    flags = coded(flags_of(b.state(), child), FlagCode.RECURRING_INJURY)
    assert [f.strong for f in flags] == [True, True]
    assert flags[1].at_entry == third
    assert flags[1].reason.startswith("Repeated injuries: the 3rd within 90 days")
    assert flags[1].reason.endswith("in the same place as before or next to it (left forearm and left upper arm).")


def test_injuries_more_than_90_days_apart_are_not_recurrence() -> None:
    b = Build()
    child = b.pupil("Daniel", date(2020, 1, 1))
    b.concern(child, 0, marks=[mark("upper-arm-left")], childs_words="x")
    b.concern(child, 91, marks=[mark("upper-arm-left")], childs_words="x")
    assert coded(flags_of(b.state(), child), FlagCode.RECURRING_INJURY) == []


def test_a_backdated_record_counts_from_when_it_happened() -> None:
    b = Build()
    child = b.pupil("Daniel", date(2020, 1, 1))
    b.concern(child, 0, marks=[mark("chest")], childs_words="x")
    late = b.concern(child, 100, marks=[mark("chest")], childs_words="x", recorded_days=200)  # written 100 days on
    b.concern(child, 150, marks=[mark("chest")], childs_words="x")
    flags = coded(flags_of(b.state(), child), FlagCode.RECURRING_INJURY)
    assert [f.at_entry for f in flags] != [] and late not in [f.at_entry for f in flags]  # 100 days after the first
    assert flags[0].entry_ids[0] == late  # ... but 50 days before the third


# --- TEN-4-FACESp, babies, mobility ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "region",
    ["chest", "abdomen", "upper-back-left", "upper-back-right", "lower-back-left", "lower-back-right", "buttock-left",
     "buttock-right", "ear-left", "ear-right", "behind-ear-left", "behind-ear-right", "neck", "frenulum", "jaw-left",
     "jaw-right", "cheek-left", "cheek-right", "eye-left", "eye-right",
     "upper-back", "lower-back", "buttocks"],  # the last three: codes older entries hold
)  # fmt: skip
def test_bruising_on_a_ten4_facesp_site_in_a_child_under_four(region: str) -> None:
    b = Build()
    child = b.pupil("Daniel", T0.date() - timedelta(days=3 * 365))
    entry = b.concern(child, 0, marks=[mark(region)], childs_words="x")
    [flag] = coded(flags_of(b.state(), child), FlagCode.TEN4_FACESP)
    assert flag.at_entry == entry and flag.strong
    assert "of a child aged 2 years 11 months: a TEN-4-FACESp site" in flag.reason


def test_age_is_taken_on_the_day_of_the_event_not_today() -> None:
    b = Build()
    child = b.pupil("Daniel", date(2022, 1, 10))  # four on 10 Jan 2026: T0 is 5 Jan 2026
    before = b.concern(child, 4, marks=[mark("ear-left")], childs_words="x")  # 9 Jan: still 3
    b.concern(child, 5, marks=[mark("ear-left")], childs_words="x")  # 10 Jan: four today
    flags = coded(flags_of(b.state(), child), FlagCode.TEN4_FACESP)
    assert [f.at_entry for f in flags] == [before]
    assert "aged 3 years 11 months" in flags[0].reason


def test_bony_sites_and_other_marks_are_not_ten4_facesp() -> None:
    b = Build()
    child = b.pupil("Daniel", T0.date() - timedelta(days=2 * 365))
    b.concern(child, 0, marks=[mark("shin-left"), mark("knee-right")], childs_words="x")
    b.concern(child, 1, marks=[mark("cheek-left", type_="scratch")], childs_words="x")
    b.concern(child, 2, marks=[mark("chin"), mark("forehead")], childs_words="x")
    assert coded(flags_of(b.state(), child), FlagCode.TEN4_FACESP) == []


def test_any_injury_in_a_baby_under_six_months_unless_a_lead_records_them_mobile() -> None:
    b = Build()
    child = b.pupil("Baby", T0.date() - timedelta(days=160))
    entry = b.concern(child, 0, marks=[mark("shin-left", type_="scratch")], childs_words="")
    [flag] = coded(flags_of(b.state(), child), FlagCode.NOT_MOBILE_INJURY)
    assert flag.at_entry == entry and flag.strong
    assert flag.reason.startswith(
        "Injury in a child who is not independently mobile (a baby under 6 months is presumed not independently "
        "mobile): scratch on the left shin, aged 5 months."
    )
    b.lead(EntryKind.MOBILITY, {"independently_mobile": True, "note": "crawling everywhere"}, child, -1)
    assert coded(flags_of(b.state(), child), FlagCode.NOT_MOBILE_INJURY) == []


def test_any_bruise_in_a_child_recorded_as_not_independently_mobile() -> None:
    b = Build()
    child = b.pupil("Sam", date(2015, 1, 1))
    b.concern(child, 0, marks=[mark("shin-left")], childs_words="x")
    assert coded(flags_of(b.state(), child), FlagCode.NOT_MOBILE_INJURY) == []
    b.lead(EntryKind.MOBILITY, {"independently_mobile": False, "note": "wheelchair user"}, child, -10)
    [flag] = coded(flags_of(b.state(), child), FlagCode.NOT_MOBILE_INJURY)
    assert "a lead has recorded that they are not independently mobile" in flag.reason
    b.lead(EntryKind.MOBILITY, {"independently_mobile": True, "note": "walking now"}, child, -5)
    assert coded(flags_of(b.state(), child), FlagCode.NOT_MOBILE_INJURY) == []


def test_no_date_of_birth_means_no_age_rule_but_every_other_rule() -> None:
    b = Build()
    child = b.pupil("Unknown", None)
    b.concern(child, 0, marks=[mark("ear-left")])
    codes = {f.code for f in flags_of(b.state(), child)}
    assert FlagCode.TEN4_FACESP not in codes and FlagCode.NO_EXPLANATION in codes


def test_patterned_marks() -> None:
    b = Build()
    child = b.pupil("Daniel", date(2015, 1, 1))
    entry = b.concern(child, 0, marks=[mark("upper-arm-left", shape="four fingertip bruises")], childs_words="x")
    [flag] = coded(flags_of(b.state(), child), FlagCode.PATTERNED)
    assert flag.at_entry == entry and "fingertip" in flag.reason


# --- explanations ------------------------------------------------------------------------------------------------


def test_no_explanation_and_an_adults_explanation_only() -> None:
    b = Build()
    child = b.pupil("Daniel", date(2015, 1, 1))
    none = b.concern(child, 0, marks=[mark("shin-left")])
    adult = b.concern(child, 200, marks=[mark("shin-left", explanation="He fell off his bike", by="parent")])
    childs = b.concern(child, 400, marks=[mark("shin-left", explanation="fell off bike")], childs_words="I fell off")
    flags = flags_of(b.state(), child)
    assert [f.at_entry for f in coded(flags, FlagCode.NO_EXPLANATION)] == [none]
    [flag] = coded(flags, FlagCode.ADULT_EXPLANATION)
    assert flag.at_entry == adult and "a parent said “He fell off his bike”" in flag.reason
    assert not [f for f in flags if f.at_entry == childs]


def test_a_changing_explanation_between_child_and_adult_and_in_an_addendum() -> None:
    b = Build()
    child = b.pupil("Daniel", date(2015, 1, 1))
    marks = [mark("forearm-left", explanation="fell off the bunk bed"), mark("forearm-right", explanation="a dog")]
    b.concern(child, 0, marks=marks, childs_words="x")  # two marks, two causes: not a change
    both = b.concern(child, 100, marks=[mark("cheek-left", explanation="He walked into a door", by="parent")],
                     childs_words="Daddy pushed me")  # fmt: skip
    later = b.concern(child, 200, marks=[mark("shin-left", explanation="PE")], childs_words="x")
    note = b.lead(EntryKind.ADDENDUM, {"amends": later, "text": "Dad now says it happened at home"}, child, 201)
    flags = coded(flags_of(b.state(), child), FlagCode.CHANGING_EXPLANATION)
    assert [f.at_entry for f in flags] == [both, later]
    assert flags[0].reason == (
        "The explanation changes: the child said “Daddy pushed me” but a parent said “He walked into a door”."
    )
    assert flags[1].entry_ids == (later, note)


# --- clusters ----------------------------------------------------------------------------------------------------


def test_three_concerns_of_any_kind_within_30_days() -> None:
    b = Build()
    child = b.pupil("Daniel", date(2015, 1, 1))
    ids = [b.concern(child, d, category=c) for d, c in ((0, "neglect"), (12, "attendance"), (30, "other"))]
    b.concern(child, 70, category="other")
    [flag] = coded(flags_of(b.state(), child), FlagCode.CLUSTER)
    assert (flag.at_entry, flag.entry_ids) == (ids[2], tuple(ids))
    assert flag.reason == "3 concerns within 30 days (since 5 Jan 2026): read them together."


def test_concerns_spread_wider_than_the_window_are_no_cluster() -> None:
    b = Build()
    child = b.pupil("Daniel", date(2015, 1, 1))
    for days in (0, 16, 32, 48):
        b.concern(child, days, category="other")
    assert coded(flags_of(b.state(), child), FlagCode.CLUSTER) == []


# --- injuries with neglect ---------------------------------------------------------------------------------------


def test_an_injury_with_signs_of_neglect_within_the_window() -> None:
    b = Build()
    child = b.pupil("Daniel", date(2015, 1, 1))
    injury = b.concern(child, 0, marks=[mark("shin-left")], childs_words="x")
    hungry = b.concern(child, 20, "Took food from other children's lunch boxes", category="other",
                       childs_words="I'm hungry")  # fmt: skip
    b.concern(child, 60, "Came in late and smelt of smoke", category="other")  # 60 days on: outside the window
    [flag] = coded(flags_of(b.state(), child), FlagCode.INJURY_WITH_NEGLECT)
    assert (flag.at_entry, flag.entry_ids) == (hungry, (injury, hungry))
    assert flag.reason == "An injury and signs of neglect within 30 days (neglect: hungry; injury on 5 Jan 2026)."


def test_a_corrected_category_counts_as_neglect() -> None:
    b = Build()
    child = b.pupil("Daniel", date(2015, 1, 1))
    quiet = b.concern(child, 0, "Wore the same clothes all week", category="other")
    injury = b.concern(child, 5, marks=[mark("shin-left")], childs_words="x")
    assert coded(flags_of(b.state(), child), FlagCode.INJURY_WITH_NEGLECT) == []
    b.lead(EntryKind.CATEGORY_CHANGE, {"concern": quiet, "category": "neglect", "reason": "pattern"}, child, 6)
    [flag] = coded(flags_of(b.state(), child), FlagCode.INJURY_WITH_NEGLECT)
    assert flag.at_entry == injury and "recorded as neglect" in flag.reason


@pytest.mark.parametrize(
    ("text", "found"),
    [("He was late again", ["late again"]), ("ate chocolate from a plate", []), ("I'll do it later", []),
     ("Hungry. HUNGER!", ["hungry", "hunger"]), ("poor hygiene, unwashed", ["hygiene", "unwashed"])],
)  # fmt: skip
def test_neglect_words_are_whole_words(text: str, found: list[str]) -> None:
    assert words_found(text, RedFlagThresholds().neglect_words) == found


# --- households --------------------------------------------------------------------------------------------------


def test_concerns_about_two_children_of_one_household_within_90_days() -> None:
    b = Build()
    daniel, anna = b.pupil("Daniel", date(2020, 1, 1)), b.pupil("Anna", date(2017, 1, 1))
    first = b.concern(anna, 0, category="neglect")
    b.concern(daniel, 30, category="attendance")  # a worry of another kind makes no household pattern
    second = b.concern(daniel, 60, category="domestic-abuse")
    assert coded(flags_of(b.state(), daniel), FlagCode.HOUSEHOLD) == []  # not linked: no household known
    b.link("house-1", [daniel, anna])
    [flag] = coded(flags_of(b.state(), daniel), FlagCode.HOUSEHOLD)
    assert (flag.at_entry, flag.entry_ids) == (second, (first, second))
    assert flag.reason == (
        "Concerns about 2 children of the same household within 90 days: also Anna Pelka (5 Jan 2026)."
    )
    # Anna's came first: Daniel's later concern raises the household flag in her file too, at his concern
    [mirror] = coded(flags_of(b.state(), anna), FlagCode.HOUSEHOLD)
    assert (mirror.at_entry, mirror.occurred_at, mirror.entry_ids) == (second, at(60), (first, second))
    assert mirror.reason == (
        "A concern about Daniel Pelka on 6 Mar 2026, recorded as domestic abuse, in the same household and within 90 "
        "days of this child's own (5 Jan 2026): concerns about 2 children of the same household."
    )


def test_household_concerns_further_apart_or_after_unlinking_raise_nothing() -> None:
    b = Build()
    daniel, anna = b.pupil("Daniel", date(2020, 1, 1)), b.pupil("Anna", date(2017, 1, 1))
    b.concern(anna, 0, category="neglect")
    b.concern(daniel, 91, category="neglect")
    b.link("house-1", [daniel, anna])
    assert coded(flags_of(b.state(), daniel), FlagCode.HOUSEHOLD) == []
    b.concern(daniel, 50, category="neglect")
    assert len(coded(flags_of(b.state(), daniel), FlagCode.HOUSEHOLD)) == 1
    content = {"change": "chg-unlink", "household": "house-1", "pupils": [anna], "members": [daniel]}
    b.lead(EntryKind.HOUSEHOLD_UNLINK, content, daniel, 200)
    assert coded(flags_of(b.state(), daniel), FlagCode.HOUSEHOLD) == []


def test_a_siblings_later_concern_raises_the_household_flag_in_each_linked_childs_file_when_recorded() -> None:
    b = Build()
    anna, daniel = b.pupil("Anna", date(2017, 1, 1)), b.pupil("Daniel", date(2020, 1, 1))
    content = {"upn": "NR-0000-0001", "forename": "Kacper", "surname": "Pelka", "date_of_birth": "2024-02-01",
               "on_roll": False, "relationship": "younger brother"}  # fmt: skip
    b.add(EntryKind.PUPIL, content, "pupil-kacper", at(-900))
    b.link("house-1", [anna, daniel, "pupil-kacper"])
    first = b.concern(anna, 0, category="neglect")
    second = b.concern(daniel, 20, category="disclosure")
    before = {p: coded(flags_of(b.state(), p), FlagCode.HOUSEHOLD) for p in (anna, daniel)}
    assert [f.at_entry for f in before[anna]] == [second] and [f.at_entry for f in before[daniel]] == [second]
    explained = mark("cheek-left", explanation="He fell off the sofa", by="parent")
    pick_up = b.concern("pupil-kacper", 40, "Bruise on his cheek at pick-up", "other", marks=[explained])
    state = b.state()
    for pupil, own in ((anna, (first,)), (daniel, (second,))):
        flags = coded(flags_of(state, pupil), FlagCode.HOUSEHOLD)
        [raised] = [f for f in flags if f.at_entry == pick_up]
        assert raised.occurred_at == at(40) and set(own) | {pick_up} <= set(raised.entry_ids)
        assert raised.reason.startswith(
            "A concern about Kacper Pelka (younger brother, not on roll) on 14 Feb 2026, with an injury, in the "
            "same household and within 90 days of this child's own ("
        )
        assert "concerns about 3 children of the same household (also " in raised.reason
    [toddlers] = coded(flags_of(state, "pupil-kacper"), FlagCode.HOUSEHOLD)  # his own, at his concern
    assert (toddlers.at_entry, toddlers.entry_ids) == (pick_up, (first, second, pick_up))


def test_a_siblings_concern_raises_the_flag_again_only_when_it_is_news_for_the_child() -> None:
    """Once a sibling's concern has raised the household flag in a child's file, the same sibling's next concerns
    within the window are cross-references only; another child joining the pattern raises it again, and so does a
    concern once the window has moved on."""
    b = Build()
    anna, daniel, zofia = (
        b.pupil("Anna", date(2017, 1, 1)),
        b.pupil("Daniel", date(2020, 1, 1)),
        b.pupil("Zofia", date(2019, 1, 1)),
    )
    b.link("house-1", [anna, daniel, zofia])
    b.concern(anna, 0, category="neglect")
    first = b.concern(daniel, 10, category="neglect")
    b.concern(daniel, 17, category="neglect")  # the same two children: no news for Anna
    joined = b.concern(zofia, 30, category="physical-abuse")  # a third child: news
    b.concern(daniel, 40, category="neglect")
    own = b.concern(anna, 50, category="neglect")  # Anna's own concern: her flag there, as before
    b.concern(daniel, 60, category="neglect")  # covered by her own flag at 50
    b.concern(anna, 160, category="neglect")  # no sibling's concern in the 90 days before: no flag of its own
    later = b.concern(daniel, 170, category="neglect")  # her last flag (day 50) is outside the window: news again
    flags = coded(flags_of(b.state(), anna), FlagCode.HOUSEHOLD)
    assert [f.at_entry for f in flags] == [first, joined, own, later]
    assert "concerns about 3 children of the same household (also Daniel Pelka)." in flags[1].reason
    assert "this child's own (14 Jun 2026): concerns about 2 children" in flags[3].reason


@pytest.mark.parametrize(
    ("category", "marks", "days"),
    [
        ("attendance", (), 30),  # a worry of another kind
        ("other", (mark("knee-left", "scratch", "I fell over in the playground", by="child"),), 30),  # a knock
        ("neglect", (), 91),  # outside the window
    ],
)
def test_a_siblings_later_concern_that_is_not_of_harm_or_too_late_raises_nothing_in_the_earlier_childs_file(
    category: str, marks: tuple[dict, ...], days: int
) -> None:
    b = Build()
    anna, daniel = b.pupil("Anna", date(2017, 1, 1)), b.pupil("Daniel", date(2020, 1, 1))
    b.link("house-1", [anna, daniel])
    b.concern(anna, 0, category="neglect")
    b.concern(daniel, days, category=category, marks=marks)
    assert coded(flags_of(b.state(), anna), FlagCode.HOUSEHOLD) == []


def test_a_witnessed_accident_of_a_sibling_raises_nothing_in_the_earlier_childs_file() -> None:
    b = Build()
    anna, daniel = b.pupil("Anna", date(2017, 1, 1)), b.pupil("Daniel", date(2018, 1, 1))
    b.link("house-1", [anna, daniel])
    b.concern(anna, 0, category="neglect")
    accident = mark("forearm-left", "bruise", "I fell off the climbing frame", by="child")
    seen = {**accident, "witnessed_by": "David Evans, PE coach"}
    b.concern(daniel, 10, category="physical-abuse", marks=[seen])
    assert coded(flags_of(b.state(), anna), FlagCode.HOUSEHOLD) == []
    unseen = b.concern(daniel, 12, category="physical-abuse", marks=[accident])  # the same, seen by nobody
    assert [f.at_entry for f in coded(flags_of(b.state(), anna), FlagCode.HOUSEHOLD)] == [unseen]


def test_a_child_with_no_concern_of_harm_in_the_window_gets_no_household_flag_from_a_siblings() -> None:
    b = Build()
    anna, daniel, zofia = (
        b.pupil("Anna", date(2017, 1, 1)),
        b.pupil("Daniel", date(2020, 1, 1)),
        b.pupil("Zofia", date(2019, 1, 1)),
    )
    b.link("house-1", [anna, daniel, zofia])
    b.concern(zofia, 0, category="attendance")  # Zofia's only worry is attendance
    b.concern(anna, 5, category="neglect")
    b.concern(daniel, 10, category="neglect")
    assert coded(flags_of(b.state(), zofia), FlagCode.HOUSEHOLD) == []


def test_the_household_threshold_applies_to_the_flag_a_siblings_concern_raises() -> None:
    b = Build()
    anna, daniel, zofia = (
        b.pupil("Anna", date(2017, 1, 1)),
        b.pupil("Daniel", date(2020, 1, 1)),
        b.pupil("Zofia", date(2019, 1, 1)),
    )
    b.link("house-1", [anna, daniel, zofia])
    b.concern(anna, 0, category="neglect")
    second = b.concern(daniel, 10, category="neglect")
    three = RedFlagThresholds(household_children=3)
    assert coded(flags_of(b.state(), anna, three), FlagCode.HOUSEHOLD) == []  # two children: not enough
    third = b.concern(zofia, 20, category="neglect")
    [raised] = coded(flags_of(b.state(), anna, three), FlagCode.HOUSEHOLD)
    assert raised.at_entry == third and "concerns about 3 children" in raised.reason
    assert "(also Daniel Pelka)" in raised.reason
    short = RedFlagThresholds(household_days=15)
    flags = coded(flags_of(b.state(), anna, short), FlagCode.HOUSEHOLD)
    assert [f.at_entry for f in flags] == [second]  # Daniel's (10 days after) counts, Zofia's (20 days after) not


# --- tuning and determinism --------------------------------------------------------------------------------------


def test_thresholds_are_tunable_and_survive_a_round_trip() -> None:
    b = Build()
    child = b.pupil("Daniel", date(2015, 1, 1))
    b.concern(child, 0, category="other")
    second = b.concern(child, 10, category="other")
    tuned = RedFlagThresholds(cluster_concerns=2, cluster_days=14)
    assert [f.at_entry for f in coded(flags_of(b.state(), child, tuned), FlagCode.CLUSTER)] == [second]
    assert RedFlagThresholds.from_payload(tuned.to_payload()) == tuned
    assert RedFlagThresholds.from_payload({"cluster_days": "soon", "recurrence_days": -3, "neglect_words": [1]}) == (
        RedFlagThresholds()
    )


def test_ages_in_months_at_month_ends_and_leap_days() -> None:
    assert age_in_months(date(2020, 2, 29), date(2024, 2, 28)) == 47
    assert age_in_months(date(2020, 2, 29), date(2024, 2, 29)) == 48
    assert age_in_months(date(2020, 1, 31), date(2020, 2, 28)) == 0
    assert age_in_months(date(2020, 1, 31), date(2020, 2, 29)) == 1  # the last day of the month after
    assert age_in_months(date(2020, 1, 31), date(2020, 3, 30)) == 1


@settings(max_examples=25, deadline=None)
@given(st.randoms(use_true_random=False))
def test_flags_do_not_depend_on_the_order_entries_arrive_in(rng: random.Random) -> None:
    b = Build()
    daniel, anna = b.pupil("Daniel", T0.date() - timedelta(days=3 * 365)), b.pupil("Anna", date(2017, 1, 1))
    b.link("house-1", [daniel, anna])
    for day in range(0, 150, 9):
        who = daniel if day % 2 else anna
        marks = [mark(rng.choice(["ear-left", "chest", "shin-left", "cheek-right"]))] if day % 3 else []
        b.concern(who, day, "hungry" if day % 5 == 0 else "seen", marks=marks, childs_words="" if day % 4 else "x")
    expected = evaluate(b.state())
    shuffled = list(b.entries)
    rng.shuffle(shuffled)
    assert evaluate(b.state(shuffled)) == expected
    assert expected[daniel] and expected[anna]


def test_word_lists_and_ages_are_tuned_through_the_lead_settings() -> None:
    from desktop_app.domain.triage.lead_settings import LeadSettings, change_settings

    b = Build()
    child = b.pupil("Baby", T0.date() - timedelta(days=230))  # 7 months
    b.concern(child, 0, marks=[mark("shin-left", explanation="dunno really", by="child")])
    assert {f.code for f in flags_of(b.state(), child)} == {FlagCode.NO_EXPLANATION}
    tuned = change_settings(LeadSettings(), ["red_flags.baby_months=9", "red_flags.non_answers=no idea"]).red_flags
    assert {f.code for f in flags_of(b.state(), child, tuned)} == {FlagCode.NOT_MOBILE_INJURY}
