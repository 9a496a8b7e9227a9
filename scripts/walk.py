"""The spec walker of the `a2e` package (overrides/a2e/spec_walk.py), for the scripts.

Loaded from its file, not through `import a2e`: importing a2e imports the generated client,
and generating must work while generated/ is stale, half-merged or missing.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from a2e.spec_walk import METHODS, at, fields, follow, operations, pointer, resolve
else:
    _FILE = Path(__file__).resolve().parent.parent / "overrides" / "a2e" / "spec_walk.py"
    _spec = importlib.util.spec_from_file_location("_a2e_spec_walk", _FILE)
    _module = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(_module)
    METHODS, at, fields, follow = _module.METHODS, _module.at, _module.fields, _module.follow
    operations, pointer, resolve = _module.operations, _module.pointer, _module.resolve

__all__ = ["METHODS", "at", "fields", "follow", "operations", "pointer", "resolve"]
