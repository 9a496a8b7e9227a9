"""Result files of the mock's finished tasks, served as A2E's storage serves them.

A finished task's result addresses point here, so code that downloads results (`a2e.download`,
`a2e download`) runs end to end against the mock. Each file is real media of the kind its name
says (see `media.py`), its bytes follow from its name, and a `Range` request gets its part
(206), as from the storage behind A2E's signed links.
"""

from __future__ import annotations

import mimetypes
import posixpath
import re

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .media import media_for

RESULTS_PATH = "/__mock__/results/"
# One range, `bytes=first-[last]`; digits capped so that no header costs a big-number parse.
_RANGE = re.compile(r"bytes=(\d{1,18})-(\d{0,18})")


def owner_of(path: str) -> tuple[str, str]:
    """(family name, task id) of `/__mock__/results/<family>/<task id>[_<n>][.<suffix>]`."""
    family, _, name = path.removeprefix(RESULTS_PATH).partition("/")
    return family, posixpath.splitext(name)[0].partition("_")[0]


def content_of(path: str) -> bytes:
    """A small valid file of the kind the suffix names (a PNG, an MP4...), carrying its name;
    for a suffix naming no format made here, a line of text."""
    name = path.removeprefix(RESULTS_PATH)
    make = media_for(posixpath.splitext(name)[1])
    return make(f"a2e mock result {name}") if make else f"a2e mock result {name}\n".encode()


def not_found(path: str) -> Response:
    return JSONResponse({"error": f"no result file at {path[:200]}"}, status_code=404)


def result_file(request: Request) -> Response:
    """The whole file, or the part its `Range` header asks for."""
    path = request.url.path
    content = content_of(path)
    headers = {"Accept-Ranges": "bytes"}
    media_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
    asked = _RANGE.fullmatch(request.headers.get("range", ""))
    if asked is None:
        return Response(content, media_type=media_type, headers=headers)
    first = int(asked[1])
    last = min(int(asked[2] or len(content) - 1), len(content) - 1)
    if first > last:
        headers["Content-Range"] = f"bytes */{len(content)}"
        return Response(status_code=416, headers=headers)
    headers["Content-Range"] = f"bytes {first}-{last}/{len(content)}"
    return Response(content[first : last + 1], 206, headers=headers, media_type=media_type)
