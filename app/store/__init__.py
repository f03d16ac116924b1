"""The project file: a SQLite database holding a whole workshop, photos included."""

from app.store.database import SUFFIX
from app.store.migrations import SCHEMA_VERSION
from app.store.project import Project

__all__ = ["SCHEMA_VERSION", "SUFFIX", "Project"]
