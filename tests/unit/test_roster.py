"""Roster CSV parsing: every rule, with examples, and property tests over arbitrary and generated files."""

from __future__ import annotations

import csv
import io
import pickle
import time
import tracemalloc
import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain import mis_csv, roster
from desktop_app.domain.records import Pupil
from desktop_app.domain.roster import (
    HEADER_ALIASES,
    RosterProblem,
    RosterRejected,
    RosterRow,
    canonical_column,
    parse_roster,
)

TODAY = date(2025, 9, 1)
HEADER = "upn,forename,surname,preferred_name,date_of_birth,gender,year_group,reg_group,address,postcode"
REQUIRED_HEADER = "upn,forename,surname,date_of_birth,year_group"
UPN = "A123456789012"


def csv_bytes(*lines: str, header: str = HEADER, eol: str = "\n") -> bytes:
    return eol.join([header, *lines]).encode() + eol.encode()


def parse(data: bytes) -> list[RosterRow]:
    return parse_roster(data, today=TODAY)


def problems_of(data: bytes) -> list[str]:
    with pytest.raises(RosterRejected) as caught:
        parse(data)
    return [str(p) for p in caught.value.problems]


def one_problem(data: bytes) -> str:
    found = problems_of(data)
    assert len(found) == 1, found
    return found[0]


def row(
    upn: str = UPN,
    forename: str = "Amy",
    surname: str = "Smith",
    preferred: str = "",
    dob: str = "01/02/2015",
    gender: str = "F",
    year: str = "5",
    reg: str = "5B",
    address: str = "1 High Street",
    postcode: str = "AB1 2CD",
) -> str:
    return ",".join([upn, forename, surname, preferred, dob, gender, year, reg, address, postcode])


def required_row(upn: str = UPN, forename: str = "Amy", surname: str = "Smith", dob: str = "2015-02-01") -> str:
    return f"{upn},{forename},{surname},{dob},5"


# --- a good file ------------------------------------------------------------------------------------------


def test_a_good_file_gives_every_row_with_values_normalised() -> None:
    data = csv_bytes(
        row(),
        row(upn="b12345678901z", forename="Ben", surname="O'Brien", preferred="Benny", dob="2013-07-31", year="Year 7"),
    )
    first, second = parse(data)
    assert first == RosterRow(
        upn=UPN,
        forename="Amy",
        surname="Smith",
        preferred_name="",
        date_of_birth=date(2015, 2, 1),
        gender="F",
        year_group="5",
        reg_group="5B",
        address="1 High Street",
        postcode="AB1 2CD",
        contacts=(),
        line=2,
    )
    assert (second.upn, second.surname, second.preferred_name, second.year_group, second.line) == (
        "B12345678901Z",
        "O'Brien",
        "Benny",
        "7",
        3,
    )
    assert second.date_of_birth == date(2013, 7, 31)


def test_a_row_becomes_a_pupil_with_the_same_roster_fields() -> None:
    (read,) = parse(csv_bytes(row(preferred="Ames")))
    pupil = read.to_pupil("p-1")
    assert isinstance(pupil, Pupil)
    assert pupil.pupil_id == "p-1"
    assert pupil.roster_fields() == read.roster_fields()
    assert pupil.display_name == "Ames Smith"


@pytest.mark.parametrize(
    ("forename", "surname"),
    [
        ("Łucja", "Łuczak"),
        ("Zofia", "Krężołek"),
        ("Ахмед", "Ахмедов"),
        ("Şeyma", "Yılmaz"),
        ("Seán", "O'Brien"),
        ("Amy", "Smith-Jones"),
        ("محمد", "علي"),
        ("Ἀλέξανδρος", "Παπαδόπουλος"),
        ("美玲", "王"),
    ],
)
def test_names_in_any_script_are_accepted(forename: str, surname: str) -> None:
    (read,) = parse(csv_bytes(row(forename=forename, surname=surname)))
    assert (read.forename, read.surname) == (forename, surname)


def test_names_are_normalised_to_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Łuczak Zoë")
    assert decomposed != "Łuczak Zoë"
    (read,) = parse(csv_bytes(row(surname=decomposed)))
    assert read.surname == "Łuczak Zoë"


