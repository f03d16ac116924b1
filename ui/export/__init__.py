"""File > Export: the dialog, its live preview and the background export."""
