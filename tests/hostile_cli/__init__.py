"""Hostile command-line input and accidents: every case of issue 21 has a test here.

Overwriting (exports, detect --out), photos that are not regular files, locks (invalid
PIDs, folders, another host, a full disk), terminal escapes, bad numbers and ids, a
damaged file, an interrupted merge.
"""
