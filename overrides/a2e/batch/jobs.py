"""The jobs of a bulk run: read from JSON Lines or CSV and checked against the start operation.

A job is one line of the file; its fields are the keyword arguments of the start method it
runs (`client.face_swap.start(name=..., face_url=...)`), checked with what the generated
`Operation` descriptor and the command table (`a2e_client/commands.json`) say of each field:
its type, enum values, limits, whether it is required or an address. A CSV file's values are
text, read by the field's type. A mistake is reported with its line and field.

An address field may name a local file as `@path` (relative paths start at the jobs file's
folder; from Python, a `pathlib.Path` also does): the run uploads it once and sends its URL.

A job is known by its position and the hash of its line, so that a journal can tell whether
it was made from the same file.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import importlib
import io
import json
import math
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigurationError
from ..resources import Operation, checked_url
from ..scrub import sendable
from ..tasks import TaskFamily, family_named

LOCAL_FILE = "@"
# Problems named in the error that refuses a file; the rest are counted.
PROBLEMS_SHOWN = 10
_INTEGER = re.compile(r"[+-]?[0-9]+")
_TRUE = frozenset({"true", "yes", "1"})
_FALSE = frozenset({"false", "no", "0"})


@dataclass(frozen=True)
class LocalFile:
    """A local file named by a job, uploaded before the job starts."""

    path: Path

    def __str__(self) -> str:
        return f"{LOCAL_FILE}{self.path}"


@dataclass(frozen=True)
class Field:
    """One keyword of the start method, as a job gives it."""

    name: str
    wire: str
    type: str  # string, integer, number, boolean or json
    array: bool
    enum: tuple[Any, ...] | None
    required: bool
    url: bool
    constraints: Mapping[str, Any]


@dataclass(frozen=True)
class Target:
    """What a run starts: a section's start method, its task family and its fields."""

    section: str
    method: str
    operation: Operation
    family: TaskFamily[Any]
    fields: Mapping[str, Field]

    @property
    def label(self) -> str:
        return f"{self.section}.{self.method}"

    @property
    def lookup(self) -> bool:
        """Whether a start whose outcome is unknown can be found again: the family has a list
        operation and the start carries a name, where the run puts its marker."""
        name = self.fields.get("name")
        return "list" in self.family.operations and name is not None and name.type == "string"


@functools.cache
def _commands() -> dict[str, Any]:
    import a2e_client

    path = Path(a2e_client.__file__).with_name("commands.json")
    by_module: dict[str, Any] = {}
    for section in json.loads(path.read_text(encoding="utf-8"))["sections"].values():
        for command in section["commands"].values():
            by_module[command["module"]] = command
    return by_module


def starts_of(section: str) -> dict[str, Operation]:
    """The start methods of a section (`client.<section>.<method>`), by method name."""
    module = importlib.import_module(f"a2e_client.resources.{section}")
    # scripts/resources.py names each method's descriptor `_<METHOD>`.
    return {
        constant[1:].lower(): value
        for constant, value in vars(module).items()
        if isinstance(value, Operation) and value.kind == "start"
    }


def target(section: str, method: str = "start") -> Target:
    """The start method `method` of `section` (`face_swap` or `face-swap`; `start`,
    `start_preview`...), or ConfigurationError naming what there is."""
    from a2e_client.resources import SECTIONS

    name = section.replace("-", "_")
    if name not in SECTIONS:
        shown = ", ".join(s.replace("_", "-") for s in SECTIONS)
        raise ConfigurationError(f"section: {section!r} is not a section of A2E's API ({shown})")
    starts = starts_of(name)
    wanted = method.replace("-", "_")
    if wanted not in starts:
        offered = ", ".join(m.replace("_", "-") for m in starts) or "none"
        raise ConfigurationError(
            f"operation: {method!r} does not start a task in {section} (its starts: {offered})"
        )
    operation = starts[wanted]
    options = {
        (option["location"], option["wire"]): option
        for option in _commands()[operation.module]["options"]
    }
    fields = {}
    for python_name, (location, wire) in operation.arguments.items():
        option = options[(location, wire)]
        fields[python_name] = Field(
            name=python_name,
            wire=wire,
            type=option["type"],
            array=option["array"],
            enum=tuple(option["enum"]) if option["enum"] else None,
            required=python_name in operation.required,
            url=python_name in operation.urls,
            constraints=option["constraints"],
        )
    return Target(name, wanted, operation, family_named(str(operation.family)), fields)


