"""The labelled evaluation set (tests/red_flag_cases.py): recall 1.0 on sentinel injuries, precision at least 0.9."""

from __future__ import annotations

import pytest

from desktop_app.domain.red_flags import SENTINEL_CODES, FlagCode
from tests.red_flag_cases import CASES, Case, raised, score


def test_the_set_is_large_enough_and_covers_every_rule() -> None:
    assert len(CASES) >= 60
    assert len({c.name for c in CASES}) == len(CASES)
    expected = {code for c in CASES for code in c.expect}
    assert expected == {str(code) for code in FlagCode}  # every rule has cases that should raise it
    assert sum(1 for c in CASES if not c.expect) >= 15  # and cases that should raise nothing at all


def test_recall_on_sentinel_injuries_is_one_and_overall_precision_at_least_point_nine() -> None:
    result = score()
    sentinel = [str(code) for code in SENTINEL_CODES]
    missed = [m for m in result.misses if m[1] in sentinel and m[2] == "missed"]
    assert missed == [] and result.recall(sentinel) == 1.0
    assert result.precision() >= 0.9, result.misses


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_each_flag_reads_plainly_and_names_its_entries(case: Case) -> None:
    _, flags = raised(case)
    for flag in flags:
        assert flag.entry_ids and flag.at_entry in flag.entry_ids
        assert (flag.reason[:1].isupper() or flag.reason[:1].isdigit()) and flag.reason.endswith("."), flag.reason
        assert "None" not in flag.reason and "  " not in flag.reason
        assert flag.strong == (flag.code in SENTINEL_CODES or flag.code == FlagCode.PATTERNED) or (
            flag.code == FlagCode.RECURRING_INJURY
        )
