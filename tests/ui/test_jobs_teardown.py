"""A runner destroyed by Qt while its job runs: the job is cancelled and the window goes on.

Before the fix, Qt's ``QThreadPool`` destructor waited for the running job while the
GUI thread held Python's GIL, which the job needed to return: the process hung for
ever (seen once in CI, as a test suite that never ended). Each case runs in a child
process with a deadline, so that a hang fails the test instead of stopping the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# A job that keeps running Python code until it is cancelled (or 20 s pass).
CHILD = textwrap.dedent(
    """
    import time
    from PySide6.QtCore import QObject
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from ui.core.jobs import JobRunner

    app = QApplication([])
    started = []

    def work(context):
        started.append(True)
        end = time.monotonic() + 20
        spins = 0
        while not context.cancelled() and time.monotonic() < end:
            spins += 1
        return "cancelled" if context.cancelled() else "ran out"

    owner = QObject()
    runner = JobRunner(owner)
    job = runner.start("busy", work)
    while not started:
        time.sleep(0.01)
    begun = time.monotonic()
    {destroy}
    QTest.qWait(50)
    print("destroyed after %.1f s" % (time.monotonic() - begun), flush=True)
    """
)


def run_child(destroy: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    return subprocess.run(
        [sys.executable, "-c", CHILD.format(destroy=destroy)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=REPO,
    )


def test_a_runner_deleted_with_its_parent_cancels_its_running_job() -> None:
    done = run_child("owner.deleteLater()")
    assert done.returncode == 0, done.stderr
    seconds = float(done.stdout.split()[2])
    assert seconds < 10  # cancelled at once, not run out after 20 s


def test_a_runner_dropped_by_python_cancels_its_running_job() -> None:
    done = run_child("owner.setParent(None); del owner, runner, job")
    assert done.returncode == 0, done.stderr
    assert float(done.stdout.split()[2]) < 10


def test_a_runner_destroyed_drops_the_jobs_not_yet_started() -> None:
    # A queued job that would not look at its cancel flag does not delay the teardown.
    done = run_child("runner.start('late', lambda _context: time.sleep(20)); owner.deleteLater()")
    assert done.returncode == 0, done.stderr
    assert float(done.stdout.split()[2]) < 10
