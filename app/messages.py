"""Messages of the core a user may see, each with a code, so the app can translate them.

``str(error)`` stays English (the CLI prints it); an error raised with
:meth:`app.errors.PinscribeError.coded` (or ``ocr.errors.OcrError.coded``, whose
codes live in :mod:`ocr.messages` and are merged here) also carries its ``code``
and ``params``, and ``ui/messages.py`` shows it in the user's language. Messages
that reach the window only as text (an import's failures, reading warnings) are
made with :func:`message` and recognised by :func:`parse`.

Adding a message: a code and English template here (or in ``ocr/messages.py``),
the same text with ``%1``… in ``ui/messages.py``, its German in
``resources/i18n/pinscribe_de.ts``. ``tests/test_message_codes.py`` fails on a
raise of a user-facing error without a code; ``tests/ui/test_messages_de.py`` on
a code without German.
"""

from __future__ import annotations

import re
import string

from ocr.messages import MESSAGES as OCR_MESSAGES

#: code -> English template ({name} placeholders).
MESSAGES: dict[str, str] = {
    "note.not_found": "No note with id {id}.",
    "station.not_found": "No station with id {id}.",
    "theme.not_found": "No theme with id {id}.",
    "photo.not_found": "No photo with id {id}.",
    "region.not_found": "No region with id {id}.",
    "recording.not_found": "No graphic recording with id {id}.",
    "station.name_needed": "A station needs a name.",
    "station.exists": "A station named {name!r} already exists.",
    "theme.name_needed": "A theme needs a name.",
    "tag.name_needed": "A tag needs a name.",
    "note.votes_negative": "Votes cannot be negative.",
    "note.votes_too_many": "A note can have at most {most} votes.",
    "note.outline_short": "A note's outline needs at least three points.",
    "date.invalid": "Invalid date {value!r}: use YYYY-MM-DD, e.g. 2025-02-05.",
    "project.read_only_medium": (
        "{path} is on a read-only medium or folder; changes cannot be saved. "
        "Save a copy elsewhere to edit it."
    ),
    "project.read_only": "{path} is open read-only; changes are not saved.",
    "project.busy": "{path} is busy or locked; try again.",
    "save.disk_full": (
        "Cannot save to {name}: the disk is full. Free some space and try again. "
        "Nothing of this change was saved."
    ),
    "save.not_writable": (
        "Cannot save to {name}: the file or its folder cannot be written. "
        "Nothing of this change was saved."
    ),
    "save.damaged": (
        "Cannot save to {name}: the file is damaged; use an earlier copy of it. "
        "Nothing of this change was saved."
    ),
    "save.locked": (
        "Cannot save to {name}: another program is writing it; try again. "
        "Nothing of this change was saved."
    ),
    "save.conflict": (
        "Cannot save to {name}: the change refers to something that no longer exists "
        "(deleted meanwhile). Nothing of this change was saved."
    ),
    "save.failed": (
        "Cannot save to {name}: the project file refused the change. "
        "Nothing of this change was saved."
    ),
    "project.not_found": "Project file not found: {path}",
    "project.not_a_project": "Not a Pinscribe project: {path}",
    "project.exists": "A file already exists at {path}; choose another name.",
    "project.in_use": (
        "{name} is open in another Pinscribe ({who}); close it there, or open this one read-only."
    ),
    "project.in_use_elsewhere": (
        "{name} is open in another Pinscribe ({who}); close it there, or open this one "
        "read-only (or, if it is not open there, use --break-lock)."
    ),
    "project.opening": "{name} is being opened by another process; try again.",
    "import.no_notes": "{name}: no notes found on this photo; not imported",
    "import.failed": "{name}: could not be processed ({reason})",
    "demo.missing": "The sample workshop is missing or damaged: {path} ({reason})",
    "wording.model_missing": (
        "The model for grouping by wording is missing or damaged: {path} ({reason}). "
        "Install Pinscribe again."
    ),
    "demo.cannot_create_folder": "Cannot create {path}: {reason}",
    "note.merge_two": "Choose at least two notes to merge.",
    "note.merge_same_photo": "Only notes on the same photo can be merged.",
    "export.language_unknown": "Unknown language {language!r}: use de or en.",
    "export.unreviewed_unknown": (
        "Unknown choice {unreviewed!r} for unchecked notes: use mark or omit."
    ),
    "export.evidence_unknown": "Unknown place {evidence!r} for the notes: use beneath or appendix.",
    "export.target_is_folder": "{path} is a folder; give a file name to export to.",
    "file.no_folder": "Folder does not exist: {parent}",
    "file.cannot_write": "Cannot write {path}: {reason}",
    "export.pictures_folder_foreign": (
        "Cannot write the pictures: {folder} exists and holds other files."
    ),
    "file.cannot_write_folder": "Cannot write {folder}: {reason}",
    "export.cancelled": "Export cancelled; nothing was written.",
    "export.target_is_project": "{path} is the project itself; choose another file name.",
    "export.target_not_regular": "{path} is not a regular file; an export is not written there.",
    "export.target_is_a_project": "{path} is a project file; an export never replaces one.",
    "export.target_exists": "{path} exists; use --force to replace it.",
    "export.picture_name_invalid": "Invalid picture name {name!r}.",
    "json.not_an_export": "Not a Pinscribe project export (JSON).",
    "json.newer_version": (
        "The JSON export has version {version}; this Pinscribe reads up to {supported}. "
        "Please update Pinscribe."
    ),
    "json.invalid": "Invalid project export: {problem}.",
    "json.invalid_more": "Invalid project export: {problem} (and {more} more).",
    "json.unknown_key": "Invalid project export: unknown {what} {key!r}.",
    "json.import_into_empty": "Import a project export into a new, empty project only.",
    "file.cannot_read": "Cannot read {path}: {reason}",
    "json.not_json": "{name} is not valid JSON: {reason}",
    "json.photo_sha256": (
        "Invalid project export: the bytes of photo {photo_id} do not match its sha256."
    ),
    "json.photo_invalid": "Invalid project export: photo {photo_id}: {reason}",
    "opendata.licence_unknown": "Unknown licence {licence!r}: use one of {names}.",
    "opendata.not_a_folder": "{folder} exists and is not a folder; choose another name.",
    "opendata.folder_not_empty": "{folder} exists and is not empty; use --force to replace it.",
    "opendata.folder_foreign": (
        "{folder} holds other files than an open-data export; choose an empty folder."
    ),
    "export.format_unknown": "Unknown export format {format!r}: use one of {names}.",
    "export.suffix_unknown": "Unknown export format for {name!r}: use one of {known}.",
    "export.pdf_font_missing": (
        "PDF export needs the DejaVu Sans font (or Arial); it was not found on this computer."
    ),
    "picture.too_large": "A stored picture is too large to decode; it is left out.",
    "picture.damaged": "A stored picture is damaged ({reason}).",
    "picture.too_many_pixels": (
        "A stored picture is too large ({width} x {height} pixels); it is left out."
    ),
    "import.too_small": "{name}: too small to be a photo of a board ({width} × {height} pixels)",
    "import.metadata_not_removed": "the photo's metadata cannot be removed ({reason})",
    "privacy.no_notes_to_crop": "Photo {photo_id} has no notes to crop around.",
    "setting.unknown": "Unknown setting {key!r}: use one of {names}.",
    "setting.not_a_choice": "Invalid {key} {value!r}: use one of {names}.",
    "setting.not_an_email": "Invalid {key} {value!r}: give an e-mail address.",
    "setting.not_a_web_address": "Invalid {key} {value!r}: give a web address (https://...).",
    "setting.too_long": "Invalid {key}: at most 500 characters.",
    "setting.not_languages": "Invalid {key} {value!r}: use codes like deu+eng.",
    "read.engine_unknown": "Unknown OCR engine {name!r}: use one of {names}.",
    "recording.not_flattened": "Recording {photo_id} has no flattened image.",
    "region.size_not_positive": "A region's width and height must be positive.",
    "recording.theme_elsewhere": "Theme {name!r} belongs to another station.",
    "recording.corners_needed": "Give four corners (x,y,x,y,x,y,x,y).",
    "recording.corners_outside": "Corners must lie inside the photo ({width} x {height}).",
    "colour.invalid": "Not a colour: {color!r} (use #rrggbb).",
    "cross_theme.not_found": "No cross-station theme with id {id}.",
    "cross_theme.unknown": "No cross-station theme named {name!r}.",
    "cross_theme.name_needed": "A cross-station theme needs a name.",
    "project.not_a_file": "Not a Pinscribe project (not a file): {path}",
    "project.truncated": (
        "{path} is damaged: the file is shorter than it should be (cut off while copying?). "
        "Use an earlier copy of it."
    ),
    "project.newer": (
        "{path} was saved by a newer Pinscribe (file version {version}, this version reads up "
        "to {supported}); please update Pinscribe. The file was not changed."
    ),
    "project.damaged_or_foreign": "Not a Pinscribe project or damaged: {path} ({reason})",
    "project.upgrade_read_only": (
        "{path} needs an upgrade to this version of Pinscribe, which cannot be done read-only."
    ),
    "project.cannot_open": "Cannot open {path}: {reason}",
    "project.upgrade_copy_failed": "Cannot copy {path} before upgrading it: {reason}",
    "project.lock_foreign": (
        "{name} beside {name2} is not a lock file Pinscribe wrote (a folder or a link?); "
        "remove it and try again."
    ),
    "project.in_use_here": (
        "{name} is open in process {value} on this machine; close it there (its lock is not "
        "broken)."
    ),
    "note.publish_unknown": "Unknown publish choice {value!r}: use keep, initials or omit.",
    "note.fields_unknown": "Unknown note field: {names}",
    "note.field_unknown": "Unknown note field {name!r}.",
    "redaction.area_invalid": "A region needs a finite position and a positive size.",
    "redaction.area_outside": "The region lies outside the photo ({width} x {height} pixels).",
    "photo.kind_unknown": "Unknown photo kind {kind!r}.",
    "redaction.mode_unknown": "Unknown redaction {mode!r}: use blur or black.",
    "redaction.not_found": "No redaction with id {id}.",
    "redaction.area_needed": "A region needs x, y, width and height.",
    "copy.same_file": "Choose another file name for the copy.",
    "copy.failed": "Cannot save a copy to {target}: {reason}",
    "project.cannot_read": "Cannot read {name}: {reason}",
    "region.corners_needed": "A region needs at least three corners.",
    "recording.four_corners": "A recording needs four corners.",
    "recording.not_a_recording": "Photo {photo_id} is not a graphic recording.",
    "rescue.same_file": "Choose another file name for the rescued project.",
    "rescue.unreadable": "Not a Pinscribe project this version can read: {path}",
    "project.damaged_rescue": (
        "{name} is damaged ({value}); nothing was changed. Use an earlier copy of it, or "
        "rescue its data: pinscribe rescue {name} NEW.pinscribe"
    ),
    "project.damaged": "{name} is damaged ({reason}); use an earlier copy of it.",
    "station.unknown": "Unknown station {name!r} (stations: {known}).",
    "station.none_yet": (
        "Unknown station {name!r}: the project has no stations yet. "
        "Add one first: pinscribe station add PROJECT NAME"
    ),
    "row.not_found": "No {table} with id {names}.",
    "theme.unknown": "Unknown theme {name!r}.",
    "row.damaged": "{project}: {table} {value} is damaged ({reason}); it cannot be used.",
    "workshop.fields_unknown": "Unknown workshop field: {names}",
    "date.invalid_reason": "Invalid date {value!r}: {reason}.",
    "suggest.method_unknown": "Unknown suggestion method {method!r}: use {names}.",
    "wording.too_many": (
        "This station has {count} unsorted notes with words: too many to group by "
        "wording (at most {limit})."
    ),
    "recording.paper_unknown": (
        "Unknown paper {paper!r}: use A0, A1, flipchart, auto or WxH (positive sizes)."
    ),
    "project.lock_disk_full": (
        "Cannot open {name} for writing: the disk is full. Free some space and try again."
    ),
    "project.lock_failed": "Cannot open {name} for writing: {reason}.",
    "project.foreign_part": (
        "{name} contains parts that Pinscribe did not create ({first}). It was not opened and "
        "not changed. To keep its data, rescue it into a fresh project: pinscribe rescue "
        "{name} NEW.pinscribe"
    ),
    "project.foreign_parts": (
        "{name} contains parts that Pinscribe did not create ({first}, and {more} more). It "
        "was not opened and not changed. To keep its data, rescue it into a fresh project: "
        "pinscribe rescue {name} NEW.pinscribe"
    ),
    "project.lock_owner": "process {pid} on {host}",
    "faces.region_by_hand": "Region {id} was drawn by hand, not found as a face.",
    "faces.dismissal_not_found": "No dismissed face with id {id}.",
    "mosaic.no_board_photo": "This station has no board photo.",
    "mosaic.apart": "The photos of this board do not overlap; they are shown apart.",
    "mosaic.partial": "Not every photo overlaps the others; shown apart: {names}",
    "read.gave_up": "Not read: the OCR engine stopped answering earlier in this run.",
    "read.not_read": "Not read: {reason}",
    "read.not_reread": "Notes not read again: {count} (the OCR engine gave no reading for them).",
    "read.no_picture": "Note {id} has neither a photo nor a stored picture to read.",
    "read.note_changed": "Note {id} changed while it was read again; the new reading was not kept.",
    "read.engine_failed": "Not read: the OCR engine failed ({kind}: {reason}).",
    "read.imported_unread": "No OCR engine is available: notes are imported unread.",
    "read.no_engine_available": "No OCR engine is available.",
    "read.no_engine": "No OCR engine can run. {problems}",
    "read.fallback": "PP-OCR unavailable, reading with Tesseract. {problems}",
    "import.duplicate": "{name}: already imported into this station",
    "export.picture_skipped": "{name} was left out of the export: {reason}",
    # What a photo's metadata holds (the privacy check names it), and why it cannot go.
    "metadata.gps": "GPS position",
    "metadata.artist": "artist",
    "metadata.copyright": "copyright",
    "metadata.owner": "camera owner",
    "metadata.serial": "camera serial number",
    "metadata.lens_serial": "lens serial number",
    "metadata.make": "camera make",
    "metadata.model": "camera model",
    "metadata.software": "software",
    "metadata.comment": "user comment",
    "metadata.description": "image description",
    "metadata.text": "embedded text",
    "metadata.not_jpeg": "not a JPEG file",
    "metadata.jpeg_segment": "damaged JPEG segment",
    "metadata.jpeg_short": "JPEG cut short",
    "metadata.jpeg_empty": "JPEG without picture data",
    "metadata.not_png": "not a PNG file",
    "metadata.png_short": "PNG cut short",
    "metadata.not_webp": "not a WebP file",
    **OCR_MESSAGES,
}


