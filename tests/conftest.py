from __future__ import annotations

from collections.abc import Iterator

import pytest

import a2e
from a2e.mock import MockA2E, running_mock


@pytest.fixture(scope="session")
def mock_server() -> Iterator[tuple[str, MockA2E]]:
    """One mock A2E server for the whole run; tests use fresh task ids, so they do not clash."""
    with running_mock() as server:
        yield server


@pytest.fixture
def mock(mock_server: tuple[str, MockA2E]) -> MockA2E:
    return mock_server[1]


@pytest.fixture
def base_url(mock_server: tuple[str, MockA2E]) -> str:
    return mock_server[0]


@pytest.fixture
def client(base_url: str) -> Iterator[a2e.Client]:
    with a2e.Client("sk_test_key", base_url=base_url, backoff_base=0.01) as ready:
        yield ready


@pytest.fixture
def fast() -> a2e.PollSchedule:
    """A poll schedule for the mock, where tasks advance per read rather than per second."""
    return a2e.PollSchedule(initial=0.001, maximum=0.01)