@dataclass(frozen=True)
class Job:
    """One line of the jobs file: its fields when they are right, else what is wrong."""

    line: int
    key: str  # sha256 of the line's content
    fields: Mapping[str, Any] | None
    problem: str | None = None

    @property
    def name(self) -> str | None:
        value = (self.fields or {}).get("name")
        return value if isinstance(value, str) else None

    def local_files(self) -> list[LocalFile]:
        found: dict[Path, LocalFile] = {}
        for value in (self.fields or {}).values():
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, LocalFile):
                    found.setdefault(item.path, item)
        return list(found.values())


class _Bad(Exception):
    """A field's value that is not what the operation takes."""


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def read_jobs(
    source: str | os.PathLike[str] | Iterable[Mapping[str, Any]], goal: Target
) -> list[Job]:
    """Every job of `source`: a JSON Lines or CSV file (by its suffix, `.csv` for CSV), or
    mappings of fields (positions counted from 1, local files relative to the working folder).

    A file that cannot be read, is not UTF-8 (CSV) or has a bad CSV header raises
    ConfigurationError; a bad job is returned with its problem."""
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        try:
            data = path.read_bytes()
        except OSError as error:
            raise ConfigurationError(
                f"jobs: cannot read {path}: {error.strerror or error}"
            ) from None
        base = path.resolve().parent
        if path.suffix.lower() == ".csv":
            return _csv_jobs(data, goal, base, path)
        return _json_lines(data, goal, base)
    if isinstance(source, Mapping | bytes):
        raise ConfigurationError(
            "jobs: expected a path to a jobs file or an iterable of mappings of fields"
        )
    jobs: list[Job] = []
    for position, values in enumerate(source, start=1):
        where = f"job {position}"
        if not isinstance(values, Mapping):
            key = _digest(repr(values))
            jobs.append(Job(position, key, None, f"{where}: expected a mapping of fields"))
            continue
        try:
            text = json.dumps(values, sort_keys=True, ensure_ascii=False, default=_shown)
        except (TypeError, ValueError) as error:
            jobs.append(Job(position, _digest(repr(values)), None, f"{where}: {error}"))
            continue
        jobs.append(_job(position, _digest(text), values, goal, Path.cwd(), where, text=False))
    return jobs


def _shown(value: Any) -> str:
    if isinstance(value, os.PathLike):
        return f"{LOCAL_FILE}{os.fspath(value)}"
    raise TypeError(f"{type(value).__name__} is not a JSON value")


def _json_lines(data: bytes, goal: Target, base: Path) -> list[Job]:
    jobs = []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        raw = raw.rstrip(b"\r")
        if not raw.strip():
            continue
        where = f"line {number}"
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            jobs.append(
                Job(number, hashlib.sha256(raw).hexdigest(), None, f"{where}: not UTF-8 text")
            )
            continue
        key = _digest(text)
        try:
            values = json.loads(text)
        except ValueError as error:
            reason = getattr(error, "msg", str(error))
            column = getattr(error, "colno", None)
            at = f" at column {column}" if column is not None else ""
            jobs.append(Job(number, key, None, f"{where}: not valid JSON ({reason}{at})"))
            continue
        if not isinstance(values, dict):
            kind = type(values).__name__
            jobs.append(
                Job(number, key, None, f"{where}: expected a JSON object of fields, got {kind}")
            )
            continue
        jobs.append(_job(number, key, values, goal, base, where, text=False))
    return jobs


