"""The stations of a workshop: the list, a station's details, importing photos into it."""
