"""The themes canvas: a station's notes as cards, grouped into theme frames."""
