"""What the generated resources stand on: arguments in, one request, the answer's `data` out.

`a2e_client.resources` holds one class per section, written from the spec, whose methods only
name their operation (an `Operation`) and hand their arguments here. Everything a method does
lives in this module, once: plain values checked when the call is made (enums, URLs, required
fields), local files uploaded, `extra_*` options merged, the request sent through the client's
retries and errors, the answer parsed by the generated operation, and the result shaped: a task
handle for a start, an iterator over every record for a list, `data` for the rest.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import AsyncIterator, Mapping, Sequence
from types import ModuleType
from typing import Any, Generic, TypeVar
from urllib.parse import urlsplit

import httpx

from . import defaults
from .errors import ConfigurationError

T = TypeVar("T")
_API = "a2e_client.api."
_OPTIONS = ("body", "extra_body", "extra_query", "extra_headers", "request_timeout")
_RUN_OPTIONS = ("wait_timeout", "on_update", "download")


class Operation:
    """One generated method's operation: which function module sends it and how its keyword
    arguments travel (python name -> (path|query|body, wire name))."""

    __slots__ = (
        "_function",
        "arguments",
        "enums",
        "family",
        "kind",
        "module",
        "positional",
        "required",
        "urls",
    )

    def __init__(
        self,
        module: str,
        kind: str,
        *,
        family: str | None,
        arguments: Mapping[str, tuple[str, str]],
        positional: tuple[str, ...],
        required: tuple[str, ...],
        urls: tuple[str, ...],
        enums: Mapping[str, tuple[Any, ...]],
    ) -> None:
        self.module = module
        self.kind = kind
        self.family = family
        self.arguments = arguments
        self.positional = positional
        self.required = required
        self.urls = urls
        self.enums = enums
        self._function: ModuleType | None = None

    @property
    def function(self) -> ModuleType:
        """The generated function module (`a2e_client.api.<section>.<operation>`)."""
        if self._function is None:
            self._function = importlib.import_module(_API + self.module)
        return self._function

    @property
    def name(self) -> str:
        return self.module.rsplit(".", 1)[-1]


class RawResponse(Generic[T]):
    """An answer as HTTP delivered it, beside the value the method would have returned."""

    def __init__(self, http_response: httpx.Response, parsed: T, trace_id: str | None) -> None:
        self.http_response = http_response
        self._parsed = parsed
        self.trace_id = trace_id

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    def parse(self) -> T:
        """The value the method returns without `with_raw_response`."""
        return self._parsed

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code}, trace_id={self.trace_id!r})"


class _Call:
    """One call's arguments, sorted and checked: parameters for the generated function, the
    JSON body, the `extra_*` options, and the local files still to upload."""

    def __init__(self, operation: Operation, args: tuple[Any, ...], given: Mapping[str, Any]):
        values = {k: v for k, v in given.items() if k not in ("self", "args", "kwargs")}
        if len(args) > len(operation.positional):
            raise TypeError(
                f"{operation.name}() takes {len(operation.positional)} positional argument(s)"
            )
        for name, value in zip(operation.positional, args, strict=False):
            if name in values:
                raise TypeError(f"{operation.name}() got multiple values for argument {name!r}")
            values[name] = value
        options = {name: values.pop(name, None) for name in _OPTIONS}
        unknown = sorted(set(values) - set(operation.arguments))
        if unknown:
            raise TypeError(f"{operation.name}() got an unexpected keyword argument {unknown[0]!r}")
        self.operation = operation
        self.parameters: dict[str, Any] = {}
        body = _body(options["body"])
        self.uploads: list[tuple[str, Any]] = []
        for name, value in values.items():
            if value is None:
                continue
            location, wire = operation.arguments[name]
            _check_enum(operation, name, value)
            if name in operation.urls:
                value = self._address(name, value)
            if location == "body":
                body[wire] = value
            else:
                self.parameters[name] = value
        if options["extra_body"] is not None:
            body.update(_mapping("extra_body", options["extra_body"]))
        missing = [
            name
            for name in operation.required
            if name not in values or values[name] is None
            if operation.arguments[name][1] not in body
        ]
        if missing:
            raise ConfigurationError(f"{missing[0]}: required by {operation.name}, not given")
        for name in operation.positional:
            if self.parameters.get(name) is None:
                raise TypeError(f"{operation.name}() missing required argument {name!r}")
        self.body = body
        self.has_body = any(location == "body" for location, _ in operation.arguments.values())
        self.extra_query = _mapping("extra_query", options["extra_query"])
        self.extra_headers = _mapping("extra_headers", options["extra_headers"])
        self.timeout = options["request_timeout"]

    def _address(self, name: str, value: Any) -> Any:
        """A URL as given, checked; a local file noted for upload (its URL is sent)."""
        if isinstance(value, str):
            return checked_url(name, value)
        if isinstance(value, os.PathLike) or hasattr(value, "read"):
            self.uploads.append((name, value))
            return value
        if isinstance(value, Sequence) and not isinstance(value, bytes | bytearray):
            return [self._address(f"{name}[{i}]", item) for i, item in enumerate(value)]
        raise ConfigurationError(
            f"{name}: expected a URL, a local path or an open binary file, got "
            f"{type(value).__name__}"
        )

    def replace_uploads(self, urls: Mapping[int, str]) -> None:
        """Swap each local file for the address it was uploaded to."""

        def swap(value: Any) -> Any:
            if id(value) in urls:
                return urls[id(value)]
            if isinstance(value, list):
                return [swap(item) for item in value]
            return value

        self.body = {key: swap(value) for key, value in self.body.items()}
        self.parameters = {key: swap(value) for key, value in self.parameters.items()}

    def files(self) -> list[Any]:
        """The local files this call uploads, each once."""
        found: dict[int, Any] = {}

        def walk(value: Any) -> None:
            if isinstance(value, list):
                for item in value:
                    walk(item)
            elif isinstance(value, os.PathLike) or hasattr(value, "read"):
                found[id(value)] = value

        for value in [*self.body.values(), *self.parameters.values()]:
            walk(value)
        return list(found.values())

    def request(self) -> dict[str, Any]:
        """The generated operation's request, with this call's `extra_*` options."""
        arguments = dict(self.parameters)
        if self.has_body:
            arguments["body"] = self.body  # a mapping is sent as given
        request: dict[str, Any] = self.operation.function._get_kwargs(**arguments)
        if self.extra_query:
            request["params"] = {**request.get("params", {}), **self.extra_query}
        if self.extra_headers:
            request["headers"] = {**request.get("headers", {}), **self.extra_headers}
        if self.timeout is not None:
            request["timeout"] = self.timeout
        return request


def checked_url(name: str, value: str) -> str:
    """`value` when it is an http(s) URL with a host: A2E would take anything else, charge,
    and fail the task later."""
    try:
        parts = urlsplit(value)
        ok = parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:
        ok = False
    if not ok or any(c.isspace() for c in value):
        raise ConfigurationError(f"{name}: {value[:100]!r} is not an http(s) URL")
    return value


def _check_enum(operation: Operation, name: str, value: Any) -> None:
    allowed = operation.enums.get(name)
    if allowed is None:
        return
    for item in value if isinstance(value, list | tuple) else [value]:
        if item not in allowed:
            shown = ", ".join(repr(v) for v in allowed)
            raise ConfigurationError(f"{name}: must be one of {shown}, got {item!r}")


def _body(body: Any) -> dict[str, Any]:
    if body is None:
        return {}
    to_dict = getattr(body, "to_dict", None)
    if callable(to_dict):
        return dict(to_dict())
    return dict(_mapping("body", body))


def _mapping(name: str, value: Any) -> Mapping[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ConfigurationError(f"{name}: expected a mapping, got {type(value).__name__}")
    return value


def _data(parsed: Any) -> Any:
    """The envelope's `data` (None where A2E sent none), or the answer where it has no envelope."""
    from a2e_client.types import Unset

    if not hasattr(type(parsed), "__attrs_attrs__") or not hasattr(parsed, "data"):
        return parsed
    data = parsed.data
    return None if isinstance(data, Unset) else data


