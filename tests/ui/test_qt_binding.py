"""The Qt binding must not cost Python its own objects: a long session must not abort.

PySide6 6.12's ``Signal.emit()`` returns ``True`` and its void methods return
``None`` without taking a reference (see :mod:`ui._compat`): every call takes one
away, and once none is left Python aborts ("Fatal Python error: bool_dealloc"),
taking the app with it.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from ui._compat import immortalize_singletons

#: Emits and void calls, as the app makes them, far more than the singletons' references.
_SCRIPT = textwrap.dedent(
    """
    import sys
    {guard}
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    class Sender(QObject):
        changed = Signal(int)

    app = QCoreApplication([])
    sender = Sender()
    sender.changed.connect(lambda value: None)
    rounds = 2 * max(sys.getrefcount(True), sys.getrefcount(None)) + 1000
    if rounds > 5_000_000:
        rounds = 200_000  # the guard's ballast: more than any unguarded count
    for i in range(rounds):
        sender.changed.emit(i)
        sender.setObjectName("sender")
    print("done", rounds)
    """
)


def _run(guard: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _SCRIPT.format(guard=guard)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_app_survives_more_emits_and_void_calls_than_true_and_none_have_references() -> None:
    run = _run("import ui  # the app's own start: the guard")
    assert run.returncode == 0, run.stderr[-500:]
    assert run.stdout.startswith("done")
    assert "dealloc" not in run.stderr


def test_the_guard_gives_the_singletons_a_count_that_never_reaches_zero() -> None:
    if not immortalize_singletons():
        pytest.skip("Python 3.12 or later: None, True and False are immortal")
    for singleton in (None, True, False):
        assert sys.getrefcount(singleton) > 1 << 59
