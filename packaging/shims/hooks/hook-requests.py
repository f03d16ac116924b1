# The stand-in of packaging/shims/requests needs nothing else (no urllib3, no certifi).
hiddenimports: list[str] = []
