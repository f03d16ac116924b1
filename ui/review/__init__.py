"""Checking the notes: the review queue, search, and the problems of background work."""
