"""Red flags under attack: a member of staff (or a modified client signing as one) writing a record to hide a
flag, or to break the lead's view with odd JSON, or with text made to be slow."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest

from desktop_app.domain.entries import EntryKind
from desktop_app.domain.fold import OpenedEntry, fold
from desktop_app.domain.records import Role
from desktop_app.domain.red_flags import SENTINEL_CODES, FlagCode, evaluate
from tests.red_flag_cases import CASES, LEAD_ID, STAFF_ID, T0, Case, build, raised

WITNESS = "Ruth Okafor, Year 1 teacher"


def _witnessed(case: Case) -> Case:
    """The same case with every mark 'seen happening' by a named adult, and an explanation the child gave."""
    concerns = tuple(
        type(c)(c.day, c.category, c.what, c.words, tuple(
            type(m)(m.region, m.type, m.shape, m.explanation or "I fell over", "child", WITNESS, m.colour)
            for m in c.marks
        ), c.note)
        for c in case.concerns
    )  # fmt: skip
    return Case(case.name, case.source, case.age_months, concerns, case.expect, case.mobile, case.sibling)


@pytest.mark.parametrize("case", [c for c in CASES if c.expect & SENTINEL_CODES], ids=lambda c: c.name)
def test_naming_a_witness_and_an_explanation_never_hides_a_sentinel_injury(case: Case) -> None:
    """Accounting for an accident hides it from patterns over time, never from the sentinel rules: a baby, a
    TEN-4-FACESp site, a torn frenulum, a clear-edged burn, a bite or a fracture still raises its flag."""
    wanted = case.expect & SENTINEL_CODES
    assert wanted <= raised(_witnessed(case))[0]


def _forged(content: dict) -> list[OpenedEntry]:
    entries = [
        OpenedEntry("0000-000001", EntryKind.PUPIL, "pupil-x", LEAD_ID, T0 - timedelta(days=900),
                    T0 - timedelta(days=900), {"upn": "A000000000001", "forename": "X", "surname": "Y",
                                               "date_of_birth": (T0.date() - timedelta(days=100)).isoformat()}),
        OpenedEntry("0000-000002", EntryKind.CONCERN, "pupil-x", STAFF_ID, T0, T0, content),
    ]  # fmt: skip
    return entries


@pytest.mark.parametrize(
    "content",
    [
        {"category": "physical-abuse", "what_happened": ["not", "text"], "childs_words": 7,
         "injuries": [{"view": "front", "x": 0.5, "y": 0.5, "region": ["chest"], "type": {"a": 1},
                       "explanation": 42, "explanation_by": ["parent"], "witnessed_by": {"x": 1}, "shape": None}]},
        {"category": "physical-abuse", "what_happened": "x", "injuries": ["not a mark", 3, None]},
        {"category": "physical-abuse", "what_happened": "x", "injuries": {"not": "a list"}},
        {"category": "physical-abuse", "what_happened": "x",
         "injuries": [{"view": "front", "x": 0.5, "y": 0.5, "region": "no-such-region", "explanation_by": "admin"}]},
    ],
)  # fmt: skip
def test_odd_json_in_a_signed_concern_reads_as_empty_and_breaks_nothing(content: dict) -> None:
    state = fold(_forged(content), {STAFF_ID: Role.STAFF, LEAD_ID: Role.LEAD})
    flags = evaluate(state)["pupil-x"]
    for flag in flags:
        assert flag.reason and flag.entry_ids
    if isinstance(content["injuries"], list) and any(isinstance(m, dict) for m in content["injuries"]):
        # a baby of 3 months with a mark: not independently mobile whatever the rest says
        assert FlagCode.NOT_MOBILE_INJURY in {f.code for f in flags}


def test_text_made_to_be_slow_is_matched_in_linear_time() -> None:
    """60 marks at the input limits, every word list, 20,000-character explanations: well under a second."""
    long = ("don't " * 3000)[:20_000]
    case = CASES[0]
    state, child = build(case)
    concern = next(iter(state.concerns.values()))
    mark = concern.injuries[0]
    heavy = type(mark)(**{**mark.to_payload(), "explanation": long, "shape": "fingertip " * 30})
    state.concerns[concern.concern_id] = type(concern)(
        **{**{f: getattr(concern, f) for f in concern.__dataclass_fields__}, "injuries": (heavy,) * 60,
           "what_happened": long, "childs_words": long}
    )  # fmt: skip
    started = time.process_time()  # this process's CPU time: other work on the machine does not count
    flags = evaluate(state, None, [child])[child]
    assert time.process_time() - started < 1.0
    assert FlagCode.SENTINEL_INJURY in {f.code for f in flags}