def test_surrounding_whitespace_is_trimmed_and_inner_spaces_kept() -> None:
    (read,) = parse(csv_bytes(row(forename="  Mary  Ann ", surname=" de  la Cruz\t", reg=" 5B ")))
    assert (read.forename, read.surname, read.reg_group) == ("Mary  Ann", "de  la Cruz", "5B")


def test_blank_lines_are_skipped_and_line_numbers_are_the_files() -> None:
    data = ("\n" + HEADER + "\n\n" + row() + "\n,,,,,,,,,\n   \n" + row(upn="A123456789013") + "\n\n").encode()
    first, second = parse(data)
    assert (first.line, second.line) == (4, 7)


def test_crlf_and_quoted_multiline_addresses_keep_line_numbers() -> None:
    lines = [row(address='"1 High Street\r\nLittle Town\r\nShire"'), row(upn="A123456789013", address="2 Low Road")]
    first, second = parse(csv_bytes(*lines, eol="\r\n"))
    assert first.address == "1 High Street\nLittle Town\nShire"
    assert (first.line, second.line) == (2, 5)


def test_optional_columns_may_be_absent() -> None:
    (read,) = parse(csv_bytes(required_row(), header=REQUIRED_HEADER))
    assert (read.preferred_name, read.gender, read.reg_group, read.address, read.postcode) == ("", "", "", "", "")
    assert read.contacts == ()


def test_unknown_columns_are_ignored_even_with_odd_values() -> None:
    data = csv_bytes("Amy,-,Smith,=x," + UPN + ",2015-02-01,5", header="forename,Attendance,surname,Notes,upn,dob,year")
    (read,) = parse(data)
    assert (read.forename, read.upn) == ("Amy", UPN)


# --- encoding, binary, size, delimiters -------------------------------------------------------------------


def test_a_utf8_bom_is_accepted() -> None:
    (read,) = parse(b"\xef\xbb\xbf" + csv_bytes(row(surname="Łuczak")))
    assert read.surname == "Łuczak"
    assert read.upn == UPN


def test_cp1252_bytes_are_refused_not_guessed() -> None:
    data = csv_bytes(row()) + row(upn="A123456789013", surname="Nu\xf1ez").encode("cp1252") + b"\n"
    assert one_problem(data) == "line 3: file is not UTF-8 text; save it as CSV UTF-8"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (csv_bytes(row()).replace(b"Amy", b"A\x00my"), "line 2: file contains NUL bytes"),
        ("upn,forename\n".encode("utf-16"), "file is UTF-16 text"),
        (b"PK\x03\x04\x14\x00\x06\x00", "file is a spreadsheet workbook (.xlsx)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "line 3: file contains NUL bytes"),
    ],
)
def test_binary_content_is_refused(data: bytes, reason: str) -> None:
    assert one_problem(data).startswith(reason)


def test_a_file_over_20_mb_is_refused_at_once() -> None:
    data = csv_bytes(row()) + b"x" * (20 * 1024 * 1024)
    started = time.perf_counter()
    assert one_problem(data) == "file is 20.1 MB; the limit is 20 MB"
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_semicolon_or_tab_is_used_when_the_header_does(delimiter: str) -> None:
    header = HEADER.replace(",", delimiter)
    lines = [row(address="1, High Street").replace(",", delimiter).replace(f"1{delimiter} High", "1, High")]
    (read,) = parse(csv_bytes(*lines, header=header))
    assert (read.surname, read.address, read.postcode) == ("Smith", "1, High Street", "AB1 2CD")


def test_comma_is_kept_when_a_header_cell_holds_a_semicolon() -> None:
    header = REQUIRED_HEADER + ',"Notes; misc"'
    (read,) = parse(csv_bytes(required_row() + ",x;y", header=header))
    assert read.surname == "Smith"


# --- headers ----------------------------------------------------------------------------------------------


