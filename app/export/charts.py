"""Bar charts drawn with Pillow: a station's themes, and the whole workshop at a glance.

Drawn at twice the size they are shown at, so they stay sharp in print; text uses
the font from :mod:`app.export.fonts` (umlauts included).
"""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from app.export.fonts import pil_font
from app.export.summary import StationSection, Summary, note_label, vote_label

Font = ImageFont.FreeTypeFont | ImageFont.ImageFont

WIDTH = 1200
UNSORTED = "#b8b8b8"
VOTES = "#b03a2e"
INK = (40, 40, 40)
GRID = (225, 225, 225)


def hex_rgb(color: str, default: tuple[int, int, int] = (184, 184, 184)) -> tuple[int, int, int]:
    """``#f2c94c`` as (242, 201, 76); ``default`` for anything else."""
    value = color.strip().lstrip("#")
    if len(value) != 6:
        return default
    try:
        return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
    except ValueError:
        return default


def _text_width(draw: ImageDraw.ImageDraw, text: str, font: Font) -> float:
    return float(draw.textlength(text, font=font))


def wrap(draw: ImageDraw.ImageDraw, text: str, font: Font, width: float, lines: int) -> list[str]:
    """Break ``text`` into at most ``lines`` lines of ``width`` pixels, "…" if cut."""
    out: list[str] = []
    current = ""
    words = text.split()
    for index, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if _text_width(draw, trial, font) <= width or not current:
            current = trial
            continue
        out.append(current)
        current = word
        if len(out) == lines:
            current = " ".join([out.pop(), *words[index:]])
            break
    out.append(current)
    out = out[:lines]
    if _text_width(draw, out[-1], font) > width:
        out[-1] = _shortened(draw, out[-1], font, width)
    return out


def _shortened(draw: ImageDraw.ImageDraw, text: str, font: Font, width: float) -> str:
    """The longest start of ``text`` that fits ``width`` with "…" after it (just "…" if none).

    A binary search: a long text is measured a few times, not once per character.
    """
    fits, fails = 0, len(text)
    while fails - fits > 1:
        middle = (fits + fails) // 2
        if _text_width(draw, text[:middle].rstrip() + "…", font) <= width:
            fits = middle
        else:
            fails = middle
    return text[:fits].rstrip() + "…"


def nice_step(most: int, ticks: int = 5) -> int:
    """A round tick step (1, 2, 5, 10, 20, ...) giving about ``ticks`` ticks up to ``most``."""
    step = 1
    while most / step > ticks:
        for factor in (2, 5 / 2, 2):
            step = round(step * factor)
            if most / step <= ticks:
                break
    return step