def _csv_jobs(data: bytes, goal: Target, base: Path, path: Path) -> list[Job]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ConfigurationError(f"jobs: {path}: line {line}: not UTF-8 text") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error as error:
        raise ConfigurationError(f"jobs: {path}: line 1: {error}") from None
    if header is None:
        return []
    names = [name.strip() for name in header]
    for name in names:
        if name not in goal.fields:
            raise ConfigurationError(f"jobs: {path}: line 1: field {name!r}: {_not_taken(goal)}")
        if names.count(name) > 1:
            raise ConfigurationError(f"jobs: {path}: line 1: field {name!r}: named twice")
    jobs: list[Job] = []
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader, None)
        except csv.Error as error:
            raise ConfigurationError(f"jobs: {path}: line {line}: {error}") from None
        if row is None:
            return jobs
        if not any(cell.strip() for cell in row):
            continue
        where = f"line {line}"
        key = _digest(json.dumps([names, row], ensure_ascii=False))
        if len(row) != len(names):
            problem = f"{where}: {len(row)} values for the {len(names)} fields of the header"
            jobs.append(Job(line, key, None, problem))
            continue
        values = {name: cell for name, cell in zip(names, row, strict=True) if cell != ""}
        jobs.append(_job(line, key, values, goal, base, where, text=True))


def _not_taken(goal: Target) -> str:
    return f"not taken by {goal.label} (it takes: {', '.join(goal.fields)})"


def _job(
    line: int,
    key: str,
    values: Mapping[str, Any],
    goal: Target,
    base: Path,
    where: str,
    *,
    text: bool,
) -> Job:
    fields: dict[str, Any] = {}
    for name, value in values.items():
        field = goal.fields.get(name) if isinstance(name, str) else None
        if field is None:
            return Job(line, key, None, f"{where}: field {name!r}: {_not_taken(goal)}")
        if value is None:
            continue
        try:
            if not sendable(value):
                # A JSON escape such as "\ud800": no request can carry it.
                raise _Bad("holds text that is not valid Unicode (a lone surrogate)")
            fields[name] = _value(field, value, base, text=text)
        except _Bad as error:
            return Job(line, key, None, f"{where}: field {name!r}: {error}")
    for field in goal.fields.values():
        if field.required and field.name not in fields:
            return Job(
                line,
                key,
                None,
                f"{where}: field {field.name!r}: required by {goal.label}, not given",
            )
    return Job(line, key, fields)


def _value(field: Field, value: Any, base: Path, *, text: bool) -> Any:
    if field.array:
        if text:
            value = _text_list(value)
        if not isinstance(value, list | tuple):
            raise _Bad(f"expected a list, got {_kind(value)}")
        limits = field.constraints
        if len(value) < limits.get("minItems", 0):
            raise _Bad(f"expected at least {limits['minItems']} items, got {len(value)}")
        if "maxItems" in limits and len(value) > limits["maxItems"]:
            raise _Bad(f"expected at most {limits['maxItems']} items, got {len(value)}")
        return [_item(field, item, base, text=text) for item in value]
    return _item(field, value, base, text=text)


def _text_list(cell: str) -> Any:
    """A CSV cell of a list field: a JSON array, or one value alone."""
    if not cell.lstrip().startswith("["):
        return [cell]
    try:
        return json.loads(cell)
    except ValueError as error:
        raise _Bad(f"not a JSON array ({getattr(error, 'msg', error)})") from None


def _item(field: Field, value: Any, base: Path, *, text: bool) -> Any:
    if text and isinstance(value, str):
        value = _from_text(field, value)
    if field.url and (
        isinstance(value, os.PathLike) or (isinstance(value, str) and value.startswith(LOCAL_FILE))
    ):
        return _local(value, base)
    if field.enum is not None:
        if value not in field.enum or isinstance(value, bool) != any(
            isinstance(v, bool) for v in field.enum
        ):
            shown = ", ".join(repr(v) for v in field.enum)
            raise _Bad(f"must be one of {shown}, got {value!r}")
        return value
    _check_type(field, value)
    if field.url:
        try:
            return checked_url(field.name, value)
        except ConfigurationError as error:
            raise _Bad(str(error).removeprefix(f"{field.name}: ")) from None
    return value