def test_a_sims_like_export_is_read_through_its_aliases() -> None:
    header = (
        "Adno,UPN,Legal Surname,Legal Forename,Preferred Forename,Preferred Surname,Gender,DOB,Year,Reg Group,"
        "Address Block,Postcode,Primary Contact,Contact 2 Name,Contact 1 Telephone"
    )
    line = (
        f'001234,{UPN},Łuczak,Łucja,Lucy,Luczak,F,03/04/2016,Year 4,4K,"12 Oak Rd, Leeds",LS1 1AA,'
        "Mrs Anna Łuczak,,+44 7700 900123"
    )
    (read,) = parse(csv_bytes(line, header=header))
    assert (read.forename, read.surname, read.preferred_name) == ("Łucja", "Łuczak", "Lucy")
    assert (read.date_of_birth, read.year_group, read.reg_group) == (date(2016, 4, 3), "4", "4K")
    assert (read.address, read.postcode) == ("12 Oak Rd, Leeds", "LS1 1AA")
    assert read.contacts == ("Mrs Anna Łuczak", "+44 7700 900123")


@pytest.mark.parametrize(
    "header",
    [
        "Unique Pupil Number,First Name,Last Name,Date of Birth,Year Group",  # Arbor
        "upn,Legal First Name,Legal Last Name,dob,NC Year",  # Bromcom
        "UPN,Forename,Surname,D.O.B.,National Curriculum Year",  # ScholarPack
        "  UPN , FORENAME,SurName, date-of-birth ,YEAR_GROUP",
        "UPN,First_Name,Last-Name,Date_Of_Birth,year  group",
    ],
)
def test_headers_match_aliases_ignoring_case_space_hyphen_underscore(header: str) -> None:
    (read,) = parse(csv_bytes(required_row(), header=header))
    assert (read.upn, read.forename, read.surname, read.year_group) == (UPN, "Amy", "Smith", "5")


def test_every_alias_maps_to_a_known_column() -> None:
    known = {*roster.COLUMNS, roster.CONTACTS, roster.LEAVING}
    assert set(HEADER_ALIASES.values()) <= known
    for alias, column in HEADER_ALIASES.items():
        assert canonical_column(alias) == column
        assert canonical_column(f" {alias.upper().replace(' ', '_')} ") == column
    assert canonical_column("Preferred Surname") is None


def test_a_missing_required_column_is_one_problem_naming_it_on_line_1() -> None:
    data = csv_bytes("A123456789012,Amy,2015-02-01,5", header="upn,forename,date_of_birth,year_group")
    found = one_problem(data)
    assert found.startswith("line 1, surname: required column is missing")
    assert '"Legal Surname"' in found


def test_two_headings_read_as_one_column_are_a_header_problem() -> None:
    header = REQUIRED_HEADER + ",Legal Forename"
    found = one_problem(csv_bytes(required_row() + ",Amelia", header=header))
    assert found == (
        'line 1, forename: both "forename" and "Legal Forename" are read as forename; remove or rename one'
    )


def test_an_empty_file_or_one_with_only_a_header_is_refused() -> None:
    assert one_problem(b"") == "file is empty; it needs a header line and a line for each pupil"
    assert one_problem(b"\n \r\n") == "file is empty; it needs a header line and a line for each pupil"
    assert one_problem(csv_bytes()) == "line 1: file has a header line but no pupils"


# --- cells ------------------------------------------------------------------------------------------------


def test_a_row_with_the_wrong_number_of_cells_is_a_problem() -> None:
    data = csv_bytes(row() + ",extra", row(upn="A123456789013").rsplit(",", 1)[0])
    assert problems_of(data) == [
        "line 2: has 11 cells but the header on line 1 has 10",
        "line 3: has 9 cells but the header on line 1 has 10",
    ]


@pytest.mark.parametrize(
    "cell",
    [
        "\"=cmd|' /C calc'!A0\"",
        "@SUM(1+1)",
        "+1",
        "-2+3",
        '=HYPERLINK("http://x")',
        '"\t=1+1"',
        '"\rSmith"',
        " =1+1",
    ],
)
def test_a_cell_that_looks_like_a_formula_is_refused(cell: str) -> None:
    assert one_problem(csv_bytes(row(surname=cell))) == "line 2, surname: looks like a spreadsheet formula"


