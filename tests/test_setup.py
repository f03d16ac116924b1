"""The set-up that `make run` and `make test` do: one line per step, the rest in a log."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STEP = ROOT / "packaging" / "step.sh"


def step(tmp_path: Path, *command: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PINSCRIBE_INSTALL_LOG=str(tmp_path / "logs" / "install.log"))
    return subprocess.run(
        [str(STEP), "Installing the frobnicator", "run make again", *command],
        capture_output=True, text=True, env=env, timeout=30,
    )


def test_a_step_that_works_prints_one_line(tmp_path: Path) -> None:
    done = step(tmp_path, "sh", "-c", "echo 'Selecting previously unselected package x'")
    assert done.returncode == 0
    assert done.stdout == "Installing the frobnicator …\n" and done.stderr == ""
    log = (tmp_path / "logs" / "install.log").read_text()
    assert "Selecting previously unselected package x" in log


def test_a_failing_step_says_which_and_what_to_do(tmp_path: Path) -> None:
    failed = step(tmp_path, "sh", "-c", "echo 'E: Unable to locate package frob' >&2; exit 7")
    assert failed.returncode == 7
    assert failed.stdout == "Installing the frobnicator …\n"
    message = failed.stderr
    assert "Set-up step failed: Installing the frobnicator (exit code 7)" in message
    assert "E: Unable to locate package frob" in message  # the log's last lines
    assert str(tmp_path / "logs" / "install.log") in message
    assert "What to do: run make again" in message


def test_make_reports_a_failing_venv_step(tmp_path: Path) -> None:
    """The Makefile's own steps go through the step runner: a Python without venv fails."""
    fake = tmp_path / "python3"
    fake.write_text(
        "#!/bin/sh\n"
        '[ "$1" = "-c" ] && exit 0\n'  # the version check passes
        "echo 'No module named venv' >&2\nexit 1\n"
    )
    fake.chmod(0o755)
    venv = tmp_path / "venv"
    done = subprocess.run(
        ["make", "--no-print-directory", "venv", f"VENV={venv}", f"PYTHON={fake}"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode != 0
    assert done.stdout.splitlines()[0] == f"Creating the virtual environment {venv} …"
    assert "Set-up step failed: Creating the virtual environment" in done.stderr
    assert "No module named venv" in done.stderr
    assert "python3-venv" in done.stderr
    assert (venv / "install.log").is_file()
