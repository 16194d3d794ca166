"""Search across records (`domain.search`): words at the start of a word whatever their case and accents, phrases,
every word in one record, filters, and the newest first."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.lead.concern_records import CategoryChange, Decision
from desktop_app.domain.records import Addendum, Concern, InjuryMark, SchoolState
from desktop_app.domain.search import LiveSearchIndex, SearchFilters, SearchIndex, fold_words, needles


def _concern(cid: str, pupil: str, text: str, day: int, *, category: str = "neglect", author: str = "a1",
             **extra: object) -> Concern:  # fmt: skip
    when = datetime(2026, 11, day, 9, 5, tzinfo=UTC)
    return Concern(cid, pupil, author, when, when, category, text, **extra)  # type: ignore[arg-type]


def _state(*concerns: Concern) -> SchoolState:
    state = SchoolState()
    for concern in concerns:
        state.concerns[concern.concern_id] = concern
    return state


def test_words_match_at_the_start_of_a_word_whatever_the_case_and_accents() -> None:
    state = _state(
        _concern("c1", "p1", "Zofia Łuczak-Krężołek said Uncle Dave's belt hurt.", 3),
        _concern("c2", "p2", "Came in hungry, no coat; the Marketing letter was lost.", 4),
    )
    index = SearchIndex.of(state)
    assert [h.entry_id for h in index.search("luczak").hits] == ["c1"]
    assert [h.entry_id for h in index.search("KREZOLEK").hits] == ["c1"]
    assert [h.entry_id for h in index.search("dave").hits] == ["c1"]
    assert [h.entry_id for h in index.search("hung").hits] == ["c2"]
    assert index.search("ark").total == 0, "inside a word is not the start of one"
    assert [h.entry_id for h in index.search("market").hits] == ["c2"]


def test_every_word_must_be_in_the_same_record_and_a_phrase_matches_as_written() -> None:
    state = _state(
        _concern("c1", "p1", "Uncle Dave collected her; she was crying.", 3),
        _concern("c2", "p1", "Dave's uncle phoned the office.", 4),
        _concern("c3", "p2", "Crying at the gate.", 5),
    )
    index = SearchIndex.of(state)
    assert {h.entry_id for h in index.search("dave uncle").hits} == {"c1", "c2"}
    assert [h.entry_id for h in index.search('"uncle dave"').hits] == ["c1"]
    assert [h.entry_id for h in index.search("dave crying").hits] == ["c1"]
    assert index.search("dave gate").total == 0


def test_marks_addenda_and_a_leads_records_are_searched_too() -> None:
    mark = InjuryMark("front", 0.4, 0.2, "cheek-left", explanation="Said the dog jumped up", witnessed_by="Mrs Obi")
    state = _state(_concern("c1", "p1", "Bruise on her cheek.", 3, injuries=(mark,)))
    when = datetime(2026, 11, 6, 10, tzinfo=UTC)
    state.addenda["c1"] = [Addendum("n1", "c1", "p1", "a2", when, "Mum rang: the dog is her grandmother's")]
    state.lead.decisions["d1"] = Decision("d1", "c1", "p1", "monitor", "Grandmother's dog; will monitor", False, (),
                                          "lead", when)  # fmt: skip
    index = SearchIndex.of(state)
    assert {(h.entry_id, h.what) for h in index.search("dog").hits} == {
        ("c1", "Concern"),
        ("n1", "Addendum"),
        ("d1", "Decision"),
    }
    assert [h.entry_id for h in index.search("obi").hits] == ["c1"]
    assert {h.concern_id for h in index.search("dog").hits} == {"c1"}


def test_filters_narrow_by_category_date_author_and_flag_and_the_newest_comes_first() -> None:
    state = _state(
        _concern("c1", "p1", "Hungry again.", 3, category="neglect", author="a1"),
        _concern("c2", "p2", "Hungry and cold.", 10, category="neglect", author="a2"),
        _concern("c3", "p3", "Hungry; bruise on arm.", 20, category="physical-abuse", author="a1"),
    )
    index = SearchIndex.of(state)
    assert [h.entry_id for h in index.search("hungry").hits] == ["c3", "c2", "c1"]
    assert [h.entry_id for h in index.search("hungry", SearchFilters(category="neglect")).hits] == ["c2", "c1"]
    assert [h.entry_id for h in index.search("hungry", SearchFilters(since=date(2026, 11, 4))).hits] == ["c3", "c2"]
    assert [h.entry_id for h in index.search("hungry", SearchFilters(until=date(2026, 11, 3))).hits] == ["c1"]
    assert [h.entry_id for h in index.search("hungry", SearchFilters(author_id="a1")).hits] == ["c3", "c1"]
    flagged = {"p2": ["neglect-pattern"]}
    assert [h.entry_id for h in index.search("", SearchFilters(flag="any"), flagged).hits] == ["c2"]
    assert index.search("", SearchFilters(flag="sentinel-injury"), flagged).total == 0
    assert index.search("").total == 0, "no words and no filter: nothing, not everything"
    newest = index.search("hungry", limit=1)
    assert ([h.entry_id for h in newest.hits], newest.total, newest.pupil_ids) == (["c3"], 3, {"p1", "p2", "p3"})


def test_a_long_record_is_shown_around_its_match() -> None:
    text = "Start of a long note. " + "Nothing of note happened in class today. " * 20 + "Then she mentioned Dave."
    hit = SearchIndex.of(_state(_concern("c1", "p1", text, 3))).search("dave").hits[0]
    assert "Dave" in hit.snippet and hit.snippet.startswith("…") and len(hit.snippet) < 200


def test_the_query_is_read_as_words_and_phrases() -> None:
    assert needles('  Uncle "Dave  O\'Brien" belt ') == [" dave o brien", " uncle", " belt"]
    assert needles(' "" ,, ') == []
    assert fold_words("Şeyma ĄĘ Ахмед straße") == " seyma ae ахмед strasse "


_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)


@settings(max_examples=200, deadline=None)
@given(texts=st.lists(_TEXT, min_size=1, max_size=6), pick=st.integers(min_value=0))
def test_any_word_of_a_record_finds_that_record(texts: list[str], pick: int) -> None:
    state = _state(*(_concern(f"c{n}", f"p{n}", t, 1 + n) for n, t in enumerate(texts)))
    index = SearchIndex.of(state)
    number = pick % len(texts)
    words = fold_words(texts[number]).split()
    if not words:
        return
    word = words[pick % len(words)]
    found = {h.entry_id for h in index.search(word).hits}
    assert f"c{number}" in found
    assert all(f" {word}" in fold_words(texts[int(c[1:])]) for c in found)


_WORDS = ["hungry", "bruise", "coat", "Dave", "Łuczak", "crying", "late", "smells"]


@settings(max_examples=40, deadline=None)
@given(
    batches=st.lists(
        st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_WORDS), st.integers(1, 28)), max_size=6),
        min_size=1,
        max_size=6,
    ),
    query=st.sampled_from([*_WORDS, "hungry coat", '"dave crying"', "zzz"]),
    limit=st.sampled_from([None, 0, 1, 3, 50]),
)
def test_the_live_index_finds_what_an_index_made_afresh_finds(
    batches: list[list[tuple[str, str, int]]], query: str, limit: int | None
) -> None:
    """Concerns arriving in batches after the index was first made (each batch indexed apart, the whole made again
    past a share): every search gives what an index of the whole state made now gives, in the same order."""
    state, live, number = SchoolState(), LiveSearchIndex(min_remake=4, remake_share=0.5), 0
    live.update(state)
    for batch in batches:
        for first, second, day in batch:
            number += 1
            concern = _concern(f"c{number:03}", f"p{number % 3}", f"{first} and {second}", day)
            state.concerns[concern.concern_id] = concern
        live.update(state)
        fresh = SearchIndex.of(state)
        for filters in (SearchFilters(), SearchFilters(since=date(2026, 11, 10))):
            got, want = live.search(query, filters, limit=limit), fresh.search(query, filters, limit=limit)
            assert [h.entry_id for h in got.hits] == [h.entry_id for h in want.hits]
            assert (got.total, got.pupil_ids) == (want.total, want.pupil_ids)
    assert len(live) == len(SearchIndex.of(state))


def test_a_concern_indexed_before_its_category_changed_is_found_under_the_new_one() -> None:
    """A record once indexed is never indexed again; what can change about it (a lead's category) is read when
    searched."""
    state = _state(_concern("c1", "p1", "Came in hungry, no coat.", 3, category="neglect"))
    live = LiveSearchIndex()
    live.update(state)
    assert live.search("hungry", SearchFilters(category="neglect")).total == 1
    moment = datetime(2026, 11, 5, tzinfo=UTC)
    state.lead.category_changes["c1"] = [CategoryChange("e9", "c1", "p1", "emotional-abuse", "Misfiled.", "l1", moment)]
    live.update(state)
    assert live.search("hungry", SearchFilters(category="neglect")).total == 0
    assert live.search("hungry", SearchFilters(category="emotional-abuse")).total == 1