def test_formula_rule_applies_to_every_column_read() -> None:
    data = csv_bytes(row(preferred="@x", gender="-", reg="=A1", address="+1 Road", postcode="@AB1"))
    assert problems_of(data) == [
        f"line 2, {column}: looks like a spreadsheet formula"
        for column in ("preferred_name", "gender", "reg_group", "address", "postcode")
    ]


def test_phone_numbers_may_start_with_plus_only_in_contact_columns() -> None:
    header = REQUIRED_HEADER + ",Contact 1 Telephone,Contact 1 Name"
    (read,) = parse(csv_bytes(required_row() + ",+44 (0)7700 900-123,Sam", header=header))
    assert read.contacts == ("+44 (0)7700 900-123", "Sam")
    found = one_problem(csv_bytes(required_row() + ",+44 7700,=1+1", header=header))
    assert found == "line 2, contacts (Contact 1 Name): looks like a spreadsheet formula"


def test_hyphens_and_apostrophes_inside_names_are_fine() -> None:
    (read,) = parse(csv_bytes(row(forename="Mary-Jane", surname="O'Neill-Smith")))
    assert (read.forename, read.surname) == ("Mary-Jane", "O'Neill-Smith")


def test_cells_over_their_length_limit_are_refused_naming_the_length() -> None:
    data = csv_bytes(row(forename="a" * 101, address="b" * 501, gender="g" * 31))
    assert problems_of(data) == [
        "line 2, forename: is 101 characters long; the limit is 100",
        "line 2, gender: is 31 characters long; the limit is 30",
        "line 2, address: is 501 characters long; the limit is 500",
    ]
    (read,) = parse(csv_bytes(row(forename="a" * 100, address="b" * 500, gender="g" * 30)))
    assert (len(read.forename), len(read.address), len(read.gender)) == (100, 500, 30)


def test_a_10_mb_cell_is_refused_quickly_without_many_copies() -> None:
    data = csv_bytes(row(address="x" * (10 * 1024 * 1024)), row(upn="A123456789013"))
    tracemalloc.start()
    started = time.perf_counter()
    try:
        found = problems_of(data)
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert time.perf_counter() - started < 1.5
    assert peak < 3 * len(data)
    assert found == ["line 2: a cell is longer than 131,072 characters; the rest of the file was not checked"]


@pytest.mark.parametrize("char", ["\x07", "\x1b", "\x7f", "\x85", "\u2028", "\u202e"])
def test_control_characters_are_refused(char: str) -> None:
    found = one_problem(csv_bytes(row(surname=f"Smi{char}th")))
    assert found == f"line 2, surname: contains a control character (U+{ord(char):04X})"


def test_newlines_are_allowed_in_addresses_only() -> None:
    (read,) = parse(csv_bytes(row(address='"1 High St\nTown"')))
    assert read.address == "1 High St\nTown"
    found = one_problem(csv_bytes(row(surname='"Smi\nth"')))
    assert found == "line 2, surname: contains a control character (U+000A)"


def test_forename_and_surname_must_not_be_empty() -> None:
    assert problems_of(csv_bytes(row(forename="  ", surname=""))) == [
        "line 2, forename: is empty",
        "line 2, surname: is empty",
    ]


def test_gender_is_free_text() -> None:
    (read,) = parse(csv_bytes(row(gender=" Non-binary ")))
    assert read.gender == "Non-binary"


def test_postcode_is_upper_cased() -> None:
    (read,) = parse(csv_bytes(row(postcode="sw1a 1aa")))
    assert read.postcode == "SW1A 1AA"


