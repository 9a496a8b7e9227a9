"""A stateful mock of the A2E API, driven by the spec (install the extra: `a2e[mock]`)."""

from .app import MockA2E, create_app
from .server import RunningMock, mock_process, running_mock

__all__ = ["MockA2E", "RunningMock", "create_app", "mock_process", "running_mock"]