def _trace_id(parsed: Any) -> str | None:
    trace_id = getattr(parsed, "trace_id", None)
    return trace_id if isinstance(trace_id, str) else None


def _paged(call: _Call) -> bool:
    """Whether a list call pages by itself: no page asked for."""
    from .pagination import paging_of

    paging = paging_of(call.operation.function)
    return paging.page is None or call.parameters.get(paging.page) is None


def _one_page_size(call: _Call) -> None:
    """A page asked for without a size gets the default one (the operation requires it)."""
    from .pagination import paging_of

    paging = paging_of(call.operation.function)
    if paging.size is not None and call.parameters.get(paging.size) is None:
        call.parameters[paging.size] = min(
            defaults.PAGE_SIZE, paging.max_size or defaults.PAGE_SIZE
        )


def _records(call: _Call, data: Any) -> list[Any]:
    from .pagination import paging_of

    records = paging_of(call.operation.function).records
    found = data if records is None else getattr(data, records, None)
    return list(found) if isinstance(found, list) else []


def _paging_arguments(resource: _Resource, call: _Call) -> dict[str, Any]:
    """`paginate`'s keywords for a list that pages by itself: a page size the caller gave
    becomes its `page_size`."""
    from .pagination import paging_of

    arguments = dict(call.parameters)
    size = paging_of(call.operation.function).size
    page_size = arguments.pop(size, None) if size is not None else None
    return {"client": _paging_client(resource, call), "page_size": page_size, **arguments}