# --- dates of birth ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("written", ["2015-02-01", "01/02/2015", "1/2/2015", "01-02-2015", "01.02.2015", "2015-2-1"])
def test_dates_in_iso_and_uk_forms_are_read(written: str) -> None:
    (read,) = parse(csv_bytes(row(dob=written)))
    assert read.date_of_birth == date(2015, 2, 1)


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("31/02/2015", '"31/02/2015" is not a real date'),
        ("2015-13-01", '"2015-13-01" is not a real date'),
        ("00/01/2015", '"00/01/2015" is not a real date'),
        ("01/02/15", '"01/02/15" is not a date; write it as DD/MM/YYYY or YYYY-MM-DD'),
        ("01/02-2015", '"01/02-2015" is not a date; write it as DD/MM/YYYY or YYYY-MM-DD'),
        ("1st Feb 2015", '"1st Feb 2015" is not a date; write it as DD/MM/YYYY or YYYY-MM-DD'),
        ("02/09/2025", '"02/09/2025" is in the future'),
        ("2099-01-01", '"2099-01-01" is in the future'),
        ("31/08/1999", '"31/08/1999" would make the pupil 26; the oldest accepted is 25'),
        ("", "is empty"),
    ],
)
def test_impossible_future_or_implausible_dates_are_refused(written: str, reason: str) -> None:
    assert one_problem(csv_bytes(row(dob=written))) == f"line 2, date_of_birth: {reason}"


def test_age_limits_are_relative_to_today() -> None:
    first, second = parse(csv_bytes(row(dob="01/09/2025"), row(upn="A123456789013", dob="01/09/2000")))
    assert (first.date_of_birth, second.date_of_birth) == (date(2025, 9, 1), date(2000, 9, 1))
    with pytest.raises(RosterRejected):
        parse_roster(csv_bytes(row(dob="01/09/2025")), today=date(2025, 8, 31))


def test_today_defaults_to_the_real_today() -> None:
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(RosterRejected, match="is in the future"):
        parse_roster(csv_bytes(row(dob=tomorrow.isoformat())))


# --- UPN --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "kept"),
    [("A123456789012", "A123456789012"), ("z12345678901x", "Z12345678901X"), (" h801200001001 ", "H801200001001")],
)
def test_upns_are_checked_and_upper_cased(written: str, kept: str) -> None:
    (read,) = parse(csv_bytes(row(upn=written)))
    assert read.upn == kept


@pytest.mark.parametrize(
    "written", ["123456789012A", "A12345678901", "A1234567890123", "AB2345678901A", "A 23456789012"]
)
def test_malformed_upns_are_refused(written: str) -> None:
    found = one_problem(csv_bytes(row(upn=written)))
    assert found.endswith("is not a UPN (a letter, 11 digits, then a digit or a letter)")
    assert found.startswith("line 2, upn: ")


def test_duplicate_upns_are_a_problem_on_each_duplicate_naming_the_first_line() -> None:
    data = csv_bytes(row(), row(upn="A123456789013"), row(upn="a123456789012"), row(upn=UPN))
    assert problems_of(data) == [
        'line 4, upn: "A123456789012" is also on line 2',
        'line 5, upn: "A123456789012" is also on line 2',
    ]


# --- year group -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("Reception", "R"),
        ("R", "R"),
        ("rec", "R"),
        ("YR", "R"),
        ("N", "N"),
        ("Nursery", "N"),
        ("N2", "N"),
        ("1", "1"),
        ("13", "13"),
        ("07", "7"),
        ("Year 7", "7"),
        ("year  10", "10"),
        ("Y6", "6"),
        ("Yr 3", "3"),
    ],
)
def test_year_groups_are_normalised_to_a_short_form(written: str, kept: str) -> None:
    (read,) = parse(csv_bytes(row(year=written)))
    assert read.year_group == kept


@pytest.mark.parametrize("written", ["0", "14", "Year 14", "Sixth", "K", "7A", ""])
def test_unknown_year_groups_are_refused(written: str) -> None:
    assert one_problem(csv_bytes(row(year=written))).startswith("line 2, year_group: ")


# --- all problems at once ---------------------------------------------------------------------------------


