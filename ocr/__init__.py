"""Image work for Pinscribe: loading photos, finding notes, cropping, reading text.

Pure functions over numpy arrays and paths; no Qt, no database.
"""
