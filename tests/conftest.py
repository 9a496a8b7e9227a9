from __future__ import annotations

import functools
import os
import shutil
import tempfile
from collections.abc import Iterator

import pytest

import a2e
from a2e.mock import MockA2E, RunningMock
from webhook_receiver import Receiver

# The fixtures `a2e_mock` and `a2e_client` come from a2e's own pytest plugin (a2e.mock.pytest_plugin),
# so the suite uses what users get; these names only shorten them.


def pytest_configure(config: pytest.Config) -> None:
    # The verdict must not depend on the shell the suite runs in: a user's own A2E_* settings
    # change the client, and a narrow terminal rewraps what the `a2e` command prints.
    for name in [name for name in os.environ if name.startswith("A2E_")]:
        del os.environ[name]
    os.environ["COLUMNS"] = "160"
    # The `a2e` command keeps the run times it learns in the user's cache directory: tests
    # must neither read the real one nor write to it.
    cache = tempfile.mkdtemp(prefix="a2e-tests-cache-")
    config.add_cleanup(functools.partial(shutil.rmtree, cache, ignore_errors=True))
    os.environ["XDG_CACHE_HOME"] = cache


@pytest.fixture
def mock(a2e_mock: RunningMock) -> MockA2E:
    return a2e_mock.mock


@pytest.fixture
def base_url(a2e_mock: RunningMock) -> str:
    return a2e_mock.base_url


@pytest.fixture
def client(a2e_client: a2e.Client) -> a2e.Client:
    return a2e_client


@pytest.fixture
def fast() -> a2e.PollSchedule:
    """A poll schedule for the mock, where tasks advance per read rather than per second."""
    return a2e.PollSchedule(initial=0.001, maximum=0.01)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    """A local server for webhook calls, shut down after the test."""
    server = Receiver()
    yield server
    server.server.shutdown()