def test_every_problem_of_a_bad_file_is_reported_in_one_exception() -> None:
    data = csv_bytes(
        row(),
        row(upn="A12", forename="=cmd|' /C calc'!A0", dob="31/02/2015"),
        row(upn="A123456789013", surname="@SUM(1+1)", year="14") + ",x",
        row(upn=UPN, dob="2030-01-01", address="a" * 501),
        row(upn="A123456789014", forename="Łucja", surname="Ахмед"),
    )
    with pytest.raises(RosterRejected) as caught:
        parse(data)
    assert [str(p) for p in caught.value.problems] == [
        'line 3, upn: "A12" is not a UPN (a letter, 11 digits, then a digit or a letter)',
        "line 3, forename: looks like a spreadsheet formula",
        'line 3, date_of_birth: "31/02/2015" is not a real date',
        "line 4: has 11 cells but the header on line 1 has 10",
        'line 5, upn: "A123456789012" is also on line 2',
        'line 5, date_of_birth: "2030-01-01" is in the future',
        "line 5, address: is 501 characters long; the limit is 500",
    ]
    assert caught.value.total == 7
    assert str(caught.value) == (
        "roster refused, nothing imported: 7 problems; "
        'first: line 3, upn: "A12" is not a UPN (a letter, 11 digits, then a digit or a letter)'
    )
    assert caught.value.problems[2] == RosterProblem(3, "date_of_birth", '"31/02/2015" is not a real date')


def test_problems_are_capped_with_a_count_of_the_rest() -> None:
    lines = [row(upn=f"A{n:012d}", dob="31/02/2015", year="99") for n in range(150)]
    with pytest.raises(RosterRejected) as caught:
        parse(csv_bytes(*lines))
    problems = caught.value.problems
    assert len(problems) == roster.MAX_PROBLEMS + 1
    assert caught.value.total == 300
    assert str(problems[-1]) == "and 100 more problems"
    assert (
        str(problems[-2]) == "line 101, year_group: \"99\" is not a year group (N, R, 1 to 13, 'Reception', 'Year 7')"
    )


def test_more_than_the_row_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(roster, "MAX_ROWS", 3)
    lines = [row(upn=f"A{n:012d}") for n in range(5)]
    assert len(parse(csv_bytes(*lines[:3]))) == 3
    found = one_problem(csv_bytes(*lines))
    assert found == "line 5: more than 3 pupils in one file; the rest of the file was not checked"


def test_problem_and_exception_text() -> None:
    assert str(RosterProblem(7, "date_of_birth", '"31/02/2015" is not a real date')) == (
        'line 7, date_of_birth: "31/02/2015" is not a real date'
    )
    assert str(RosterProblem(3, "", "has 2 cells")) == "line 3: has 2 cells"
    assert str(RosterProblem(0, "", "file is empty")) == "file is empty"
    error = RosterRejected([RosterProblem(1, "upn", "required column is missing")])
    assert str(error) == "roster refused, nothing imported: 1 problem; first: line 1, upn: required column is missing"
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.problems, copy.total, str(copy)) == (error.problems, 1, str(error))


def test_values_in_messages_are_shortened_and_escaped() -> None:
    found = one_problem(csv_bytes(row(dob="9" * 9 + "\x85" + "9" * 9)))
    assert found == "line 2, date_of_birth: contains a control character (U+0085)"
    found = one_problem(csv_bytes(row(upn="Q" * 20)))
    assert found == 'line 2, upn: "QQQQQQQQQQQQQQQQQQQQ" is not a UPN (a letter, 11 digits, then a digit or a letter)'
    assert mis_csv.show("x" * 50) == '"' + "x" * 40 + '…"'
    assert mis_csv.show("a\u202eb\x07") == '"a\\u202eb\\u0007"'


# --- properties -------------------------------------------------------------------------------------------

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_only_ever_raise_roster_rejected(data: bytes) -> None:
    try:
        rows = parse(data)
    except RosterRejected as exc:
        assert exc.problems
        assert all(isinstance(p, RosterProblem) for p in exc.problems)
    else:
        assert rows


CSV_CHARS = st.sampled_from([*",;\t\"\r\n =+-@/.'AZaz019Łж\x00\x07\u202e", "A123456789012", "2015-02-01", "R"])


@FAST
@given(st.lists(CSV_CHARS, max_size=200).map("".join), st.sampled_from([HEADER, REQUIRED_HEADER, "upn;forename"]))
def test_arbitrary_text_after_a_real_header_only_ever_raises_roster_rejected(body: str, header: str) -> None:
    try:
        parse((header + "\n" + body).encode())
    except RosterRejected as exc:
        assert exc.problems


