from __future__ import annotations

from app.domain import Station
from ui.stations.model import QuestionRole, StationIdRole, StationListModel


def test_model_passes_qtmodeltester(qtmodeltester) -> None:
    rows = [Station(1, "Governance", "Welche Strukturen?"), Station(2, "Mobilität", "")]
    model = StationListModel(lambda: rows)
    qtmodeltester.check(model, force_py=True)
    rows.append(Station(3, "Energie", "Woher kommt der Strom?"))
    model.refresh()
    qtmodeltester.check(model, force_py=True)


def test_model_roles() -> None:
    model = StationListModel(lambda: [Station(7, "Governance", "Welche Strukturen?")])
    index = model.index(0, 0)
    assert model.data(index) == "Governance"
    assert model.data(index, StationIdRole) == 7
    assert model.data(index, QuestionRole) == "Welche Strukturen?"
    assert model.row_of(7) == 0
    assert model.row_of(8) == -1
    assert model.station(1) is None


def test_empty_model_passes_qtmodeltester(qtmodeltester) -> None:
    qtmodeltester.check(StationListModel(list), force_py=True)
