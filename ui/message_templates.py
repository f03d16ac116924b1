"""The translatable text of every message code of :mod:`app.messages`.

``%1``, ``%2`` … stand for the code's parameters in the order of
:func:`app.messages.fields`; :func:`ui.messages.user_message` fills them in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6 import QtCore

CONTEXT = "Messages"

#: Marks a text for translation and returns it unchanged (PySide6 types it as ``object``).
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)

TEMPLATES: dict[str, str] = {
    "note.not_found": QT_TRANSLATE_NOOP("Messages", "No note with id %1."),
    "station.not_found": QT_TRANSLATE_NOOP("Messages", "No station with id %1."),
    "theme.not_found": QT_TRANSLATE_NOOP("Messages", "No theme with id %1."),
    "photo.not_found": QT_TRANSLATE_NOOP("Messages", "No photo with id %1."),
    "region.not_found": QT_TRANSLATE_NOOP("Messages", "No region with id %1."),
    "recording.not_found": QT_TRANSLATE_NOOP("Messages", "No graphic recording with id %1."),
    "station.name_needed": QT_TRANSLATE_NOOP("Messages", "A station needs a name."),
    "station.exists": QT_TRANSLATE_NOOP("Messages", "A station named “%1” already exists."),
    "theme.name_needed": QT_TRANSLATE_NOOP("Messages", "A theme needs a name."),
    "tag.name_needed": QT_TRANSLATE_NOOP("Messages", "A tag needs a name."),
    "note.votes_negative": QT_TRANSLATE_NOOP("Messages", "Votes cannot be negative."),
    "note.votes_too_many": QT_TRANSLATE_NOOP("Messages", "A note can have at most %1 votes."),
    "note.outline_short": QT_TRANSLATE_NOOP(
        "Messages", "A note's outline needs at least three points."
    ),
    "date.invalid": QT_TRANSLATE_NOOP(
        "Messages", "“%1” is not a date. Please enter it as 2025-02-05 or 05.02.2025."
    ),
    "project.read_only_medium": QT_TRANSLATE_NOOP(
        "Messages",
        "%1 is on a read-only medium or folder; changes cannot be saved. "
        "Save a copy elsewhere to edit it.",
    ),
    "project.read_only": QT_TRANSLATE_NOOP(
        "Messages", "%1 is open read-only; changes are not saved."
    ),
    "project.busy": QT_TRANSLATE_NOOP("Messages", "%1 is busy or locked; try again."),
    "save.disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot save to %1: the disk is full. Free some space and try again. "
        "Nothing of this change was saved.",
    ),
    "save.not_writable": QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot save to %1: the file or its folder cannot be written. "
        "Nothing of this change was saved.",
    ),
    "save.damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot save to %1: the file is damaged; use an earlier copy of it. "
        "Nothing of this change was saved.",
    ),
    "save.locked": QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot save to %1: another program is writing it; try again. "
        "Nothing of this change was saved.",
    ),
    "save.conflict": QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot save to %1: the change refers to something that no longer exists "
        "(deleted meanwhile). Nothing of this change was saved.",
    ),
    "save.failed": QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot save to %1: the project file refused the change. Nothing of this change was saved.",
    ),
    "project.not_found": QT_TRANSLATE_NOOP("Messages", "Project file not found: %1"),
    "project.not_a_project": QT_TRANSLATE_NOOP("Messages", "Not a Pinscribe project: %1"),
    "project.exists": QT_TRANSLATE_NOOP(
        "Messages", "A file already exists at %1; choose another name."
    ),
    "project.in_use": QT_TRANSLATE_NOOP(
        "Messages",
        "%1 is open in another Pinscribe (%2); close it there, or open this one read-only.",
    ),
    "project.in_use_elsewhere": QT_TRANSLATE_NOOP(
        "Messages",
        "%1 is open in another Pinscribe (%2); close it there, or open this one read-only "
        "(or, if it is not open there, use --break-lock).",
    ),
    "project.opening": QT_TRANSLATE_NOOP(
        "Messages", "%1 is being opened by another process; try again."
    ),
    "import.no_notes": QT_TRANSLATE_NOOP(
        "Messages", "%1: no notes found on this photo; not imported"
    ),
    "import.failed": QT_TRANSLATE_NOOP("Messages", "%1: could not be processed (%2)"),
    "demo.missing": QT_TRANSLATE_NOOP(
        "Messages", "The sample workshop is missing or damaged: %1 (%2)"
    ),
    "wording.model_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The model for grouping by wording is missing or damaged: %1 (%2). "
        "Install Pinscribe again.",
    ),
    "demo.cannot_create_folder": QT_TRANSLATE_NOOP("Messages", "Cannot create %1: %2"),
    "note.merge_two": QT_TRANSLATE_NOOP("Messages", "Choose at least two notes to merge."),
    "note.merge_same_photo": QT_TRANSLATE_NOOP(
        "Messages", "Only notes on the same photo can be merged."
    ),
    "export.language_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Unknown language “%1”: use de or en."
    ),
    "export.unreviewed_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Unknown choice “%1” for unchecked notes: use mark or omit."
    ),
    "export.evidence_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Unknown place “%1” for the notes: use beneath or appendix."
    ),
    "export.target_is_folder": QT_TRANSLATE_NOOP(
        "Messages", "%1 is a folder; give a file name to export to."
    ),
    "file.no_folder": QT_TRANSLATE_NOOP("Messages", "Folder does not exist: %1"),
    "file.cannot_write": QT_TRANSLATE_NOOP("Messages", "Cannot write %1: %2"),
    "export.pictures_folder_foreign": QT_TRANSLATE_NOOP(
        "Messages", "Cannot write the pictures: %1 exists and holds other files."
    ),
    "file.cannot_write_folder": QT_TRANSLATE_NOOP("Messages", "Cannot write %1: %2"),
    "export.cancelled": QT_TRANSLATE_NOOP("Messages", "Export cancelled; nothing was written."),
    "export.target_is_project": QT_TRANSLATE_NOOP(
        "Messages", "%1 is the project itself; choose another file name."
    ),
    "export.target_not_regular": QT_TRANSLATE_NOOP(
        "Messages", "%1 is not a regular file; an export is not written there."
    ),
    "export.target_is_a_project": QT_TRANSLATE_NOOP(
        "Messages", "%1 is a project file; an export never replaces one."
    ),
    "export.target_exists": QT_TRANSLATE_NOOP("Messages", "%1 exists; use --force to replace it."),
    "export.picture_name_invalid": QT_TRANSLATE_NOOP("Messages", "Invalid picture name “%1”."),
    "json.not_an_export": QT_TRANSLATE_NOOP("Messages", "Not a Pinscribe project export (JSON)."),
    "json.newer_version": QT_TRANSLATE_NOOP(
        "Messages",
        "The JSON export has version %1; this Pinscribe reads up to %2. Please update Pinscribe.",
    ),
    "json.invalid": QT_TRANSLATE_NOOP("Messages", "Invalid project export: %1."),
    "json.invalid_more": QT_TRANSLATE_NOOP("Messages", "Invalid project export: %1 (and %2 more)."),
    "json.unknown_key": QT_TRANSLATE_NOOP("Messages", "Invalid project export: unknown %1 “%2”."),
    "json.import_into_empty": QT_TRANSLATE_NOOP(
        "Messages", "Import a project export into a new, empty project only."
    ),
    "file.cannot_read": QT_TRANSLATE_NOOP("Messages", "Cannot read %1: %2"),
    "json.not_json": QT_TRANSLATE_NOOP("Messages", "%1 is not valid JSON: %2"),
    "json.photo_sha256": QT_TRANSLATE_NOOP(
        "Messages", "Invalid project export: the bytes of photo %1 do not match its sha256."
    ),
    "json.photo_invalid": QT_TRANSLATE_NOOP("Messages", "Invalid project export: photo %1: %2"),
    "opendata.licence_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Unknown licence “%1”: use one of %2."
    ),
    "opendata.not_a_folder": QT_TRANSLATE_NOOP(
        "Messages", "%1 exists and is not a folder; choose another name."
    ),
    "opendata.folder_not_empty": QT_TRANSLATE_NOOP(
        "Messages", "%1 exists and is not empty; use --force to replace it."
    ),
    "opendata.folder_foreign": QT_TRANSLATE_NOOP(
        "Messages", "%1 holds other files than an open-data export; choose an empty folder."
    ),
    "export.format_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Unknown export format “%1”: use one of %2."
    ),
    "export.suffix_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Unknown export format for “%1”: use one of %2."
    ),
    "export.pdf_font_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "PDF export needs the DejaVu Sans font (or Arial); it was not found on this computer.",
    ),
    "picture.too_large": QT_TRANSLATE_NOOP(
        "Messages", "A stored picture is too large to decode; it is left out."
    ),
    "picture.damaged": QT_TRANSLATE_NOOP("Messages", "A stored picture is damaged (%1)."),
    "picture.too_many_pixels": QT_TRANSLATE_NOOP(
        "Messages", "A stored picture is too large (%1 x %2 pixels); it is left out."
    ),
    "import.too_small": QT_TRANSLATE_NOOP(
        "Messages", "%1: too small to be a photo of a board (%2 × %3 pixels)"
    ),
    "import.metadata_not_removed": QT_TRANSLATE_NOOP(
        "Messages", "the photo's metadata cannot be removed (%1)"
    ),
    "privacy.no_notes_to_crop": QT_TRANSLATE_NOOP(
        "Messages", "Photo %1 has no notes to crop around."
    ),
    "setting.unknown": QT_TRANSLATE_NOOP("Messages", "Unknown setting “%1”: use one of %2."),
    "setting.not_a_choice": QT_TRANSLATE_NOOP("Messages", "Invalid %1 “%2”: use one of %3."),
    "setting.not_an_email": QT_TRANSLATE_NOOP(
        "Messages", "Invalid %1 “%2”: give an e-mail address."
    ),
    "setting.not_a_web_address": QT_TRANSLATE_NOOP(
        "Messages", "Invalid %1 “%2”: give a web address (https://...)."
    ),
    "setting.too_long": QT_TRANSLATE_NOOP("Messages", "Invalid %1: at most 500 characters."),
    "setting.not_languages": QT_TRANSLATE_NOOP(
        "Messages", "Invalid %1 “%2”: use codes like deu+eng."
    ),
    "read.engine_unknown": QT_TRANSLATE_NOOP("Messages", "Unknown OCR engine “%1”: use one of %2."),
    "recording.not_flattened": QT_TRANSLATE_NOOP(
        "Messages", "Recording %1 has no flattened image."
    ),
    "region.size_not_positive": QT_TRANSLATE_NOOP(
        "Messages", "A region's width and height must be positive."
    ),
    "recording.theme_elsewhere": QT_TRANSLATE_NOOP(
        "Messages", "Theme “%1” belongs to another station."
    ),
    "recording.corners_needed": QT_TRANSLATE_NOOP(
        "Messages", "Give four corners (x,y,x,y,x,y,x,y)."
    ),
    "recording.corners_outside": QT_TRANSLATE_NOOP(
        "Messages", "Corners must lie inside the photo (%1 x %2)."
    ),
    "colour.invalid": QT_TRANSLATE_NOOP("Messages", "Not a colour: “%1” (use #rrggbb)."),
    "cross_theme.not_found": QT_TRANSLATE_NOOP("Messages", "No cross-station theme with id %1."),
    "cross_theme.unknown": QT_TRANSLATE_NOOP("Messages", "No cross-station theme named “%1”."),
    "cross_theme.name_needed": QT_TRANSLATE_NOOP("Messages", "A cross-station theme needs a name."),
    "project.not_a_file": QT_TRANSLATE_NOOP("Messages", "Not a Pinscribe project (not a file): %1"),
    "project.truncated": QT_TRANSLATE_NOOP(
        "Messages",
        "%1 is damaged: the file is shorter than it should be (cut off while copying?). Use "
        "an earlier copy of it.",
    ),
    "project.newer": QT_TRANSLATE_NOOP(
        "Messages",
        "%1 was saved by a newer Pinscribe (file version %2, this version reads up to %3); "
        "please update Pinscribe. The file was not changed.",
    ),
    "project.damaged_or_foreign": QT_TRANSLATE_NOOP(
        "Messages", "Not a Pinscribe project or damaged: %1 (%2)"
    ),
    "project.upgrade_read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "%1 needs an upgrade to this version of Pinscribe, which cannot be done read-only.",
    ),
    "project.cannot_open": QT_TRANSLATE_NOOP("Messages", "Cannot open %1: %2"),
    "project.upgrade_copy_failed": QT_TRANSLATE_NOOP(
        "Messages", "Cannot copy %1 before upgrading it: %2"
    ),
    "project.lock_foreign": QT_TRANSLATE_NOOP(
        "Messages",
        "%1 beside %2 is not a lock file Pinscribe wrote (a folder or a link?); remove it and "
        "try again.",
    ),
    "project.in_use_here": QT_TRANSLATE_NOOP(
        "Messages",
        "%1 is open in process %2 on this machine; close it there (its lock is not broken).",
    ),
    "note.publish_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Unknown publish choice “%1”: use keep, initials or omit."
    ),
    "note.fields_unknown": QT_TRANSLATE_NOOP("Messages", "Unknown note field: %1"),
    "note.field_unknown": QT_TRANSLATE_NOOP("Messages", "Unknown note field “%1”."),
    "redaction.area_invalid": QT_TRANSLATE_NOOP(
        "Messages", "A region needs a finite position and a positive size."
    ),
    "redaction.area_outside": QT_TRANSLATE_NOOP(
        "Messages", "The region lies outside the photo (%1 x %2 pixels)."
    ),
    "photo.kind_unknown": QT_TRANSLATE_NOOP("Messages", "Unknown photo kind “%1”."),
    "redaction.mode_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Unknown redaction “%1”: use blur or black."
    ),
    "redaction.not_found": QT_TRANSLATE_NOOP("Messages", "No redaction with id %1."),
    "redaction.area_needed": QT_TRANSLATE_NOOP(
        "Messages", "A region needs x, y, width and height."
    ),
    "copy.same_file": QT_TRANSLATE_NOOP("Messages", "Choose another file name for the copy."),
    "copy.failed": QT_TRANSLATE_NOOP("Messages", "Cannot save a copy to %1: %2"),
    "project.cannot_read": QT_TRANSLATE_NOOP("Messages", "Cannot read %1: %2"),
    "region.corners_needed": QT_TRANSLATE_NOOP(
        "Messages", "A region needs at least three corners."
    ),
    "recording.four_corners": QT_TRANSLATE_NOOP("Messages", "A recording needs four corners."),
    "recording.not_a_recording": QT_TRANSLATE_NOOP(
        "Messages", "Photo %1 is not a graphic recording."
    ),
    "rescue.same_file": QT_TRANSLATE_NOOP(
        "Messages", "Choose another file name for the rescued project."
    ),
    "rescue.unreadable": QT_TRANSLATE_NOOP(
        "Messages", "Not a Pinscribe project this version can read: %1"
    ),
    "project.damaged_rescue": QT_TRANSLATE_NOOP(
        "Messages",
        "%1 is damaged (%2); nothing was changed. Use an earlier copy of it, or rescue its "
        "data: pinscribe rescue %1 NEW.pinscribe",
    ),
    "project.damaged": QT_TRANSLATE_NOOP(
        "Messages", "%1 is damaged (%2); use an earlier copy of it."
    ),
    "station.unknown": QT_TRANSLATE_NOOP("Messages", "Unknown station “%1” (stations: %2)."),
    "station.none_yet": QT_TRANSLATE_NOOP(
        "Messages",
        "Unknown station “%1”: the project has no stations yet. "
        "Add one first: pinscribe station add PROJECT NAME",
    ),
    "row.not_found": QT_TRANSLATE_NOOP("Messages", "No %1 with id %2."),
    "theme.unknown": QT_TRANSLATE_NOOP("Messages", "Unknown theme “%1”."),
    "row.damaged": QT_TRANSLATE_NOOP("Messages", "%1: %2 %3 is damaged (%4); it cannot be used."),
    "workshop.fields_unknown": QT_TRANSLATE_NOOP("Messages", "Unknown workshop field: %1"),
    "date.invalid_reason": QT_TRANSLATE_NOOP("Messages", "Invalid date “%1”: %2."),
    "suggest.method_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Unknown suggestion method “%1”: use %2."
    ),
    "wording.too_many": QT_TRANSLATE_NOOP(
        "Messages",
        "This station has %1 unsorted notes with words: too many to group by wording (at most %2).",
    ),
    "recording.paper_unknown": QT_TRANSLATE_NOOP(
        "Messages", "Unknown paper “%1”: use A0, A1, flipchart, auto or WxH (positive sizes)."
    ),
    "project.lock_disk_full": QT_TRANSLATE_NOOP(
        "Messages", "Cannot open %1 for writing: the disk is full. Free some space and try again."
    ),
    "project.lock_failed": QT_TRANSLATE_NOOP("Messages", "Cannot open %1 for writing: %2."),
    "project.foreign_part": QT_TRANSLATE_NOOP(
        "Messages",
        "%1 contains parts that Pinscribe did not create (%2). It was not opened and not "
        "changed. To keep its data, rescue it into a fresh project: pinscribe rescue %1 "
        "NEW.pinscribe",
    ),
    "project.foreign_parts": QT_TRANSLATE_NOOP(
        "Messages",
        "%1 contains parts that Pinscribe did not create (%2, and %3 more). It was not opened "
        "and not changed. To keep its data, rescue it into a fresh project: pinscribe rescue "
        "%1 NEW.pinscribe",
    ),
    "ocr.engine_timeout": QT_TRANSLATE_NOOP(
        "Messages", "The OCR engine did not answer within %1 s."
    ),
    "ocr.engine_wrong_count": QT_TRANSLATE_NOOP(
        "Messages", "The OCR engine returned a wrong number of readings."
    ),
    "ocr.not_an_array": QT_TRANSLATE_NOOP("Messages", "Expected an image array, got %1."),
    "ocr.not_rgb": QT_TRANSLATE_NOOP("Messages", "Expected an RGB image, got shape %1."),
    "ocr.crop_too_small": QT_TRANSLATE_NOOP(
        "Messages", "The crop is too small to read (%1x%2 px)."
    ),
    "ocr.ppocr_models_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "PP-OCR model files are missing from %1: %2. Reinstall a rapidocr wheel that bundles "
        "them: pip install --force-reinstall 'rapidocr>=3.10,<4'.",
    ),
    "ocr.ppocr_language": QT_TRANSLATE_NOOP(
        "Messages",
        "PP-OCR's bundled model does not cover the language(s) %1; use the Tesseract engine "
        "with the matching language pack (Debian: sudo apt install %2).",
    ),
    "ocr.ppocr_failed": QT_TRANSLATE_NOOP("Messages", "PP-OCR failed: %1: %2"),
    "ocr.tesseract_timeout": QT_TRANSLATE_NOOP(
        "Messages", "The tesseract program did not answer within %1 s."
    ),
    "ocr.tesseract_failed": QT_TRANSLATE_NOOP("Messages", "Tesseract failed: %1: %2"),
    "ocr.tesseract_note_timeout": QT_TRANSLATE_NOOP(
        "Messages", "Tesseract timed out after %1 s on one note."
    ),
    "image.not_found": QT_TRANSLATE_NOOP("Messages", "%1: file not found"),
    "image.folder": QT_TRANSLATE_NOOP("Messages", "%1: is a folder, not a photo"),
    "image.cannot_read": QT_TRANSLATE_NOOP("Messages", "%1: cannot be read (%2)"),
    "image.not_regular": QT_TRANSLATE_NOOP(
        "Messages", "%1: is not a regular file (a device or a pipe?)"
    ),
    "image.file_too_large": QT_TRANSLATE_NOOP(
        "Messages", "%1: file is too large (%2 MB, limit %3 MB)"
    ),
    "image.file_over_limit": QT_TRANSLATE_NOOP("Messages", "%1: file is too large (limit %2 MB)"),
    "image.folder_not_image": QT_TRANSLATE_NOOP("Messages", "%1: is a folder, not an image file"),
    "image.empty": QT_TRANSLATE_NOOP("Messages", "%1: file is empty"),
    "image.format_unsupported": QT_TRANSLATE_NOOP("Messages", "%1: unsupported image format %2"),
    "image.no_pixels": QT_TRANSLATE_NOOP("Messages", "%1: image has no pixels"),
    "image.too_many_pixels": QT_TRANSLATE_NOOP(
        "Messages", "%1: image is too large (%2 x %3 pixels, limit %4 megapixels)"
    ),
    "image.too_large_memory": QT_TRANSLATE_NOOP(
        "Messages", "%1: image is too large to decode in memory"
    ),
    "image.damaged": QT_TRANSLATE_NOOP("Messages", "%1: image file is damaged (%2)"),
    "image.undecodable": QT_TRANSLATE_NOOP("Messages", "%1: image file cannot be decoded (%2)"),
    "image.unsupported": QT_TRANSLATE_NOOP("Messages", "%1: not a supported image file"),
    "image.truncated": QT_TRANSLATE_NOOP("Messages", "%1: image file is truncated or damaged"),
    "ocr.ppocr_offline": QT_TRANSLATE_NOOP(
        "Messages",
        "PP-OCR tried to download a model; Pinscribe works offline. Install it into "
        "Pinscribe's Python environment with: pip install 'rapidocr>=3.10,<4' "
        "'onnxruntime>=1.17' (the PP-OCRv6 small models ship inside the rapidocr wheel).",
    ),
    "ocr.ppocr_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "PP-OCR is not installed (%1). Install it into Pinscribe's Python environment with: "
        "pip install 'rapidocr>=3.10,<4' 'onnxruntime>=1.17' (the PP-OCRv6 small models ship "
        "inside the rapidocr wheel).",
    ),
    "ocr.ppocr_cannot_start": QT_TRANSLATE_NOOP(
        "Messages",
        "PP-OCR could not start (%1). Install it into Pinscribe's Python environment with: "
        "pip install 'rapidocr>=3.10,<4' 'onnxruntime>=1.17' (the PP-OCRv6 small models ship "
        "inside the rapidocr wheel).",
    ),
    "ocr.tesseract_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The tesseract program was not found. Install Tesseract 5: Debian/Ubuntu: sudo apt "
        "install tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng; macOS: brew install "
        "tesseract tesseract-lang; Windows: the UB Mannheim installer (add it to PATH). Then: "
        "pip install pytesseract (optionally pip install tesserocr, ten times faster).",
    ),
    "ocr.tesseract_cannot_run": QT_TRANSLATE_NOOP(
        "Messages",
        "The tesseract program could not be run (%1). Install Tesseract 5: Debian/Ubuntu: "
        "sudo apt install tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng; macOS: brew "
        "install tesseract tesseract-lang; Windows: the UB Mannheim installer (add it to "
        "PATH). Then: pip install pytesseract (optionally pip install tesserocr, ten times "
        "faster).",
    ),
    "ocr.tesseract_no_version": QT_TRANSLATE_NOOP(
        "Messages",
        "%1 did not report a Tesseract version. Install Tesseract 5: Debian/Ubuntu: sudo apt "
        "install tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng; macOS: brew install "
        "tesseract tesseract-lang; Windows: the UB Mannheim installer (add it to PATH). Then: "
        "pip install pytesseract (optionally pip install tesserocr, ten times faster).",
    ),
    "ocr.tesserocr_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "tesserocr is not installed. pip install tesserocr, or choose the pytesseract "
        "backend. Install Tesseract 5: Debian/Ubuntu: sudo apt install tesseract-ocr "
        "tesseract-ocr-deu tesseract-ocr-eng; macOS: brew install tesseract tesseract-lang; "
        "Windows: the UB Mannheim installer (add it to PATH). Then: pip install pytesseract "
        "(optionally pip install tesserocr, ten times faster).",
    ),
    "ocr.pytesseract_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "pytesseract is not installed. Install Tesseract 5: Debian/Ubuntu: sudo apt install "
        "tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng; macOS: brew install tesseract "
        "tesseract-lang; Windows: the UB Mannheim installer (add it to PATH). Then: pip "
        "install pytesseract (optionally pip install tesserocr, ten times faster).",
    ),
    "ocr.tessdata_none": QT_TRANSLATE_NOOP(
        "Messages",
        "No Tesseract language data found. Debian/Ubuntu: sudo apt install %1; macOS: brew "
        "install tesseract-lang; or copy the .traineddata files into the tessdata folder and "
        "set TESSDATA_PREFIX to it.",
    ),
    "ocr.tessdata_none_in": QT_TRANSLATE_NOOP(
        "Messages",
        "No Tesseract language data found in %1. Debian/Ubuntu: sudo apt install %2; macOS: "
        "brew install tesseract-lang; or copy the .traineddata files into the tessdata folder "
        "and set TESSDATA_PREFIX to it.",
    ),
    "ocr.tessdata_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "Tesseract language data for %1 is missing from %2. Debian/Ubuntu: sudo apt install "
        "%3; macOS: brew install tesseract-lang; or copy the .traineddata files into the "
        "tessdata folder and set TESSDATA_PREFIX to it.",
    ),
    "ocr.tesseract_cannot_load": QT_TRANSLATE_NOOP(
        "Messages",
        "Tesseract could not load %1 from %2: %3. Debian/Ubuntu: sudo apt install %4; macOS: "
        "brew install tesseract-lang; or copy the .traineddata files into the tessdata folder "
        "and set TESSDATA_PREFIX to it.",
    ),
    "mosaic.no_board_photo": QT_TRANSLATE_NOOP("Messages", "This station has no board photo."),
    "mosaic.apart": QT_TRANSLATE_NOOP(
        "Messages", "The photos of this board do not overlap; they are shown apart."
    ),
    "mosaic.partial": QT_TRANSLATE_NOOP(
        "Messages", "Not every photo overlaps the others; shown apart: %1"
    ),
    "read.gave_up": QT_TRANSLATE_NOOP(
        "Messages", "Not read: the OCR engine stopped answering earlier in this run."
    ),
    "read.not_read": QT_TRANSLATE_NOOP("Messages", "Not read: %1"),
    "read.not_reread": QT_TRANSLATE_NOOP(
        "Messages", "Notes not read again: %1 (the OCR engine gave no reading for them)."
    ),
    "read.no_picture": QT_TRANSLATE_NOOP(
        "Messages", "Note %1 has neither a photo nor a stored picture to read."
    ),
    "read.note_changed": QT_TRANSLATE_NOOP(
        "Messages", "Note %1 changed while it was read again; the new reading was not kept."
    ),
    "read.engine_failed": QT_TRANSLATE_NOOP(
        "Messages", "Not read: the OCR engine failed (%1: %2)."
    ),
    "read.imported_unread": QT_TRANSLATE_NOOP(
        "Messages", "No OCR engine is available: notes are imported unread."
    ),
    "read.no_engine_available": QT_TRANSLATE_NOOP("Messages", "No OCR engine is available."),
    "read.no_engine": QT_TRANSLATE_NOOP("Messages", "No OCR engine can run. %1"),
    "read.fallback": QT_TRANSLATE_NOOP(
        "Messages", "PP-OCR unavailable, reading with Tesseract. %1"
    ),
    "import.duplicate": QT_TRANSLATE_NOOP("Messages", "%1: already imported into this station"),
    "export.picture_skipped": QT_TRANSLATE_NOOP("Messages", "%1 was left out of the export: %2"),
    "metadata.gps": QT_TRANSLATE_NOOP("Messages", "GPS position"),
    "metadata.artist": QT_TRANSLATE_NOOP("Messages", "artist"),
    "metadata.copyright": QT_TRANSLATE_NOOP("Messages", "copyright"),
    "metadata.owner": QT_TRANSLATE_NOOP("Messages", "camera owner"),
    "metadata.serial": QT_TRANSLATE_NOOP("Messages", "camera serial number"),
    "metadata.lens_serial": QT_TRANSLATE_NOOP("Messages", "lens serial number"),
    "metadata.make": QT_TRANSLATE_NOOP("Messages", "camera make"),
    "metadata.model": QT_TRANSLATE_NOOP("Messages", "camera model"),
    "metadata.software": QT_TRANSLATE_NOOP("Messages", "software"),
    "metadata.comment": QT_TRANSLATE_NOOP("Messages", "user comment"),
    "metadata.description": QT_TRANSLATE_NOOP("Messages", "image description"),
    "metadata.text": QT_TRANSLATE_NOOP("Messages", "embedded text"),
    "metadata.not_jpeg": QT_TRANSLATE_NOOP("Messages", "not a JPEG file"),
    "metadata.jpeg_segment": QT_TRANSLATE_NOOP("Messages", "damaged JPEG segment"),
    "metadata.jpeg_short": QT_TRANSLATE_NOOP("Messages", "JPEG cut short"),
    "metadata.jpeg_empty": QT_TRANSLATE_NOOP("Messages", "JPEG without picture data"),
    "metadata.not_png": QT_TRANSLATE_NOOP("Messages", "not a PNG file"),
    "metadata.png_short": QT_TRANSLATE_NOOP("Messages", "PNG cut short"),
    "metadata.not_webp": QT_TRANSLATE_NOOP("Messages", "not a WebP file"),
    "project.lock_owner": QT_TRANSLATE_NOOP("Messages", "process %1 on %2"),
    "faces.model_missing": QT_TRANSLATE_NOOP(
        "Messages", "The face detector's model is missing (%1): reinstall Pinscribe."
    ),
    "faces.model_empty": QT_TRANSLATE_NOOP(
        "Messages", "The face detector's model is empty (%1): reinstall Pinscribe."
    ),
    "faces.model_unloadable": QT_TRANSLATE_NOOP(
        "Messages",
        "The face detector's model (%1) cannot be loaded by this onnxruntime %2: "
        "reinstall Pinscribe.",
    ),
    "faces.failed": QT_TRANSLATE_NOOP("Messages", "The face detector failed on this photo (%1)."),
    "faces.region_by_hand": QT_TRANSLATE_NOOP(
        "Messages", "Region %1 was drawn by hand, not found as a face."
    ),
    "faces.dismissal_not_found": QT_TRANSLATE_NOOP("Messages", "No dismissed face with id %1."),
}
