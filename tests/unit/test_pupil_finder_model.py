"""The pupil finder's model, tested without any widget: matching, telling pupils apart, roles and limits."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from desktop_app.domain.records import Pupil
from desktop_app.ui.pupil_finder_model import PupilFinderModel, fold_for_search, query_tokens, search_key

PUPILS = [
    Pupil("p1", "A123456789012", "Zofia", "Łuczak", "", date(2021, 3, 4), "Female", "R", "RA"),
    Pupil("p2", "A123456789013", "Jakub", "Łuczak", "Kuba", date(2018, 6, 10), "Male", "3", "3B"),
    Pupil("p3", "B123456789014", "Ахмед", "Krężołek", "", date(2016, 1, 20), "Male", "5", "5A"),
    Pupil("p4", "C123456789015", "Şeyma", "Yılmaz", "", date(2015, 9, 1), "Female", "6", "6C"),
    Pupil("p5", "D123456789016", "Jakub", "Łuczak", "", date(2014, 11, 2), "Male", "6", "6A"),
    Pupil("p6", "E123456789017", "Siobhán", "O'Brien-Smith", "", None, "Female", "N", "N1"),
]


@pytest.fixture
def model(qapp: object) -> Iterator[PupilFinderModel]:
    made = PupilFinderModel(PUPILS)
    tester = QAbstractItemModelTester(made, QAbstractItemModelTester.FailureReportingMode.Fatal)  # checks every reset
    yield made
    del tester


def shown(model: PupilFinderModel) -> list[str]:
    return [model.data(model.index(row, 0), PupilFinderModel.UpnRole) for row in range(model.rowCount())]


def test_search_keys_are_case_folded_and_accent_stripped() -> None:
    assert (
        fold_for_search("Łuczak Şeyma Krężołek Yılmaz Siobhán Straße") == "luczak seyma krezolek yilmaz siobhan strasse"
    )
    assert fold_for_search("Ахмед") == "ахмед"
    assert search_key(PUPILS[1]) == " jakub kuba luczak a123456789013"
    assert search_key(PUPILS[5]) == " siobhan obriensmith o brien smith e123456789017"
    assert query_tokens("  Ja  łu ") == [" ", " ja", " lu", " "]


@pytest.mark.parametrize(
    ("typed", "upns"),
    [
        ("kub", ["A123456789013"]),  # preferred name
        ("jak", ["A123456789013", "D123456789016"]),  # forename
        ("luc", ["A123456789013", "D123456789016", "A123456789012"]),  # surname, without its accent
        ("ŁUCZ", ["A123456789013", "D123456789016", "A123456789012"]),  # with it, in capitals
        ("zo lu", ["A123456789012"]),  # two words: both must begin a word
        ("ахм", ["B123456789014"]),
        ("seyma", ["C123456789015"]),
        ("b1234", ["B123456789014"]),  # UPN
        ("obrien", ["E123456789017"]),
        ("smith", ["E123456789017"]),
        ("uczak", []),  # the middle of a word is not a match
        ("   ", []),
    ],
)
def test_typing_the_start_of_any_name_or_the_upn_finds_the_pupil(
    model: PupilFinderModel, typed: str, upns: list[str]
) -> None:
    model.set_query(typed)
    assert sorted(shown(model)) == sorted(upns)
    assert model.match_count == len(upns)


def test_results_are_ordered_by_surname_then_forename(model: PupilFinderModel) -> None:
    def names() -> list[str]:
        return [model.data(model.index(r, PupilFinderModel.NAME)) for r in range(model.rowCount())]

    model.set_query("s")
    assert names() == ["Siobhán O'Brien-Smith", "Şeyma Yılmaz"]
    model.set_query("łuczak")
    assert names() == ["Jakub (Kuba) Łuczak", "Jakub Łuczak", "Zofia Łuczak"]


def test_two_pupils_of_the_same_name_are_told_apart_by_year_group_and_birth_date(model: PupilFinderModel) -> None:
    model.set_query("jakub")
    rows = [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert rows == [
        ["Jakub (Kuba) Łuczak", "Year 3", "3B", "10 Jun 2018"],
        ["Jakub Łuczak", "Year 6", "6A", "2 Nov 2014"],
    ]
    assert model.data(model.index(1, 0), Qt.ItemDataRole.AccessibleTextRole) == (
        "Jakub Łuczak, Year 6, 6A, born 2 Nov 2014, UPN ending 9016"
    )
    details = [model.data(model.index(r, 0), PupilFinderModel.DetailsRole) for r in range(model.rowCount())]
    assert details == [
        "Year 3 · 3B · born 10 Jun 2018 · UPN ending 9013",
        "Year 6 · 6A · born 2 Nov 2014 · UPN ending 9016",
    ]
    model.set_query("seyma")  # a name nobody else has: no UPN needed
    assert model.data(model.index(0, 0), PupilFinderModel.DetailsRole) == "Year 6 · 6C · born 1 Sep 2015"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Name", "Year", "Reg group", "Born"]


def test_roles_give_the_pupil_and_the_upn(model: PupilFinderModel) -> None:
    model.set_query("seyma")
    index = model.index(0, PupilFinderModel.BORN)
    assert model.data(index, PupilFinderModel.PupilRole) is PUPILS[3]
    assert model.data(index, PupilFinderModel.UpnRole) == "C123456789015"
    assert model.data(index, PupilFinderModel.SearchKeyRole) == " seyma yilmaz c123456789015"
    assert model.pupil_at(0) is PUPILS[3]
    assert model.pupil_at(1) is None
    assert model.data(model.index(0, 0), PupilFinderModel.PupilRole) is PUPILS[3]
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_nursery_reception_and_unknown_birth_dates_read_as_words(model: PupilFinderModel) -> None:
    model.set_query("siob")
    assert [model.data(model.index(0, c)) for c in range(4)] == ["Siobhán O'Brien-Smith", "Nursery", "N1", ""]
    model.set_query("zof")
    assert model.data(model.index(0, PupilFinderModel.YEAR)) == "Reception"


def test_rows_shown_are_limited_but_every_match_is_counted(qapp: object) -> None:
    many = [Pupil(f"id{i}", f"X{i:012d}", "Sam", f"Surname{i:04d}", year_group="4") for i in range(120)]
    model = PupilFinderModel(many, limit=50)
    model.set_query("sam")
    assert model.rowCount() == 50
    assert model.match_count == 120
    assert model.pupil_count == 120


def test_a_new_directory_clears_the_query(model: PupilFinderModel) -> None:
    model.set_query("jak")
    model.set_pupils(PUPILS[:1])
    assert model.rowCount() == 0
    model.set_query("zo")
    assert shown(model) == ["A123456789012"]
    assert model.pupil_by_upn(" a123456789012 ") is PUPILS[0]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["j", "a", "k", " ", "l", "u", "b", "1", "z", "ł", "s"]), max_size=8), st.data())
def test_narrowing_keystroke_by_keystroke_gives_the_same_rows_as_a_fresh_search(
    qapp: object, typed: list[str], data: st.DataObject
) -> None:
    incremental, fresh = PupilFinderModel(PUPILS), PupilFinderModel(PUPILS)
    text = ""
    for letter in typed:
        text = text[:-1] if data.draw(st.booleans()) and text else text + letter  # typing, and sometimes Backspace
        incremental.set_query(text)
        fresh.set_pupils(PUPILS)
        fresh.set_query(text)
        assert shown(incremental) == shown(fresh)


def test_a_letter_that_leaves_the_same_pupils_does_not_reset_the_view(model: PupilFinderModel) -> None:
    resets: list[None] = []
    model.modelReset.connect(lambda: resets.append(None))
    model.set_query("seym")
    model.set_query("seyma")  # the same one pupil: nothing for the view to redraw
    model.set_query("seyma y")
    assert len(resets) == 1
    assert shown(model) == ["C123456789015"]
    model.set_query("seyma z")
    assert len(resets) == 2 and shown(model) == [] and model.match_count == 0
