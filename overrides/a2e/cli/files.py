"""`a2e upload` and `a2e download`, with byte progress on a terminal."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

import click

from a2e.scrub import terminal_text

from . import exits
from .output import emit_line, say
from .settings import Settings, sendable_texts
from .waiting import complete_family, family_argument

if TYPE_CHECKING:
    from a2e.tasks import TaskFamily


def _size(count: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if count < 1024 or unit == "GB":
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1024
    raise AssertionError("unreachable")


class Bytes:
    """Byte progress of several files: bars on a terminal, one line per finished file
    otherwise (both on stderr)."""

    def __init__(self, verb: str) -> None:
        self.verb = verb
        self.progress: Any = None
        self.bars: dict[str, Any] = {}
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                DownloadColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
                TransferSpeedColumn,
            )

            self.progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                DownloadColumn(),
                TransferSpeedColumn(),
                TimeRemainingColumn(),
                console=Console(stderr=True),
            )

    def __enter__(self) -> Bytes:
        if self.progress is not None:
            self.progress.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self.progress is not None:
            self.progress.stop()

    def update(self, name: str, done: int, total: int | None) -> None:
        if self.progress is None:
            return
        if name not in self.bars:
            from rich.markup import escape

            # The description is rich markup: a name holding "[link=...]" must stay text.
            shown = escape(terminal_text(name))
            self.bars[name] = self.progress.add_task(shown, total=total)
        self.progress.update(self.bars[name], completed=done, total=total)

    def finished(self, name: str, size: int) -> None:
        if self.progress is None:
            say(f"{self.verb} {name} ({size} bytes)")


def _upload(client: Any, path: Path, content_type: str | None, bytes_: Bytes) -> str:
    """a2e.upload_file, reporting the bytes as they leave."""
    from a2e import upload_file

    sizes = [0]

    def progress(sent: int, size: int) -> None:
        sizes[0] = size
        bytes_.update(str(path), sent, size)

    url = upload_file(client, path, content_type=content_type, on_progress=progress)
    # The size sent, not the file's now: a pipe has none, and a file may have changed since.
    bytes_.finished(str(path), sizes[0])
    return url


@click.command()
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option("--content-type", help="Content type of every file (default: guessed from its name).")
@click.pass_obj
def upload(settings: Settings, files: tuple[Path, ...], content_type: str | None) -> None:
    """Upload local files to A2E's storage; print each one's URL, to pass to any task."""
    client = settings.client()
    with Bytes("uploaded") as bytes_:
        urls = [_upload(client, path, content_type, bytes_) for path in files]
    for url in urls:
        emit_line(url)


def ready_folder(directory: Path) -> None:
    """Make the folder for result files before any request, so that a folder that cannot be
    made costs neither a wait nor a started task."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise exits.Exit(
            exits.IO_ERROR, f"cannot make the folder {str(directory)!r}: {error.strerror or error}"
        ) from None


def save_results(
    client: Any, family: TaskFamily[Any], wanted: dict[str, Any], directory: Path
) -> None:
    """Save the result files of finished tasks; print each file's path on stdout.

    `wanted`: task id -> the task as already read, or None to read it first.
    """
    from a2e.downloads import download

    saved: list[Path] = []
    with Bytes("saved") as bytes_:
        for task_id, task in wanted.items():
            paths = download(
                client,
                family,
                task_id,
                directory,
                task=task,
                on_progress=lambda path, done, total: bytes_.update(path.name, done, total),
            )
            for path in paths:
                bytes_.finished(str(path), path.stat().st_size)
            saved += paths
    for path in saved:
        emit_line(str(path))


@click.command()
@click.argument("family", callback=family_argument, shell_complete=complete_family)
@click.argument("task_ids", nargs=-1, required=True, metavar="ID...", callback=sendable_texts)
@click.option(
    "-o",
    "--output",
    "directory",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Folder to save the files into.",
)
@click.pass_obj
def download(settings: Settings, family: str, task_ids: tuple[str, ...], directory: Path) -> None:
    """Save the result files of finished tasks; print each file's path.

    Files are named after the task (ID.mp4, or ID-1.png, ID-2.png...). An interrupted download
    resumes where it stopped; an expired link is replaced by reading the task again. A download
    never starts a task.
    """
    from a2e.tasks import family_named

    ready_folder(directory)
    save_results(settings.client(), family_named(family), dict.fromkeys(task_ids), directory)
