"""Exporting a project: the themed summary in several formats, and the data."""
