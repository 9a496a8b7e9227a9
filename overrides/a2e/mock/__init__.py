"""A stateful mock of the A2E API, driven by the spec (install the extra: `a2e[mock]`).

Importing this package needs nothing beyond a2e itself, so the pytest plugin it holds loads
in any project; its names load on first use and, without the extra, raise `MissingExtraError`,
whose one line says what to install.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import MockA2E, create_app
    from .server import RunningMock, mock_process, running_mock

INSTALL = "pip install 'a2e[mock]'"
# The top-level modules the `mock` extra brings.
EXTRA_MODULES = (
    "starlette",
    "uvicorn",
    "openapi_core",
    "openapi_schema_validator",
    "jsonschema",
    "referencing",
    "rfc3986_validator",
    "yaml",
)
_EXPORTS = {
    "MockA2E": "app",
    "create_app": "app",
    "RunningMock": "server",
    "mock_process": "server",
    "running_mock": "server",
}


class MissingExtraError(ImportError):
    """The mock's optional dependencies are not installed."""


def require_extra() -> None:
    """Raise MissingExtraError, naming the command that installs the extra, if it is missing."""
    for name in EXTRA_MODULES:
        try:
            import_module(name)
        except ImportError:
            raise MissingExtraError(
                f"the A2E mock needs the 'mock' extra ({name} is not installed): {INSTALL}",
                name=name,
            ) from None


if not TYPE_CHECKING:  # type checkers see the imports above

    def __getattr__(name: str) -> Any:
        module = _EXPORTS.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        require_extra()
        value = getattr(import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value


__all__ = [
    "INSTALL",
    "MissingExtraError",
    "MockA2E",
    "RunningMock",
    "create_app",
    "mock_process",
    "require_extra",
    "running_mock",
]
