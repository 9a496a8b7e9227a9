# Read by pyproject.toml; a constant, because importlib.metadata costs ~15 ms at import.
__version__ = "0.1.0"