LETTERS = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ÀÉÈÇÑÜÖßàéèçñüöøåæŁłĄąĘęŻżŹźĆćŃńÓóŚśŞşİıĞğ"
    "АБВГДЕЖЗИЙКЛМНОПРабвгдежзийклмнопрЁё"
    "ΑΒΓΔαβγδ"
    "أبتثجحخدعلمنه"
    "王李张美玲"
)
assert unicodedata.is_normalized("NFC", LETTERS)
WORD = st.text(alphabet=LETTERS, min_size=1, max_size=12)
NAME = st.tuples(WORD, st.lists(st.tuples(st.sampled_from([" ", "-", "'", "  "]), WORD), max_size=2)).map(
    lambda parts: parts[0] + "".join(sep + word for sep, word in parts[1])
)
ADDRESS = st.lists(st.text(alphabet=LETTERS + "0123456789", min_size=1, max_size=10), min_size=0, max_size=4).flatmap(
    lambda words: st.sampled_from([" ", ", ", "\n", ', "', ";"]).map(lambda sep: sep.join(words))
)
YEARS = [("Reception", "R"), ("R", "R"), ("N", "N"), ("Nursery", "N"), ("Year 7", "7"), ("13", "13"), ("y3", "3")]
UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZabcxyz"
DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]


@st.composite
def roster_rows(draw: st.DrawFn) -> dict[str, object]:
    upn = draw(st.sampled_from(UPN_LETTERS)) + f"{draw(st.integers(0, 10**11 - 1)):011d}"
    upn += draw(st.sampled_from(UPN_LETTERS + "0123456789"))
    born = draw(st.dates(min_value=TODAY - timedelta(days=9000), max_value=TODAY))
    year_written, year = draw(st.sampled_from(YEARS))
    return {
        "upn": upn,
        "forename": draw(NAME),
        "surname": draw(NAME),
        "preferred_name": draw(st.one_of(st.just(""), NAME)),
        "date_of_birth": born,
        "dob_written": born.strftime(draw(st.sampled_from(DATE_FORMATS))),
        "gender": draw(st.sampled_from(["", "F", "M", "Female", "Male", "Non-binary", "X"])),
        "year_written": year_written,
        "year_group": year,
        "reg_group": draw(st.text(alphabet=LETTERS + "0123456789", max_size=8)),
        "address": draw(ADDRESS),
        "postcode": draw(st.sampled_from(["", "SW1A 1AA", "LS1 1AA", "M1 1AE", "CF10 1AA"])),
        "contacts": draw(st.lists(NAME, min_size=2, max_size=2)),
    }


@settings(FAST, max_examples=60)
@given(
    st.lists(roster_rows(), min_size=1, max_size=6, unique_by=lambda r: str(r["upn"]).upper()),
    st.sampled_from([",", ";", "\t"]),
    st.sampled_from(["\r\n", "\n"]),
    st.booleans(),
)
def test_round_trip_through_csv_writer(rows: list[dict[str, object]], delimiter: str, eol: str, bom: bool) -> None:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator=eol)
    header = ["UPN", "Legal Forename", "Legal Surname", "Known As", "DOB", "Sex", "NC Year", "Form"]
    writer.writerow([*header, "Address Block", "Post Code", "Contact 1 Name", "Contact 2 Name"])
    for r in rows:
        fields = ["upn", "forename", "surname", "preferred_name", "dob_written", "gender", "year_written", "reg_group"]
        writer.writerow([*(r[f] for f in fields), r["address"], r["postcode"], *r["contacts"]])  # type: ignore[misc]
    data = (b"\xef\xbb\xbf" if bom else b"") + out.getvalue().encode()

    read = parse(data)

    expected_line = 2
    assert len(read) == len(rows)
    for got, r in zip(read, rows, strict=True):
        assert got.upn == str(r["upn"]).upper()
        for name in ("forename", "surname", "preferred_name", "date_of_birth", "gender", "year_group", "reg_group"):
            assert getattr(got, name) == r[name], name
        assert (got.address, got.postcode, got.contacts) == (r["address"], r["postcode"], tuple(r["contacts"]))
        assert got.line == expected_line
        expected_line += 1 + str(r["address"]).count("\n")
