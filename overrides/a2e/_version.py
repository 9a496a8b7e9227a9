# The one place a release's version is set: the build reads it (pyproject.toml), `make generate`
# copies it into the spec's info.version, and CHANGELOG.md's newest entry must name it.
# A constant, because importlib.metadata costs ~15 ms at import.
__version__ = "0.2.0"
