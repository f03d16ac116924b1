"""Foundations of the window: the open project, undo, background jobs, photo loading."""
