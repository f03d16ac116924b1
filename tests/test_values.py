"""Property-based tests of the checks on values read back from a project file."""

from __future__ import annotations

import contextlib
import json
import math
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.store import Project, values

# anything SQLite can hold in a column
stored = st.one_of(
    st.none(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=200),
    st.binary(max_size=50),
)
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=10)),
    lambda inner: st.lists(inner, max_size=6) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=30,
)
json_text = st.one_of(json_values.map(lambda v: json.dumps(v)), st.text(max_size=100))


@given(json_text)
def test_points_are_finite_pairs_or_refused(text: str) -> None:
    try:
        points = values.points(text)
    except values.BadValue:
        return
    assert len(points) >= 3
    for x, y in points:
        assert math.isfinite(x) and math.isfinite(y)
        assert abs(x) <= values.MAX_COORDINATE and abs(y) <= values.MAX_COORDINATE


@given(st.lists(st.tuples(st.floats(-1e5, 1e5), st.floats(-1e5, 1e5)), min_size=3, max_size=50))
def test_points_written_by_pinscribe_are_accepted(points: list[tuple[float, float]]) -> None:
    assert values.points(json.dumps(points)) == points


@given(json_text)
def test_rgb_is_three_bytes_or_refused(text: str) -> None:
    try:
        r, g, b = values.rgb(text)
    except values.BadValue:
        return
    assert all(isinstance(c, int) and 0 <= c <= 255 for c in (r, g, b))


@given(stored)
def test_numbers_are_finite_and_in_range_or_refused(value: object) -> None:
    try:
        number = values.number(value, "x", low=0.0, high=1.0)
    except values.BadValue:
        return
    assert 0.0 <= number <= 1.0


@given(stored)
def test_hex_colours(value: object) -> None:
    try:
        colour = values.hex_color(value)
    except values.BadValue:
        return
    assert len(colour) == 7 and int(colour[1:], 16) >= 0


@given(stored)
def test_integers_and_texts(value: object) -> None:
    for check in (
        lambda v: values.integer(v, "x", low=0, high=10),
        lambda v: values.text(v, "x", limit=20),
        lambda v: values.color_name(v),
    ):
        with contextlib.suppress(values.BadValue):
            check(value)


@given(st.text(max_size=40))
def test_language_settings(value: str) -> None:
    from app.errors import InvalidInputError
    from app.project_settings import check_setting

    try:
        checked = check_setting("ocr.languages", value)
    except InvalidInputError:
        return
    assert "/" not in checked and "." not in checked and checked


@pytest.fixture(scope="module")
def project_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.ui.boards import imported_project

    path, _station, _photo = imported_project(tmp_path_factory.mktemp("values"))
    return path


COLUMNS = [
    "polygon",
    "color",
    "rgb",
    "shape",
    "detection_confidence",
    "text",
    "confidence",
    "reviewed",
    "votes",
    "kind",
]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(column=st.sampled_from(COLUMNS), value=stored)
def test_any_stored_note_value_never_raises(project_file: Path, column: str, value: object) -> None:
    conn = sqlite3.connect(project_file)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    note_id, original = conn.execute(
        f"SELECT id, {column} FROM note ORDER BY id LIMIT 1"
    ).fetchone()
    try:
        conn.execute(f"UPDATE note SET {column} = ? WHERE id = ?", (value, note_id))
    except sqlite3.IntegrityError:  # NOT NULL holds even for a stranger's file
        conn.close()
        return
    conn.commit()
    try:
        with Project.open(project_file, read_only=True) as project:
            notes = project.notes.list()
            assert notes  # the others are still there
            try:
                project.notes.get(note_id)
            except values.DamagedRowError:
                assert note_id not in {n.id for n in notes}
    finally:
        conn.execute(f"UPDATE note SET {column} = ? WHERE id = ?", (original, note_id))
        conn.commit()
        conn.close()
