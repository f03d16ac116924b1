"""A station's board: photos with every note outlined, and the selected note."""