def message(code: str, **params: object) -> str:
    """The English text of a message."""
    return MESSAGES[code].format(**params)


def fields(code: str) -> list[str]:
    """The names of a message's parameters, in order of appearance."""
    names = [f for _, f, _, _ in string.Formatter().parse(MESSAGES[code]) if f]
    return list(dict.fromkeys(names))


def _pattern(template: str) -> re.Pattern[str]:
    parts, seen = [], set()
    for literal, name, _spec, conversion in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if name in seen:
            parts.append(f"(?P={name})")
        elif name:
            quote = "'" if conversion == "r" else ""
            parts.append(f"{quote}(?P<{name}>.+?){quote}")
            seen.add(name)
    return re.compile("^" + "".join(parts) + "$", re.S)


_PATTERNS = {code: _pattern(template) for code, template in MESSAGES.items()}


def _literal_length(template: str) -> int:
    return sum(len(literal) for literal, *_ in string.Formatter().parse(template))


#: The most specific messages first: "Not read: the OCR engine failed (…)" before "Not read: …".
_BY_SPECIFICITY = sorted(_PATTERNS, key=lambda code: -_literal_length(MESSAGES[code]))


def parse(text: str) -> tuple[str, dict[str, str]] | None:
    """The code and parameters of a message given as English text, if it is one."""
    for code in _BY_SPECIFICITY:
        match = _PATTERNS[code].match(text)
        if match:
            return code, match.groupdict()
    return None
