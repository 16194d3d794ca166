"""`record` from JSON: one concern about several children and in several categories, and the old shape still."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.conftest import CliSchool, assert_one_error, entry_count
from tests.e2e.test_cli import ZOFIA, as_lead, concern, record, recorded_line

KUBA, AHMED = "A123456789013", "B123456789014"


def test_one_concern_about_two_children_in_two_categories_is_an_entry_in_each_file(
    cli_school: CliSchool, tmp_path: Path
) -> None:
    item = concern(
        pupils=[ZOFIA, KUBA],
        categories=["child-on-child", "physical-abuse"],
        what_happened="I (Carys Teacher, Year 1 teacher) saw Zofia and Kuba pushed into the fence at lunch.",
    )
    del item["pupil"], item["category"]
    old = concern(AHMED, what_happened="Ahmed had a graze on his knee after PE.")  # the shape `record` took before
    ran = record(cli_school, tmp_path, [item, old])
    assert ran.code == 0, ran.err
    lines = [recorded_line(line) for line in ran.out.splitlines()]
    assert [upn for _ref, _id, upn in lines] == [ZOFIA, KUBA, AHMED]

    zofia = json.loads(as_lead(cli_school, "chronology", ZOFIA, "--json").out)
    kuba = json.loads(as_lead(cli_school, "chronology", KUBA, "--json").out)
    ahmed = json.loads(as_lead(cli_school, "chronology", AHMED, "--json").out)
    [z] = [e for e in zofia["entries"] if e["kind"] == "concern"]
    [k] = [e for e in kuba["entries"] if e["kind"] == "concern"]
    [a] = [e for e in ahmed["entries"] if e["kind"] == "concern"]
    assert (z["entry_id"], k["entry_id"], a["entry_id"]) == (lines[0][1], lines[1][1], lines[2][1])
    assert z["categories"] == k["categories"] == ["child-on-child", "physical-abuse"]
    assert z["category"] == "child-on-child"
    for row in (z, k):
        assert row["summary"].endswith("Also recorded for 1 other child (one concern about several children).")
    # Zofia's file names Kuba only where the teacher wrote him into the words, never through the link.
    assert "Jakub" not in json.dumps(zofia, ensure_ascii=False) and KUBA not in json.dumps(zofia)
    assert (a["categories"], "Also recorded" in a["summary"]) == (["physical-abuse"], False)


def test_both_shapes_at_once_or_an_empty_list_records_nothing_and_says_why(
    cli_school: CliSchool, tmp_path: Path
) -> None:
    before = entry_count(cli_school.data_dir)
    message = assert_one_error(record(cli_school, tmp_path, concern(pupils=[KUBA])))
    assert "pupils: give either pupil or pupils, not both" in message
    empty = concern(categories=[])
    del empty["category"]
    message = assert_one_error(record(cli_school, tmp_path, empty))
    assert "categories: name at least one" in message
    unknown = concern(pupils=[KUBA, "Z999999999999"])
    del unknown["pupil"]
    message = assert_one_error(record(cli_school, tmp_path, unknown))
    assert message == "error: Nothing was recorded: no pupil with UPN Z999999999999 in this school's directory"
    assert entry_count(cli_school.data_dir) == before  # not even Kuba's entry
