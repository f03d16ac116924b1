# The stand-in of packaging/shims/shapely has no submodules or libraries to collect
# (this hook replaces the contributed one, which asks for shapely's extension modules).
hiddenimports = ["shapely.geometry"]
