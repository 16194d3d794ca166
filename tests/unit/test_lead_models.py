"""The lead pages' table models, without any widget: columns, roles, sorting through the proxy, filtering."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop_app.domain import bodymap
from desktop_app.domain.chronology.items import ChronologyItem, RowKind
from desktop_app.domain.lead.bodymap_history import BodyMapHistory, HistoricMark
from desktop_app.domain.records import InjuryMark
from desktop_app.domain.taxonomy import Category
from desktop_app.domain.triage.items import Clock, Stage, TriageItem
from desktop_app.ui.bodymap.painting import SKIN
from desktop_app.ui.lead.bodymap_history_canvas import EDGE, contrast, text_for, tint_for, view_rects
from desktop_app.ui.lead.bodymap_history_model import HistoricMarksModel, RegionCountsModel, SortProxy
from desktop_app.ui.lead.charts import Bar
from desktop_app.ui.lead.chronology_model import ChronologyModel, ChronologyProxy
from desktop_app.ui.lead.common import short_when
from desktop_app.ui.lead.dashboard_page import hours_words
from desktop_app.ui.lead.queue_model import TriageQueueModel, TriageQueueProxy

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
CATEGORIES = {"neglect": Category("neglect", "Neglect"), "physical-abuse": Category("physical-abuse", "Physical abuse")}


@pytest.fixture(autouse=True)
def _app(qapp: Any) -> Any:
    """Brushes and fonts need the (offscreen) application; no widget is made."""
    return qapp


def item(entry: str, clock: Clock, hours: float, flags: tuple[str, ...] = (), stage: Stage = Stage.NEW) -> TriageItem:
    return TriageItem(
        stage=stage, entry_id=entry, concern_id=entry, pupil_id="p-" + entry, pupil_name=f"Child {entry}",
        upn="U" + entry, category="neglect", summary=f"What happened to {entry}", recorded_by="Carys Teacher (Year 1)",
        recorded_at=T0 + timedelta(hours=hours), occurred_at=T0, due_at=T0 + timedelta(days=1), clock=clock,
        flags=flags,
    )  # fmt: skip


def cells(model: Any, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[Any]:
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def test_the_queue_model_shows_each_item_in_words_and_keeps_the_services_order_under_the_clock_column() -> None:
    model = TriageQueueModel()
    items = [
        item("a", Clock.RED, 0),
        item("b", Clock.AMBER, 5, flags=("Second injury within 90 days",)),
        item("c", Clock.GREEN, 9, stage=Stage.AWAITING_SECOND_LEAD),
    ]
    model.set_items(items, CATEGORIES)
    assert model.rowCount() == 3 and model.columnCount() == 9
    assert cells(model, TriageQueueModel.COLUMN_CLOCK)[0].startswith("Overdue\n")
    assert [c.split("\n")[0] for c in cells(model, TriageQueueModel.COLUMN_CLOCK)] == ["Overdue", "Due soon", "On time"]
    assert cells(model, TriageQueueModel.COLUMN_STAGE)[2] == "Decision awaiting a second lead"
    assert cells(model, TriageQueueModel.COLUMN_CATEGORY) == ["Neglect"] * 3
    assert cells(model, TriageQueueModel.COLUMN_FLAGS)[1] == "Second injury within 90 days"
    assert cells(model, TriageQueueModel.COLUMN_RECORDED_BY)[0] == "Carys Teacher (Year 1)"
    assert cells(model, TriageQueueModel.COLUMN_CLOCK, TriageQueueModel.ClockRole) == [
        Clock.RED,
        Clock.AMBER,
        Clock.GREEN,
    ]
    assert cells(model, 0, TriageQueueModel.EntryIdRole) == ["a", "b", "c"]
    assert cells(model, 0, TriageQueueModel.PupilIdRole) == ["p-a", "p-b", "p-c"]
    backgrounds = cells(model, TriageQueueModel.COLUMN_CLOCK, Qt.ItemDataRole.BackgroundRole)
    assert [b.color().name() if b else None for b in backgrounds] == ["#f9dedc", "#fff0c2", None]
    assert model.overdue() == 1 and model.row_for("c") == 2 and model.item_at(5) is None

    proxy = TriageQueueProxy()
    proxy.setSourceModel(model)
    proxy.sort(TriageQueueModel.COLUMN_RECORDED_AT, Qt.SortOrder.DescendingOrder)
    assert cells(proxy, 0, TriageQueueModel.EntryIdRole) == ["c", "b", "a"]
    proxy.sort(TriageQueueModel.COLUMN_CLOCK, Qt.SortOrder.AscendingOrder)  # back to overdue on top
    assert cells(proxy, 0, TriageQueueModel.EntryIdRole) == ["a", "b", "c"]
    proxy.sort(TriageQueueModel.COLUMN_FLAGS, Qt.SortOrder.DescendingOrder)
    assert cells(proxy, 0, TriageQueueModel.EntryIdRole)[0] == "b"

    model.clear()
    assert model.rowCount() == 0 and proxy.rowCount() == 0


def row(entry: str, days: int, kind: str = RowKind.CONCERN, category: str = "neglect", injuries: int = 0,
        late_days: int = 0, pupil: str = "p1") -> ChronologyItem:  # fmt: skip
    when = T0 + timedelta(days=days)
    return ChronologyItem(entry, when, when + timedelta(days=late_days), kind, category, f"Summary {entry}",
                          f"Action {entry}", "Alice Lead (lead)", pupil_id=pupil, concern_id=entry,
                          injuries=injuries)  # fmt: skip


def test_the_chronology_model_filters_by_category_and_kind_and_shows_flags_and_late_records() -> None:
    model = ChronologyModel()
    rows = [
        row("c1", 0, injuries=0),
        row("c2", 10, category="physical-abuse", injuries=2, late_days=3),
        row("d1", 11, kind=RowKind.DECISION, category="physical-abuse"),
        row("a1", 12, kind=RowKind.AGENCY_STATUS, category=""),
    ]
    model.set_items(rows, {"c2": ["Second injury within 90 days"]}, CATEGORIES, {"p1": "Zofia Łuczak"})
    assert model.kinds() == [RowKind.CONCERN, RowKind.INJURY, RowKind.DECISION, RowKind.AGENCY_STATUS]
    assert model.category_codes() == ["neglect", "physical-abuse"]
    assert cells(model, ChronologyModel.COLUMN_KIND) == ["Concern", "Concern with injuries", "Decision", "Other agency"]
    assert cells(model, ChronologyModel.COLUMN_FLAGS)[1] == "Second injury within 90 days"
    assert cells(model, ChronologyModel.COLUMN_FLAGS, Qt.ItemDataRole.ForegroundRole)[0] is None
    late = rows[1].recorded_at  # written down three days after it happened
    assert (
        cells(model, ChronologyModel.COLUMN_WHEN)[1]
        == f"{short_when(rows[1].occurred_at)}\nrecorded {short_when(late)}"
    )
    assert "\n" not in cells(model, ChronologyModel.COLUMN_WHEN)[0]
    assert cells(model, ChronologyModel.COLUMN_CATEGORY) == ["Neglect", "Physical abuse", "Physical abuse", ""]
    assert not model.is_family()

    proxy = ChronologyProxy()
    proxy.setSourceModel(model)
    proxy.sort(ChronologyModel.COLUMN_WHEN, Qt.SortOrder.AscendingOrder)
    assert cells(proxy, 0, ChronologyModel.EntryIdRole) == ["c1", "c2", "d1", "a1"]
    proxy.set_filter(kinds=[RowKind.INJURY])
    assert cells(proxy, 0, ChronologyModel.EntryIdRole) == ["c2"]
    proxy.set_filter(categories=["physical-abuse"])
    assert cells(proxy, 0, ChronologyModel.EntryIdRole) == ["c2", "d1"]
    proxy.set_filter(categories=["physical-abuse"], kinds=[RowKind.DECISION])
    assert cells(proxy, 0, ChronologyModel.EntryIdRole) == ["d1"]
    proxy.set_filter()
    proxy.sort(ChronologyModel.COLUMN_WHEN, Qt.SortOrder.DescendingOrder)
    assert cells(proxy, 0, ChronologyModel.EntryIdRole) == ["a1", "d1", "c2", "c1"]


def mark(number: int, region: str, days: int, weight: float) -> HistoricMark:
    return HistoricMark(number, f"c{number}", T0 + timedelta(days=days),
                        InjuryMark("front", 0.5, 0.5, region, "bruise", 2.0, explanation="fell"), weight)  # fmt: skip


def test_the_body_map_history_models_count_regions_and_list_marks_in_number_order() -> None:
    counts = RegionCountsModel()
    counts.set_counts({"upper-arm-left": 3, "cheek-left": 1})
    assert cells(counts, RegionCountsModel.COLUMN_REGION) == ["left upper arm", "left cheek"]
    assert cells(counts, RegionCountsModel.COLUMN_COUNT) == ["3", "1"]
    fonts = cells(counts, RegionCountsModel.COLUMN_REGION, Qt.ItemDataRole.FontRole)
    assert fonts[0].bold() and fonts[1] is None  # a repeated region stands out
    proxy = SortProxy()
    proxy.setSourceModel(counts)
    proxy.sort(RegionCountsModel.COLUMN_REGION, Qt.SortOrder.AscendingOrder)
    assert cells(proxy, 0, RegionCountsModel.RegionRole) == ["cheek-left", "upper-arm-left"]

    marks = HistoricMarksModel()
    marks.set_marks([mark(2, "cheek-left", 5, 1.0), mark(1, "upper-arm-left", 0, 0.3)])
    assert cells(marks, HistoricMarksModel.COLUMN_NUMBER) == ["1", "2"]
    assert cells(marks, HistoricMarksModel.COLUMN_MARK)[0] == "bruise on the left upper arm, 2 cm"
    assert cells(marks, HistoricMarksModel.COLUMN_EXPLANATION) == ["fell", "fell"]
    assert cells(marks, 0, HistoricMarksModel.ConcernIdRole) == ["c1", "c2"]


def test_newer_marks_are_drawn_stronger_and_every_view_gets_a_place() -> None:
    assert tint_for(1.0).lightness() < tint_for(0.65).lightness() < tint_for(0.3).lightness()
    for step in range(71):  # the oldest mark stays as readable as the newest: an opaque fill, a number that reads
        fill = tint_for(0.3 + step / 100)
        assert fill.alpha() == 255 and contrast(fill, text_for(fill)) >= 4.5, (step, fill.name())
    assert contrast(EDGE, SKIN) >= 4.5  # every badge's rim stands out from the outline's skin
    for width, height in ((900, 420), (400, 700), (1200, 300)):
        rects = view_rects(width, height, 20)
        assert set(rects) == set(bodymap.VIEWS)
        for rect in rects.values():
            assert rect.left() >= -0.01 and rect.right() <= width + 0.01 and rect.bottom() <= height
        for a, b in itertools.combinations(rects.values(), 2):
            assert not a.intersects(b)  # the outlines never overlap
    history = BodyMapHistory(None, None, None, None, {}, {})
    assert history.total == 0


def test_the_dashboard_speaks_clocks_in_minutes_hours_or_days() -> None:
    assert hours_words(None) == "—"
    assert hours_words(0.25) == "15 min"
    assert hours_words(5.04) == "5.0 h"
    assert hours_words(72) == "3.0 days"
    assert Bar("Monitor in school", 2).alert is False


def test_the_queue_names_every_category_of_a_concern_the_main_one_first() -> None:
    model = TriageQueueModel()
    several = dataclasses.replace(item("a", Clock.RED, 0), category="neglect", categories=("neglect", "physical-abuse"))
    model.set_items([several, item("b", Clock.GREEN, 1)], CATEGORIES)
    assert cells(model, TriageQueueModel.COLUMN_CATEGORY) == ["Neglect, Physical abuse", "Neglect"]