def _from_text(field: Field, cell: str) -> Any:
    if field.enum is not None:
        by_text = {str(v): v for v in field.enum}
        return by_text.get(cell.strip(), cell)
    kind = field.type
    if kind == "integer":
        if not _INTEGER.fullmatch(cell.strip()):
            raise _Bad(f"expected a whole number, got {cell!r}")
        return int(cell)
    if kind == "number":
        try:
            number = float(cell)
        except ValueError:
            raise _Bad(f"expected a number, got {cell!r}") from None
        return int(cell) if _INTEGER.fullmatch(cell.strip()) else number
    if kind == "boolean":
        word = cell.strip().lower()
        if word not in _TRUE | _FALSE:
            raise _Bad(f"expected true or false, got {cell!r}")
        return word in _TRUE
    if kind == "json":
        try:
            return json.loads(cell)
        except ValueError as error:
            raise _Bad(f"not valid JSON ({getattr(error, 'msg', error)})") from None
    return cell


def _kind(value: Any) -> str:
    names = {str: "a string", bool: "true or false", int: "a whole number", float: "a number"}
    return names.get(type(value), f"a {type(value).__name__}")


def _check_type(field: Field, value: Any) -> None:
    limits = field.constraints
    if field.type == "string":
        if not isinstance(value, str):
            raise _Bad(f"expected a string, got {_kind(value)}")
        if len(value) < limits.get("minLength", 0):
            raise _Bad(f"must be at least {limits['minLength']} characters long")
        if "maxLength" in limits and len(value) > limits["maxLength"]:
            raise _Bad(f"must be at most {limits['maxLength']} characters long")
        if "pattern" in limits and re.search(limits["pattern"], value) is None:
            raise _Bad(f"{value!r} does not match the pattern {limits['pattern']}")
        return
    if field.type == "boolean":
        if not isinstance(value, bool):
            raise _Bad(f"expected true or false, got {_kind(value)}")
        return
    if field.type in ("integer", "number"):
        whole = isinstance(value, int) and not isinstance(value, bool)
        if field.type == "integer" and not whole:
            raise _Bad(f"expected a whole number, got {_kind(value)}")
        if not whole and not (isinstance(value, float) and math.isfinite(value)):
            raise _Bad(f"expected a number, got {_kind(value)}")
        if "minimum" in limits and value < limits["minimum"]:
            raise _Bad(f"must be at least {limits['minimum']}, got {value!r}")
        if "maximum" in limits and value > limits["maximum"]:
            raise _Bad(f"must be at most {limits['maximum']}, got {value!r}")


def _local(value: str | os.PathLike[str], base: Path) -> LocalFile:
    given = os.fspath(value)
    name = given[len(LOCAL_FILE) :] if isinstance(value, str) else given
    if not name:
        raise _Bad(f"{LOCAL_FILE!r} names no file (write {LOCAL_FILE}path/to/file)")
    path = (base / Path(name).expanduser()).resolve()
    if not path.is_file():
        raise _Bad(f"{name}: no such file ({path})")
    return LocalFile(path)


def refuse_invalid(jobs: list[Job]) -> None:
    """ConfigurationError naming the bad jobs (the first few), when there are any."""
    problems = [job.problem for job in jobs if job.problem is not None]
    if not problems:
        return
    shown = "; ".join(problems[:PROBLEMS_SHOWN])
    more = len(problems) - PROBLEMS_SHOWN
    rest = f"; and {more} more" if more > 0 else ""
    raise ConfigurationError(
        f"jobs: {len(problems)} invalid job(s), nothing started: {shown}{rest} "
        "(fix them, or skip them with skip_invalid / --skip-invalid)"
    )
