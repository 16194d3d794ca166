"""Every table model in the UI stands on `RowsModel`: one shape for rows, headers, text, sort keys and roles."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel, QModelIndex, Qt

import desktop_app.ui
from desktop_app.ui.table_base import RowsModel, sort_text


def _item_models() -> list[type]:
    """Every item model class defined in desktop_app.ui (proxies, which sort or filter another model, aside)."""
    found: dict[str, type] = {}
    for info in pkgutil.walk_packages(desktop_app.ui.__path__, "desktop_app.ui."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or not issubclass(cls, QAbstractItemModel):
                continue
            if issubclass(cls, QAbstractProxyModel):
                continue
            found[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return [found[name] for name in sorted(found)]


def test_the_search_finds_the_table_models_it_is_meant_to_check() -> None:
    names = {cls.__name__ for cls in _item_models()}
    assert {"TriageQueueModel", "ChronologyModel", "MyConcernsModel", "PupilFinderModel", "StaffModel"} <= names


def test_every_table_model_in_the_ui_derives_from_rows_model() -> None:
    strays = [f"{cls.__module__}.{cls.__qualname__}" for cls in _item_models() if not issubclass(cls, RowsModel)]
    assert strays == []


def test_no_model_gives_two_of_its_roles_one_number() -> None:
    for cls in _item_models():
        roles = {name: getattr(cls, name) for name in dir(cls) if name.endswith("Role") and name[0].isupper()}
        by_number: dict[int, set[str]] = {}
        for name, number in roles.items():
            by_number.setdefault(int(number), set()).add(name)
        # an alias of the record's own role (`ItemRole = RowRole`) is one role with two names, not a clash
        clashes = {n: names for n, names in by_number.items() if len(names) > 1 and "RowRole" not in names}
        assert clashes == {}, cls.__name__
        assert all(int(n) > int(Qt.ItemDataRole.UserRole) for n in by_number), cls.__name__


def test_set_rows_resets_and_replace_row_redraws_that_row_only(qapp: object) -> None:

    class Words(RowsModel[str]):
        def headers(self) -> list[str]:
            return ["Word", "Length"]

        def text(self, row: str, column: int) -> str:
            return row if column == 0 else str(len(row))

    model = Words()
    resets: list[bool] = []
    changed: list[tuple[int, int, int, int]] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda a, b, _roles: changed.append((a.row(), a.column(), b.row(), b.column())))
    model.set_rows(["Łuczak", "Adams"])
    assert resets == [True] and model.rowCount() == 2 and model.columnCount() == 2
    model.replace_row(1, "Abbott")
    assert changed == [(1, 0, 1, 1)] and model.data(model.index(1, 0)) == "Abbott"
    assert model.data(model.index(0, 0), RowsModel.SortRole) == sort_text("Łuczak") == "luczak"
    assert model.data(model.index(0, 0), RowsModel.RowRole) == "Łuczak"
    assert model.data(model.index(5, 0)) is None and model.rowCount(model.index(0, 0)) == 0
    assert (
        model.headerData(1, Qt.Orientation.Horizontal) == "Length"
        and model.headerData(2, Qt.Orientation.Horizontal) is None
    )
    assert model.data(QModelIndex()) is None
    model.clear()
    assert resets == [True, True] and model.rowCount() == 0
