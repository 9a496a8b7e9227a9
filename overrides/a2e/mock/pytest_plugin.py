"""pytest fixtures for testing code that uses A2E, against the mock.

    def test_my_feature(a2e_client, a2e_mock):
        my_feature(a2e_client)                      # your code, talking to the mock
        assert a2e_mock.mock.calls("POST", "/api/v1/userFaceSwapTask/add") == 1

One server runs for the whole session (`a2e_mock_server`); `a2e_mock` is that server reset
before each test, so every test starts with no tasks, no logged requests, no stored files and
fresh fault counts. `a2e_client` is an `a2e.Client` bound to it with fast retries; waits need
no schedule of their own, as the mock's reads of its tasks answer `Retry-After: 0`, which the
default schedule takes as "read again now".

The plugin is registered whenever a2e is installed and imports nothing of the `mock` extra
until a fixture is used; without the extra, the fixture fails with one line saying what to
install, and tests that do not use it run as usual.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from a2e.mock import MissingExtraError

if TYPE_CHECKING:
    import a2e
    from a2e.mock import RunningMock


@pytest.fixture(scope="session")
def a2e_mock_server() -> Iterator[RunningMock]:
    """A mock A2E server on a free port of 127.0.0.1 for the session (not reset per test)."""
    try:
        from a2e.mock import running_mock
    except MissingExtraError as error:
        missing = str(error)
    else:
        missing = ""
    if missing:  # failed outside the `except`, so the report is this one line alone
        pytest.fail(missing, pytrace=False)
    with running_mock() as server:
        yield server


@pytest.fixture
def a2e_mock(a2e_mock_server: RunningMock) -> RunningMock:
    """The session's mock A2E server, reset: it has seen nothing before this test."""
    a2e_mock_server.mock.reset()
    return a2e_mock_server


@pytest.fixture
def a2e_client(a2e_mock: RunningMock) -> Iterator[a2e.Client]:
    """An `a2e.Client` talking to the mock, with retries that do not wait."""
    import httpx

    import a2e

    # Transports of its own: the mock is local, so proxies set in the environment (as on
    # many company machines) must not carry its requests.
    with a2e.Client(
        "sk_test_key",
        base_url=a2e_mock.base_url,
        backoff_base=0.01,
        transport=httpx.HTTPTransport(),
        async_transport=httpx.AsyncHTTPTransport(),
    ) as client:
        yield client
