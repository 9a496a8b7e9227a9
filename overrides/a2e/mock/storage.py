"""The mock's stand-in for A2E's file storage: pre-signed upload addresses that really work.

getUploadUrl answers with an `uploadUrl` on the mock itself; a PUT there stores the bytes and
`cdnUrl` serves them back, so upload code can be tested end to end.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

PREFIX = "/__mock__/"
UPLOADS = "/__mock__/uploads/"
FILES = "/__mock__/files/"
EXPIRES_IN = 3600
# Bounds for a mock left running: one upload at most this big (413 past it), the files kept
# at most this big in all (the oldest are forgotten first), and this many upload addresses.
UPLOAD_BYTES = 100 * 2**20
STORED_BYTES = 256 * 2**20
ADDRESSES_KEPT = 10_000
# Clients drop `.` and `..` segments from a URL's path, but keep these spellings of them.
DOT_SEGMENTS = {".": "%2E", "..": "%2E%2E"}


@dataclass(frozen=True)
class StoredFile:
    content: bytes
    content_type: str


class Storage:
    """Uploaded files by key, and the signatures that allow each upload."""

    def __init__(self, stored_bytes: int = STORED_BYTES) -> None:
        self.files: dict[str, StoredFile] = {}
        # Tests set this to see how code copes with storage refusing an upload (403).
        self.refuse_uploads = False
        self.stored_bytes = stored_bytes
        self._signatures: dict[str, str] = {}
        self._lock = threading.Lock()

    def presign(self, base_url: str, key: str) -> dict[str, object]:
        """The `data` of a getUploadUrl answer for `key`."""
        signature = secrets.token_hex(8)
        stored_key = f"mock/{key.lstrip('/')}"
        with self._lock:
            self._signatures.pop(stored_key, None)
            self._signatures[stored_key] = signature
            if len(self._signatures) > ADDRESSES_KEPT:
                del self._signatures[next(iter(self._signatures))]
        base = base_url.rstrip("/")
        path = "/".join(DOT_SEGMENTS.get(s, quote(s, safe="")) for s in stored_key.split("/"))
        return {
            "uploadUrl": f"{base}{UPLOADS}{path}?signature={signature}",
            "cdnUrl": f"{base}{FILES}{path}",
            "key": stored_key,
            "bucket": "mock",
            "expiresIn": EXPIRES_IN,
        }

    def handle(self, request: Request, content: bytes) -> Response:
        """PUT to an upload address (its bytes: `content`), or GET of a stored file."""
        # The key as the server decoded it; `request.url.path` would encode `#`, `?`, `\` again.
        path: str = request.scope["path"]
        if request.method == "PUT" and path.startswith(UPLOADS):
            key = path.removeprefix(UPLOADS)
            with self._lock:
                expected = self._signatures.get(key)
            signature = request.query_params.get("signature")
            if self.refuse_uploads or expected is None or signature != expected:
                return JSONResponse(
                    {"error": "upload address not issued or signature wrong"}, status_code=403
                )
            content_type = request.headers.get("content-type", "application/octet-stream")
            with self._lock:
                self.files.pop(key, None)
                self.files[key] = StoredFile(content, content_type)
                total = sum(len(f.content) for f in self.files.values())
                while total > self.stored_bytes and len(self.files) > 1:
                    total -= len(self.files.pop(next(iter(self.files))).content)
            return Response(status_code=200)
        if request.method == "GET" and path.startswith(FILES):
            stored = self.files.get(path.removeprefix(FILES))
            if stored is None:
                return JSONResponse({"error": "no such file"}, status_code=404)
            return Response(stored.content, media_type=stored.content_type)
        return JSONResponse(
            {"error": f"{request.method} {path} is not a storage address"}, status_code=404
        )
