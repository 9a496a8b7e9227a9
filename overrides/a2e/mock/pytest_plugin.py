"""pytest fixtures for testing code that uses A2E, against the mock (installed with `a2e[mock]`).

    def test_my_feature(a2e_client, a2e_mock):
        my_feature(a2e_client)                      # your code, talking to the mock
        assert a2e_mock.mock.requests[-1].path == "/api/v1/userFaceSwapTask/add"

`a2e_mock` is one server for the whole test session; `a2e_client` is an `a2e.Client` bound
to it with fast retries.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    import a2e
    from a2e.mock import RunningMock


@pytest.fixture(scope="session")
def a2e_mock() -> Iterator[RunningMock]:
    """A mock A2E server on a free port of 127.0.0.1, shared by the session."""
    from a2e.mock import running_mock

    with running_mock() as server:
        yield server


@pytest.fixture
def a2e_client(a2e_mock: RunningMock) -> Iterator[a2e.Client]:
    """An `a2e.Client` talking to the mock, with retries that do not wait."""
    import a2e

    with a2e.Client("sk_test_key", base_url=a2e_mock.base_url, backoff_base=0.01) as client:
        yield client