def _paging_client(resource: _Resource, call: _Call) -> Any:
    if call.body or call.extra_query:
        raise ConfigurationError(
            "extra_body, extra_query: not taken by a list that pages by itself; pass its page "
            "parameter to read one page"
        )
    client = resource._client
    if call.extra_headers or call.timeout is not None:
        return client.with_options(headers=call.extra_headers or None, timeout=call.timeout)
    return client


class _Resource:
    _raw = False

    def __init__(self, client: Any) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def _shape(self, call: _Call, response: httpx.Response, parsed: Any, handle: type) -> Any:
        data = _data(parsed)
        if call.operation.kind == "start":
            from .tasks import family_named

            family = family_named(str(call.operation.family))
            value: Any = handle(self._client, family, data, response)
        elif call.operation.kind == "page" and not self._raw:
            value = iter(_records(call, data))
        else:
            value = data
        if self._raw:
            return RawResponse(response, value, _trace_id(parsed))
        return value


def section(client: Any, attribute: str, class_name: str) -> Any:
    """The resource `class_name` of `a2e_client.resources.<attribute>` bound to `client`,
    imported on first use and kept on the client."""
    cache: dict[str, Any] = client.__dict__.setdefault("_a2e_sections", {})
    found = cache.get(class_name)
    if found is None:
        module = importlib.import_module(f"a2e_client.resources.{attribute}")
        found = cache[class_name] = getattr(module, class_name)(client)
    return found


class SyncResource(_Resource):
    """Base of the generated sync resources."""

    def _request(
        self, operation: Operation, args: tuple[Any, ...], given: Mapping[str, Any]
    ) -> Any:
        call = _Call(operation, args, given)
        if operation.kind == "page" and not self._raw and _paged(call):
            from .pagination import paginate

            return paginate(operation.function, **_paging_arguments(self, call))
        if operation.kind == "page":
            _one_page_size(call)
        files = call.files()
        if files:
            call.replace_uploads({id(f): self._client.upload(f) for f in files})
        response = self._client.get_httpx_client().request(**call.request())
        parsed = operation.function._build_response(client=self._client, response=response).parsed
        from .tasks import Task

        return self._shape(call, response, parsed, Task)

    def _run(self, operation: Operation, args: tuple[Any, ...], given: Mapping[str, Any]) -> Any:
        given = dict(given)
        timeout, on_update, directory = (given.pop(name, None) for name in _RUN_OPTIONS)
        task = self._request(operation, args, given)
        task.wait(timeout=timeout, on_update=on_update)
        if directory is not None:
            task.download(directory)
        return task

    def _task(self, family: str, task_id: str) -> Any:
        from .tasks import Task, family_named

        return Task.read(self._client, family_named(family), task_id)


class AsyncResource(_Resource):
    """Base of the generated async resources."""

    async def _arequest(
        self, operation: Operation, args: tuple[Any, ...], given: Mapping[str, Any]
    ) -> Any:
        call = _Call(operation, args, given)
        if operation.kind == "page":
            _one_page_size(call)
        files = call.files()
        if files:
            call.replace_uploads({id(f): await self._client.upload(f) for f in files})
        response = await self._client.get_async_httpx_client().request(**call.request())
        parsed = operation.function._build_response(client=self._client, response=response).parsed
        from .tasks import AsyncTask

        return self._shape(call, response, parsed, AsyncTask)

    def _apages(
        self, operation: Operation, args: tuple[Any, ...], given: Mapping[str, Any]
    ) -> AsyncIterator[Any]:
        call = _Call(operation, args, given)
        if _paged(call):
            from .pagination import paginate_async

            return paginate_async(operation.function, **_paging_arguments(self, call))
        return self._one_page(call)

    async def _one_page(self, call: _Call) -> AsyncIterator[Any]:
        _one_page_size(call)
        response = await self._client.get_async_httpx_client().request(**call.request())
        parsed = call.operation.function._build_response(client=self._client, response=response)
        for record in _records(call, _data(parsed.parsed)):
            yield record

    async def _arun(
        self, operation: Operation, args: tuple[Any, ...], given: Mapping[str, Any]
    ) -> Any:
        given = dict(given)
        timeout, on_update, directory = (given.pop(name, None) for name in _RUN_OPTIONS)
        task = await self._arequest(operation, args, given)
        await task.wait(timeout=timeout, on_update=on_update)
        if directory is not None:
            await task.download(directory)
        return task

    async def _atask(self, family: str, task_id: str) -> Any:
        from .tasks import AsyncTask, family_named

        return await AsyncTask.read(self._client, family_named(family), task_id)
