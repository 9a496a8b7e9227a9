"""A2E's API for Python: `a2e.Client` plus errors, retries and task pollers.

The operations themselves are generated in `a2e_client.api`; pass an `a2e.Client` to them:

    import a2e
    from a2e_client.api.face_swap import start_face_swap_task

    client = a2e.Client()  # reads A2E_API_KEY
    task = a2e.unwrap(start_face_swap_task.sync_detailed(client=client, body=...))
    done = a2e.wait(client, "face_swap", task.id, timeout=600)
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._version import __version__
from .client import REGIONS, AsyncClient, BaseClient, Client
from .errors import (
    A2EError,
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    InvalidResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TaskFailed,
    TaskTimeout,
    UnknownHostError,
    unwrap,
)
from .retry import AsyncRetryTransport, RetryPolicy, RetryTransport

if TYPE_CHECKING:
    from .downloads import download, download_async
    from .pagination import paginate, paginate_async
    from .polling import FittedSchedule, PollSchedule, wait, wait_async, wait_many, wait_many_async
    from .tasks import TASK_FAMILIES, AsyncTask, Task, TaskError, TaskFamily, wait_all
    from .uploads import upload_file, upload_file_async
    from .webhooks import WebhookEvent, WebhookVerificationError, verify_webhook

# Loaded on first use, to keep `import a2e` cheap (see `make bench`): name -> submodule.
_LAZY = {
    **dict.fromkeys(("paginate", "paginate_async"), "pagination"),
    **dict.fromkeys(
        ("FittedSchedule", "PollSchedule", "wait", "wait_async", "wait_many", "wait_many_async"),
        "polling",
    ),
    **dict.fromkeys(
        ("TASK_FAMILIES", "AsyncTask", "Task", "TaskError", "TaskFamily", "wait_all"), "tasks"
    ),
    **dict.fromkeys(("upload_file", "upload_file_async"), "uploads"),
    **dict.fromkeys(("download", "download_async"), "downloads"),
    **dict.fromkeys(("WebhookEvent", "WebhookVerificationError", "verify_webhook"), "webhooks"),
}


if not TYPE_CHECKING:  # type checkers see the imports above; hiding this keeps typos errors

    def __getattr__(name: str) -> Any:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(f".{module}", __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "REGIONS",
    "TASK_FAMILIES",
    "A2EError",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncRetryTransport",
    "AsyncTask",
    "AuthenticationError",
    "BadRequestError",
    "BaseClient",
    "Client",
    "ConfigurationError",
    "FittedSchedule",
    "InvalidResponseError",
    "NotFoundError",
    "PermissionDeniedError",
    "PollSchedule",
    "RateLimitError",
    "RetryPolicy",
    "RetryTransport",
    "ServerError",
    "Task",
    "TaskError",
    "TaskFailed",
    "TaskFamily",
    "TaskTimeout",
    "UnknownHostError",
    "WebhookEvent",
    "WebhookVerificationError",
    "__version__",
    "download",
    "download_async",
    "paginate",
    "paginate_async",
    "unwrap",
    "upload_file",
    "upload_file_async",
    "verify_webhook",
    "wait",
    "wait_all",
    "wait_async",
    "wait_many",
    "wait_many_async",
]
