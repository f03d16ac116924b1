"""The welcome page's demo: the sample workshop, built once and opened in one click."""

from __future__ import annotations

from pathlib import Path

from ui.main_window import MainWindow


def test_open_the_demo_workshop_in_one_click(window: MainWindow, tmp_path: Path, qtbot) -> None:
    window.demo.folder = tmp_path / "demo"
    assert window.welcome.demo_button.isVisibleTo(window)
    with qtbot.waitSignal(window.pages.currentChanged, timeout=180_000):
        window.welcome.demo_button.click()
    assert window.document is not None
    project = window.document.project
    stations = project.stations.list()
    assert len(stations) == 3
    notes = project.notes.list()
    assert len(notes) >= 25
    assert sum(1 for n in notes if n.text) >= 20  # read, not only found
    assert any(project.themes.list(s.id) for s in stations)  # grouped as on the boards
    built = window.demo.path.stat().st_mtime_ns

    window.close_project()
    window.welcome.demo_button.click()  # built before: opened at once, not built again
    assert window.document is not None and window.document.path == window.demo.path
    assert window.demo.path.stat().st_mtime_ns >= built
    assert not window.demo.jobs.active()
