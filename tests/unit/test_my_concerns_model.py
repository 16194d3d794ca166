"""The "My concerns" table model, without any widget: rows, roles, sorting, resets and targeted changes."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from desktop_app.domain.ids import new_id, short_reference
from desktop_app.domain.records import Addendum, Concern, Pupil, SchoolState
from desktop_app.domain.taxonomy import Category
from desktop_app.ui.my_concerns_model import MyConcernsModel, MyConcernsProxy, my_concern_rows, sort_text

ME, SOMEONE_ELSE = "account-me", "account-other"
CATEGORIES = [Category("neglect", "Neglect"), Category("online-safety", "Online safety")]


def _state() -> tuple[SchoolState, dict[str, str]]:
    zofia = Pupil(new_id(), "A123456789012", "Zofia", "Łuczak")
    seyma = Pupil(new_id(), "C123456789015", "Şeyma", "Yılmaz", preferred_name="Seyma")
    state = SchoolState(pupils={p.pupil_id: p for p in (zofia, seyma)})
    ids = {}
    for name, pupil, author, when, category in [
        ("early", zofia, ME, datetime(2025, 1, 6, 9, 30, tzinfo=UTC), "neglect"),
        ("late", seyma, ME, datetime(2025, 3, 4, 14, 5, tzinfo=UTC), "online-safety"),
        ("theirs", zofia, SOMEONE_ELSE, datetime(2025, 2, 1, 10, 0, tzinfo=UTC), "neglect"),
        ("custom", zofia, ME, datetime(2025, 2, 14, 11, 0, tzinfo=UTC), "school-own"),
    ]:
        concern_id = ids[name] = new_id()
        state.concerns[concern_id] = Concern(concern_id, pupil.pupil_id, author, when, when, category, "…")
    state.addenda[ids["early"]] = [
        Addendum(new_id(), ids["early"], zofia.pupil_id, ME, datetime(2025, 1, 7, tzinfo=UTC), "more"),
        Addendum(new_id(), ids["early"], zofia.pupil_id, SOMEONE_ELSE, datetime(2025, 1, 8, tzinfo=UTC), "lead"),
    ]
    return state, ids


def _model() -> tuple[MyConcernsModel, dict[str, str]]:
    state, ids = _state()
    model = MyConcernsModel()
    model.set_rows(my_concern_rows(state, ME, CATEGORIES))
    return model, ids


def _column(model: Any, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[Any]:
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def test_rows_are_my_own_concerns_only_newest_first() -> None:
    model, ids = _model()
    assert model.rowCount() == 3 and model.columnCount() == 6
    assert _column(model, MyConcernsModel.COLUMN_REFERENCE) == [
        short_reference(ids[name]) for name in ("late", "custom", "early")
    ]
    assert ids["theirs"] not in _column(model, 0, MyConcernsModel.ConcernIdRole)
    assert _column(model, MyConcernsModel.COLUMN_PUPIL) == ["Şeyma (Seyma) Yılmaz", "Zofia Łuczak", "Zofia Łuczak"]
    assert _column(model, MyConcernsModel.COLUMN_CATEGORY) == ["Online safety", "school-own", "Neglect"]
    assert set(_column(model, MyConcernsModel.COLUMN_STATUS)) == {"Sent to the safeguarding team"}
    assert _column(model, MyConcernsModel.COLUMN_ADDENDA) == ["", "", "1"], "only my own addenda count"
    assert model.headerData(MyConcernsModel.COLUMN_PUPIL, Qt.Orientation.Horizontal) == "Pupil"
    assert model.rowCount(model.index(0, 0)) == 0, "a flat table"


def test_the_occurred_column_shows_local_time_and_sorts_by_the_moment() -> None:
    model, ids = _model()
    text = model.index(2, MyConcernsModel.COLUMN_OCCURRED).data()
    local = datetime(2025, 1, 6, 9, 30, tzinfo=UTC).astimezone()
    assert text == local.strftime("%a %d %b %Y, %H:%M")
    proxy = MyConcernsProxy()
    proxy.setSourceModel(model)
    proxy.sort(MyConcernsModel.COLUMN_OCCURRED, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, 0, MyConcernsModel.ConcernIdRole) == [ids["early"], ids["custom"], ids["late"]]
    proxy.sort(MyConcernsModel.COLUMN_PUPIL, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, MyConcernsModel.COLUMN_PUPIL)[0].startswith("Şeyma"), "Ş sorts with S, before Z"
    proxy.sort(MyConcernsModel.COLUMN_ADDENDA, Qt.SortOrder.DescendingOrder)
    assert _column(proxy, 0, MyConcernsModel.ConcernIdRole)[0] == ids["early"]


def test_sort_text_ignores_case_and_accents() -> None:
    assert sort_text("Şeyma") == "seyma" and sort_text("Łuczak") == "luczak" and sort_text("Krężołek") == "krezolek"


def test_new_rows_reset_the_model_and_an_addendum_changes_one_cell(qtmodeltester: Any) -> None:
    model, ids = _model()
    qtmodeltester.check(model)
    resets: list[str] = []
    changes: list[tuple[int, int, int, int]] = []
    model.modelReset.connect(lambda: resets.append("reset"))
    model.dataChanged.connect(lambda a, b, _roles: changes.append((a.row(), a.column(), b.row(), b.column())))

    model.note_addendum(ids["late"])
    assert changes == [(0, MyConcernsModel.COLUMN_ADDENDA, 0, MyConcernsModel.COLUMN_ADDENDA)] and resets == []
    assert model.index(0, MyConcernsModel.COLUMN_ADDENDA).data() == "1"
    model.note_addendum("not-a-concern-of-mine")
    assert len(changes) == 1

    model.clear()
    assert resets == ["reset"] and model.rowCount() == 0
    assert model.data(QModelIndex()) is None and model.concern_at(0) is None


def test_the_status_says_when_a_lead_acknowledged_it() -> None:
    from desktop_app.domain.lead.concern_records import Acknowledgement

    state, ids = _state()
    at = datetime(2025, 1, 6, 11, 0, tzinfo=UTC)
    ack = Acknowledgement(new_id(), ids["early"], state.concerns[ids["early"]].pupil_id, "a-lead", at)
    state.lead.acknowledgements[ids["early"]] = [ack]
    rows = {row.concern_id: row for row in my_concern_rows(state, ME, CATEGORIES)}
    assert rows[ids["late"]].status == "Sent to the safeguarding team"
    assert rows[ids["early"]].status.startswith("Acknowledged by a designated lead, ")
    assert at.astimezone().strftime("%d %b %Y") in rows[ids["early"]].status
