"""Graphic recordings in the window: import, straighten, enhance, mark regions, read."""

from ui.recordings.controller import RecordingsController

__all__ = ["RecordingsController"]