def _axis(
    draw: ImageDraw.ImageDraw, left: float, span: float, y: float, most: int, title: str
) -> None:
    """A labelled scale below the bars: ticks at round numbers, and what is counted."""
    small = pil_font(22)
    draw.line((left, y, left + span, y), fill=INK, width=2)
    step = nice_step(most)
    value = 0
    while value <= most:
        x = left + span * value / most
        draw.line((x, y, x, y + 10), fill=INK, width=2)
        draw.text((x, y + 14), str(value), font=small, fill=INK, anchor="mt")
        value += step
    draw.text((left + span / 2, y + 46), title, font=small, fill=INK, anchor="mt")


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def station_chart(section: StationSection, labels: dict[str, str]) -> bytes | None:
    """Per theme of a station: a bar of its notes and a bar of its votes (PNG bytes).

    None for a station without notes.
    """
    groups = [g for g in section.groups if g.items]
    if not groups:
        return None
    font, small, bold = pil_font(28), pil_font(24), pil_font(28, bold=True)
    has_votes = any(g.votes for g in groups)
    row = 100 if has_votes else 66
    top, left, right = 70, 420, 150
    height = top + row * len(groups) + 100
    image = Image.new("RGB", (WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    # legend
    x = float(left)
    for n, group in enumerate(groups[:3]):  # the notes' bars are in their theme's colour
        color = hex_rgb(group.color) if group.theme_id else hex_rgb(UNSORTED)
        draw.rectangle((x + n * 9, 22, x + n * 9 + 9, 46), fill=color)
    draw.text((x + 36, 34), labels["notes"], font=small, fill=INK, anchor="lm")
    if has_votes:
        x += 36 + _text_width(draw, labels["notes"], small) + 40
        draw.rectangle((x, 28, x + 26, 40), fill=VOTES)
        draw.text((x + 36, 34), labels["votes"].capitalize(), font=small, fill=INK, anchor="lm")
    span = WIDTH - left - right
    # one scale for notes and votes, so the bars can be compared
    most = max(max(len(g.items) for g in groups), max(g.votes for g in groups), 1)
    most_notes = most_votes = most
    for index, group in enumerate(groups):
        y = top + index * row
        draw.line((left, y, left, y + row - 8), fill=GRID, width=2)
        lines = wrap(draw, group.name, bold if group.theme_id else font, left - 40, 2)
        middle = y + (row - 8) / 2
        for n, line in enumerate(lines):
            offset = (n - (len(lines) - 1) / 2) * 34
            draw.text(
                (left - 20, middle + offset),
                line,
                font=bold if group.theme_id else font,
                fill=INK,
                anchor="rm",
            )
        color = hex_rgb(group.color) if group.theme_id else hex_rgb(UNSORTED)
        bar = 44
        length = max(4.0, span * len(group.items) / most_notes)
        draw.rectangle((left, y + 6, left + length, y + 6 + bar), fill=color)
        draw.text(
            (left + length + 12, y + 6 + bar / 2),
            str(len(group.items)),
            font=bold,
            fill=INK,
            anchor="lm",
        )
        if has_votes:
            vy = y + 6 + bar + 8
            if group.votes:
                vlength = max(4.0, span * group.votes / most_votes)
                draw.rectangle((left, vy, left + vlength, vy + 18), fill=VOTES)
                label = vote_label(group.votes, labels)
                draw.text((left + vlength + 12, vy + 9), label, font=small, fill=VOTES, anchor="lm")
    title = labels["count"] + (
        f" ({labels['notes']}, {labels['votes'].capitalize()})" if has_votes else ""
    )
    _axis(draw, left, span, top + row * len(groups) + 4, most, title)
    return _png(image)


def _ink_on(color: tuple[int, int, int]) -> tuple[int, int, int]:
    r, g, b = color
    return INK if 0.299 * r + 0.587 * g + 0.114 * b > 140 else (255, 255, 255)


def overview_chart(summary: Summary) -> bytes | None:
    """The whole workshop: per station one bar, split into its themes (PNG bytes)."""
    sections = summary.stations
    if not sections or not any(s.note_count for s in sections):
        return None
    labels = summary.labels
    font, small, bold = pil_font(27), pil_font(22), pil_font(27, bold=True)
    row, top, left, right = 120, 70, 400, 170
    height = top + row * len(sections) + 100
    image = Image.new("RGB", (WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    span = WIDTH - left - right
    most = max(s.note_count for s in sections) or 1
    # legend: what the colours and the red figures mean
    x = float(left)
    for swatch in ("#f2c94c", "#6fcf97", "#56ccf2"):
        draw.rectangle((x, 20, x + 16, 44), fill=hex_rgb(swatch))
        x += 16
    draw.text((x + 10, 32), labels["themes"], font=small, fill=INK, anchor="lm")
    x += 10 + _text_width(draw, labels["themes"], small) + 30
    draw.rectangle((x, 20, x + 26, 44), fill=hex_rgb(UNSORTED))
    draw.text((x + 36, 32), labels["unsorted"], font=small, fill=INK, anchor="lm")
    x += 36 + _text_width(draw, labels["unsorted"], small) + 30
    votes = labels["votes"].capitalize()
    draw.text((x, 32), votes, font=small, fill=VOTES, anchor="lm")
    for index, section in enumerate(sections):
        y = top + index * row
        lines = wrap(draw, f"{section.number}. {section.name}", bold, left - 40, 2)
        for n, line in enumerate(lines):
            offset = (n - (len(lines) - 1) / 2) * 34
            draw.text((left - 20, y + 40 + offset), line, font=bold, fill=INK, anchor="rm")
        x = float(left)
        for group in section.groups:
            if not group.items:
                continue
            width = span * len(group.items) / most
            color = hex_rgb(group.color) if group.theme_id else hex_rgb(UNSORTED)
            draw.rectangle((x, y + 12, x + width, y + 68), fill=color, outline="white", width=2)
            name = group.name
            if _text_width(draw, name, small) + 12 > width:
                name = str(len(group.items))
            if _text_width(draw, name, small) + 8 <= width:
                draw.text(
                    (x + width / 2, y + 40), name, font=small, fill=_ink_on(color), anchor="mm"
                )
            x += width
        if not section.note_count:
            draw.text((left, y + 40), labels["empty"], font=font, fill=(130, 130, 130), anchor="lm")
        else:
            total = note_label(section.note_count, labels)
            middle = y + 28 if section.votes else y + 40  # beside the bar's middle
            draw.text((x + 14, middle), total, font=font, fill=INK, anchor="lm")
        if section.votes:
            votes = vote_label(section.votes, labels)
            draw.text((x + 14, y + 58), votes, font=small, fill=VOTES, anchor="lm")
        draw.line((left, y + row - 14, WIDTH - 30, y + row - 14), fill=GRID, width=1)
    _axis(draw, left, span, top + row * len(sections) + 4, most, labels["notes"])
    return _png(image)
